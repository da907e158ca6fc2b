import RealModule

/// Yogi (Zaheer, Reddi, Sachan, Kale and Kumar, "Adaptive Methods for
/// Nonconvex Optimization", NeurIPS 2018): Adam whose squared-gradient
/// average moves by a fixed fraction of g ⊙ g towards it, instead of by a
/// fraction of the gap, so a burst of large gradients cannot make s forget
/// its past all at once,
/// $$\mathbf{v} \leftarrow \beta_1 \mathbf{v} + (1 - \beta_1)\mathbf{g}, \qquad
///   \mathbf{s} \leftarrow \mathbf{s} + (1 - \beta_2)\, \operatorname{sgn}(\mathbf{g} \odot \mathbf{g} - \mathbf{s}) \odot \mathbf{g} \odot \mathbf{g},$$
/// $$\mathbf{x} \leftarrow \mathbf{x} - \frac{\eta\, \hat{\mathbf{v}}}{\sqrt{\hat{\mathbf{s}}} + \epsilon},$$
/// with the bias corrections v̂ = v/(1 − β₁ᵗ), ŝ = s/(1 − β₂ᵗ) of ``Adam``
/// (as in d2l.ai's section on Adam; the paper's algorithm omits them) and
/// v₀ = s₀ = 0. Defaults from the paper: η = 0.01, β₁ = 0.9, β₂ = 0.999,
/// ε = 10⁻³. Adam's rule is s ← s + (1 − β₂)(g ⊙ g − s).
///
/// ```swift
/// let run = try Yogi(learningRate: 0.1).run(on: .rosenbrock, from: [-1, 1], steps: 500)
/// ```
public struct Yogi: AdamFamily {
    /// The learning rate η.
    public let learningRate: LearningRate
    /// The decay β₁ ∈ [0, 1) of the gradient average.
    public let beta1: Double
    /// The rate β₂ ∈ [0, 1) of the squared-gradient update.
    public let beta2: Double
    /// The stabiliser ε > 0 added outside the root.
    public let epsilon: Double

    /// Yogi with learning rate η ≥ 0, 0 ≤ β₁, β₂ < 1 and ε > 0.
    public init(learningRate: some Schedule = 0.01, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-3) throws(InvalidArgument) {
        try self.init(validating: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    }

    /// Yogi with validated hyperparameters.
    public init(uncheckedLearningRate: LearningRate, beta1: Double, beta2: Double, epsilon: Double) {
        (self.learningRate, self.beta1, self.beta2, self.epsilon) = (uncheckedLearningRate, beta1, beta2, epsilon)
    }

    /// "Yogi".
    public var name: String { "Yogi" }

    /// One step of the rule above.
    @inlinable
    public func step<F: GradientOracle>(_ point: inout Vector, _ state: inout Moments, _ f: inout F, t: Int) {
        let (η, β1, β2, ε) = (learningRate(t), beta1, beta2, epsilon)
        var (x, v, s) = (point.take(), state.v.take(), state.s.take())
        let (β1ᵗ, β2ᵗ) = state.advancePowers(β1, β2)
        // ANCHOR: update
        let g = f.gradient(at: x)
        v = β1 * v + (1 - β1) * g
        s = s + (1 - β2) * sign(g * g - s) * g * g
        let v̂ = v / (1 - β1ᵗ)
        let ŝ = s / (1 - β2ᵗ)
        x = x - η * v̂ / (sqrt(ŝ) + ε)
        // ANCHOR_END: update
        (point, state.v, state.s) = (x, v, s)
    }
}
