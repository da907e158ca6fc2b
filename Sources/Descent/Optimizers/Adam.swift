import RealModule

/// Adam: momentum on the gradient and RMSProp on its square, both
/// bias-corrected,
/// $$\mathbf{v} \leftarrow \beta_1 \mathbf{v} + (1 - \beta_1)\mathbf{g}, \qquad
///   \mathbf{s} \leftarrow \beta_2 \mathbf{s} + (1 - \beta_2)\, \mathbf{g} \odot \mathbf{g},$$
/// $$\hat{\mathbf{v}} = \frac{\mathbf{v}}{1 - \beta_1^t}, \quad
///   \hat{\mathbf{s}} = \frac{\mathbf{s}}{1 - \beta_2^t}, \qquad
///   \mathbf{x} \leftarrow \mathbf{x} - \frac{\eta\, \hat{\mathbf{v}}}{\sqrt{\hat{\mathbf{s}}} + \epsilon},$$
/// with v₀ = s₀ = 0 and t counted from 1 (the first step has t = 1).
/// Defaults: η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸.
public struct Adam: RateScheduled {
    /// The learning rate η.
    public let learningRate: LearningRate
    /// The decay β₁ ∈ [0, 1) of the gradient average.
    public let beta1: Double
    /// The decay β₂ ∈ [0, 1) of the squared-gradient average.
    public let beta2: Double
    /// The stabiliser ε > 0 added outside the root.
    public let epsilon: Double

    /// Adam with learning rate η ≥ 0, 0 ≤ β₁, β₂ < 1 and ε > 0.
    public init(learningRate: some Schedule = 0.001, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-8) throws(InvalidArgument) {
        self.learningRate = try checkedLearningRate(learningRate)
        self.beta1 = try Check.decay(beta1, "beta1")
        self.beta2 = try Check.decay(beta2, "beta2")
        self.epsilon = try Check.positive(epsilon, "epsilon")
    }

    /// The averages v and s, and the bias-correction powers β₁ᵗ, β₂ᵗ. The step
    /// count is the run's (`step` receives it); the powers are kept as running
    /// products because one multiplication per step is cheaper than a power.
    public struct State: Sendable {
        /// Average of gradients.
        public var v: Vector
        /// Average of squared gradients.
        public var s: Vector
        /// β₁ᵗ after t steps.
        public var β1ᵗ: Double
        /// β₂ᵗ after t steps.
        public var β2ᵗ: Double
    }

    /// "Adam".
    public var name: String { "Adam" }
    /// v = s = 0, β₁⁰ = β₂⁰ = 1.
    public func initialState(dimension: Int) -> State {
        State(v: Vector(zeros: dimension), s: Vector(zeros: dimension), β1ᵗ: 1, β2ᵗ: 1)
    }

    /// "v", "s", the bias-corrected "v̂", "ŝ" after step t, and "step size",
    /// the effective per-coordinate rate ηₜ/(√ŝ + ε) that multiplies v̂.
    public func traceQuantities(before: State, after: State, t: Int) -> [(name: String, value: Vector)] {
        let v̂ = after.v / (1 - after.β1ᵗ), ŝ = after.s / (1 - after.β2ᵗ)
        return [("v", after.v), ("s", after.s), ("v̂", v̂), ("ŝ", ŝ), ("step size", learningRate(t) / (sqrt(ŝ) + epsilon))]
    }

    /// One step of the rule above.
    @inlinable
    public func step<F: GradientOracle>(_ x: inout Vector, _ state: inout State, _ f: inout F, t: Int) {
        let (η, β1, β2, ε) = (learningRate(t), beta1, beta2, epsilon)
        var (v, s) = (state.v, state.s)
        state.β1ᵗ *= β1
        state.β2ᵗ *= β2
        let (β1ᵗ, β2ᵗ) = (state.β1ᵗ, state.β2ᵗ)
        // ANCHOR: update
        let g = f.gradient(at: x)
        v = β1 * v + (1 - β1) * g
        s = β2 * s + (1 - β2) * g * g
        let v̂ = v / (1 - β1ᵗ)
        let ŝ = s / (1 - β2ᵗ)
        x = x - η * v̂ / (sqrt(ŝ) + ε)
        // ANCHOR_END: update
        (state.v, state.s) = (v, s)
    }
}
