/// Newton's method safeguarded for Hessians that are not positive definite:
/// the step uses H + τI, with τ the first of 0, τ₀, 2τ₀, 4τ₀, … for which
/// H + τI is positive definite (tested by a Cholesky factorisation),
/// $$\mathbf{x} \leftarrow \mathbf{x} - \eta\, (\mathbf{H} + \tau \mathbf{I})^{-1} \nabla f(\mathbf{x}).$$
/// Where H is positive definite this is the plain Newton step; elsewhere the
/// shifted matrix is positive definite, so the step is a descent direction
/// (in 1-D: x ← x − η f′/(f″ + τ) with f″ + τ > 0), and as τ grows the step
/// tends to a short gradient step. Defaults: η = 1, τ₀ = 10⁻³.
public struct SafeguardedNewton: RateScheduled {
    /// The step scale η.
    public let learningRate: LearningRate
    /// The first non-zero shift τ₀ > 0.
    public let initialShift: Double

    /// Safeguarded Newton with step scale η ≥ 0 and first shift τ₀ > 0.
    public init(learningRate: some Schedule = 1.0, initialShift: Double = 1e-3) throws(InvalidArgument) {
        self.learningRate = try checkedLearningRate(learningRate)
        self.initialShift = try Check.positive(initialShift, "initialShift")
    }

    /// "Safeguarded Newton".
    public var name: String { "Safeguarded Newton" }
    /// No state.
    public func initialState(dimension: Int) {}

    /// The shift τ used at a Hessian H.
    @inlinable
    public func shift(for H: Matrix) -> Double {
        if H.isPositiveDefinite { return 0 }
        var τ = initialShift
        while !H.shifted(by: τ).isPositiveDefinite && τ.isFinite { τ *= 2 }
        return τ
    }

    /// One step x ← x − η (H + τI)⁻¹∇f(x).
    @inlinable
    public func step<F: GradientOracle>(_ x: inout Vector, _ state: inout Void, _ f: inout F, t: Int) {
        let η = learningRate(t)
        // ANCHOR: update
        let g = f.gradient(at: x)
        let H = f.hessian(at: x)
        let τ = shift(for: H)
        x = x - η * H.shifted(by: τ).solve(g)
        // ANCHOR_END: update
    }
}
