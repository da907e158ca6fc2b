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
public struct Adam: AdamFamily {
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
        try self.init(validating: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    }

    /// Adam with validated hyperparameters.
    public init(uncheckedLearningRate: LearningRate, beta1: Double, beta2: Double, epsilon: Double) {
        (self.learningRate, self.beta1, self.beta2, self.epsilon) = (uncheckedLearningRate, beta1, beta2, epsilon)
    }

    /// "Adam".
    public var name: String { "Adam" }

    /// One step of the rule above.
    @inlinable
    public func step<F: GradientOracle>(_ point: inout Vector, _ state: inout Moments, _ f: inout F, t: Int) {
        let (η, β1, β2, ε) = (learningRate(t), beta1, beta2, epsilon)
        var (x, v, s) = (point.take(), state.v.take(), state.s.take())
        let (β1ᵗ, β2ᵗ) = state.advancePowers(β1, β2)
        // ANCHOR: update
        let g = f.gradient(at: x)
        v = β1 * v + (1 - β1) * g
        s = β2 * s + (1 - β2) * g * g
        let v̂ = v / (1 - β1ᵗ)
        let ŝ = s / (1 - β2ᵗ)
        x = x - η * v̂ / (sqrt(ŝ) + ε)
        // ANCHOR_END: update
        (point, state.v, state.s) = (x, v, s)
    }
}
