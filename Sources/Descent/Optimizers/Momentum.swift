/// Gradient descent with (heavy-ball) momentum, without damping:
/// $$\mathbf{v} \leftarrow \beta \mathbf{v} + \mathbf{g}, \qquad
///   \mathbf{x} \leftarrow \mathbf{x} - \eta \mathbf{v},$$
/// with g = ∇f(x) and v₀ = 0. The velocity is a sum of past gradients, so on
/// a steady slope the effective step is η/(1 − β).
/// Defaults: β = 0.9; η required.
public struct Momentum: Optimizer {
    /// The learning rate η.
    public let learningRate: LearningRate
    /// The momentum coefficient β ∈ [0, 1).
    public let beta: Double

    /// Momentum with learning rate η ≥ 0 and coefficient 0 ≤ β < 1.
    public init(learningRate: some Schedule, beta: Double = 0.9) throws(InvalidArgument) {
        self.learningRate = try checkedLearningRate(learningRate)
        self.beta = try Check.decay(beta, "beta")
    }

    /// The velocity v.
    public struct State: Sendable { public var v: Vector }

    /// "Momentum".
    public var name: String { "Momentum" }
    /// v = 0.
    public func initialState(dimension: Int) -> State { State(v: Vector(zeros: dimension)) }
    /// ηₜ.
    @inlinable public func learningRate(at t: Int) -> Double? { learningRate(t) }

    /// One step of the rule above.
    @inlinable
    public func step<F: GradientOracle>(_ x: inout Vector, _ state: inout State, _ f: inout F, t: Int) {
        let (η, β) = (learningRate(t), beta)
        var v = state.v
        // ANCHOR: update
        let g = f.gradient(at: x)
        v = β * v + g
        x = x - η * v
        // ANCHOR_END: update
        state.v = v
    }
}
