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
public struct Yogi: RateScheduled {
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
        self.learningRate = try checkedLearningRate(learningRate)
        self.beta1 = try Check.decay(beta1, "beta1")
        self.beta2 = try Check.decay(beta2, "beta2")
        self.epsilon = try Check.positive(epsilon, "epsilon")
    }

    /// The same state as Adam's: v, s and the bias-correction powers.
    public typealias State = Adam.State

    /// "Yogi".
    public var name: String { "Yogi" }
    /// v = s = 0, β₁⁰ = β₂⁰ = 1.
    public func initialState(dimension: Int) -> State {
        State(v: Vector(zeros: dimension), s: Vector(zeros: dimension), β1ᵗ: 1, β2ᵗ: 1)
    }

    /// "v", "s", "v̂", "ŝ" and "step size" ηₜ/(√ŝ + ε), as for ``Adam``.
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
        s = s + (1 - β2) * sign(g * g - s) * g * g
        let v̂ = v / (1 - β1ᵗ)
        let ŝ = s / (1 - β2ᵗ)
        x = x - η * v̂ / (sqrt(ŝ) + ε)
        // ANCHOR_END: update
        (state.v, state.s) = (v, s)
    }
}
