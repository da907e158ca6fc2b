/// RMSProp: like AdaGrad, but the squared gradients are averaged with
/// exponential forgetting instead of summed,
/// $$\mathbf{s} \leftarrow \gamma \mathbf{s} + (1 - \gamma)\, \mathbf{g} \odot \mathbf{g}, \qquad
///   \mathbf{x} \leftarrow \mathbf{x} - \frac{\eta}{\sqrt{\mathbf{s} + \epsilon}} \odot \mathbf{g},$$
/// with s₀ = 0 and ε inside the root. Defaults: γ = 0.9, ε = 10⁻⁶; η required.
public struct RMSProp: RateScheduled {
    /// The learning rate η.
    public let learningRate: LearningRate
    /// The forgetting factor γ ∈ [0, 1).
    public let gamma: Double
    /// The stabiliser ε > 0 added under the root.
    public let epsilon: Double

    /// RMSProp with learning rate η ≥ 0, 0 ≤ γ < 1 and ε > 0.
    public init(learningRate: some Schedule, gamma: Double = 0.9, epsilon: Double = 1e-6) throws(InvalidArgument) {
        self.learningRate = try checkedLearningRate(learningRate)
        self.gamma = try Check.decay(gamma, "gamma")
        self.epsilon = try Check.positive(epsilon, "epsilon")
    }

    /// The running average of squared gradients s.
    public struct State: Sendable { public var s: Vector }

    /// "RMSProp".
    public var name: String { "RMSProp" }
    /// s = 0.
    public func initialState(dimension: Int) -> State { State(s: Vector(zeros: dimension)) }

    /// "s", the accumulated squares after step t, and "step size", the
    /// effective per-coordinate learning rate ηₜ/√(s + ε) that multiplies g.
    public func traceQuantities(before: State, after: State, t: Int) -> [(name: String, value: Vector)] {
        [("s", after.s), ("step size", learningRate(t) / sqrt(after.s + epsilon))]
    }

    /// One step of the rule above.
    @inlinable
    public func step<F: GradientOracle>(_ point: inout Vector, _ state: inout State, _ f: inout F, t: Int) {
        let (η, γ, ε) = (learningRate(t), gamma, epsilon)
        @_eagerMove var x = point.take()
        @_eagerMove var s = state.s.take()
        // ANCHOR: update
        let g = f.gradient(at: x)
        s = γ * s + (1 - γ) * g * g
        x = x - η / sqrt(s + ε) * g
        // ANCHOR_END: update
        (point, state.s) = (x, s)
    }
}
