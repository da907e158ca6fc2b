/// Newton's method,
/// $$\mathbf{x} \leftarrow \mathbf{x} - \eta\, \mathbf{H}^{-1} \nabla f(\mathbf{x}),
///   \qquad \mathbf{H} = \nabla^2 f(\mathbf{x}),$$
/// in one dimension x ← x − η f′(x)/f″(x). This is the plain method: where
/// the curvature is negative it walks *uphill* towards a maximum, and where
/// H is singular the step is infinite (a run records that as divergence).
/// ``SafeguardedNewton`` is the variant that always descends.
/// Defaults: η = 1.
public struct Newton: RateScheduled {
    /// The step scale η (1 is the pure Newton step).
    public let learningRate: LearningRate

    /// Newton's method with step scale η ≥ 0.
    public init(learningRate: some Schedule = 1.0) throws(InvalidArgument) {
        self.learningRate = try checkedLearningRate(learningRate)
    }

    /// "Newton".
    public var name: String { "Newton" }
    /// No state.
    public func initialState(dimension: Int) {}

    /// One step x ← x − η H⁻¹∇f(x).
    @inlinable
    public func step<F: GradientOracle>(_ x: inout Vector, _ state: inout Void, _ f: inout F, t: Int) {
        let η = learningRate(t)
        // ANCHOR: update
        let g = f.gradient(at: x)
        let H = f.hessian(at: x)
        x = x - η * H.solve(g)
        // ANCHOR_END: update
    }
}
