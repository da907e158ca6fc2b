/// The state of ``Adam`` and ``Yogi``: the averages v and s, and the
/// bias-correction powers β₁ᵗ, β₂ᵗ. The step count is the run's (`step`
/// receives it); the powers are kept as running products because one
/// multiplication per step is cheaper than a power.
public struct Moments: Sendable {
    /// Average of gradients.
    public var v: Vector
    /// Average of squared gradients.
    public var s: Vector
    /// β₁ᵗ after t steps.
    public var β1ᵗ: Double
    /// β₂ᵗ after t steps.
    public var β2ᵗ: Double

    /// Advances the powers to the next step and returns (β₁ᵗ, β₂ᵗ) for it.
    @inlinable
    public mutating func advancePowers(_ β1: Double, _ β2: Double) -> (Double, Double) {
        β1ᵗ *= β1
        β2ᵗ *= β2
        return (β1ᵗ, β2ᵗ)
    }
}

/// What ``Adam`` and ``Yogi`` share — η, β₁, β₂, ε, the ``Moments`` state and
/// what a trace records — so each file holds its defaults and its update rule.
public protocol AdamFamily: RateScheduled where State == Moments {
    /// The decay β₁ ∈ [0, 1) of the gradient average.
    var beta1: Double { get }
    /// The rate β₂ ∈ [0, 1) of the squared-gradient average.
    var beta2: Double { get }
    /// The stabiliser ε > 0 added outside the root.
    var epsilon: Double { get }
    /// The method with hyperparameters that are already validated; chapter
    /// code writes `init(learningRate:beta1:beta2:epsilon:)`, which checks them.
    init(uncheckedLearningRate: LearningRate, beta1: Double, beta2: Double, epsilon: Double)
}

extension AdamFamily {
    /// Validates η ≥ 0, 0 ≤ β₁, β₂ < 1 and ε > 0, with messages naming the parameter.
    init(validating learningRate: some Schedule, beta1: Double, beta2: Double, epsilon: Double) throws(InvalidArgument) {
        self.init(uncheckedLearningRate: try checkedLearningRate(learningRate), beta1: try Check.decay(beta1, "beta1"),
                  beta2: try Check.decay(beta2, "beta2"), epsilon: try Check.positive(epsilon, "epsilon"))
    }

    /// v = s = 0, β₁⁰ = β₂⁰ = 1.
    public func initialState(dimension: Int) -> Moments {
        Moments(v: Vector(zeros: dimension), s: Vector(zeros: dimension), β1ᵗ: 1, β2ᵗ: 1)
    }

    /// "v", "s", the bias-corrected "v̂", "ŝ" after step t, and "step size",
    /// the effective per-coordinate rate ηₜ/(√ŝ + ε) that multiplies v̂.
    public func traceQuantities(before: Moments, after: Moments, t: Int) -> [(name: String, value: Vector)] {
        let v̂ = after.v / (1 - after.β1ᵗ), ŝ = after.s / (1 - after.β2ᵗ)
        return [("v", after.v), ("s", after.s), ("v̂", v̂), ("ŝ", ŝ), ("step size", learningRate(t) / (sqrt(ŝ) + epsilon))]
    }
}
