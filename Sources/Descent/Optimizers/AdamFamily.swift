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

/// What tells one member of the Adam family from another: its name, its
/// default hyperparameters and its update rule (``AdamRule``, ``YogiRule``).
/// Everything else — η, β₁, β₂, ε, their validation, the ``Moments`` state and
/// what a trace records — is ``AdaptiveMoments``, written once.
public protocol MomentRule: Sendable {
    /// The method's name and default hyperparameters.
    static var defaults: MomentDefaults { get }
    /// One update of the point x and the moments v, s, drawing the gradient
    /// from `f`, with learning rate η, decays β₁, β₂, stabiliser ε and the
    /// bias-correction powers β₁ᵗ, β₂ᵗ of this step.
    static func update<F: GradientOracle>(_ x: consuming Vector, _ v: consuming Vector, _ s: consuming Vector, _ f: inout F,
                                          η: Double, β1: Double, β2: Double, ε: Double,
                                          β1ᵗ: Double, β2ᵗ: Double) -> (x: Vector, v: Vector, s: Vector)
}

/// A method's name and default hyperparameters.
public struct MomentDefaults: Sendable {
    /// The name in run summaries, e.g. "Adam".
    public let name: String
    /// The default learning rate η.
    public let learningRate: Double
    /// The default β₁.
    public let beta1: Double
    /// The default β₂.
    public let beta2: Double
    /// The default ε.
    public let epsilon: Double

    /// The defaults of a method.
    public init(name: String, learningRate: Double, beta1: Double, beta2: Double, epsilon: Double) {
        (self.name, self.learningRate, self.beta1, self.beta2, self.epsilon) = (name, learningRate, beta1, beta2, epsilon)
    }
}

// MARK: The family: each member's name and defaults here, its update rule in its own file

/// Adam (Kingma and Ba 2015), whose update rule is ``AdamRule``'s.
///
/// ```swift
/// let run = try Adam(learningRate: 0.1).run(on: .rosenbrock, from: [-1, 1], steps: 500)
/// ```
public typealias Adam = AdaptiveMoments<AdamRule>

extension AdamRule {
    /// "Adam"; η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸ (Kingma and Ba).
    public static let defaults = MomentDefaults(name: "Adam", learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
}

/// Yogi (Zaheer et al. 2018), whose update rule is ``YogiRule``'s.
///
/// ```swift
/// let run = try Yogi(learningRate: 0.1).run(on: .rosenbrock, from: [-1, 1], steps: 500)
/// ```
public typealias Yogi = AdaptiveMoments<YogiRule>

extension YogiRule {
    /// "Yogi"; the paper's η = 0.01, β₁ = 0.9, β₂ = 0.999, ε = 10⁻³.
    public static let defaults = MomentDefaults(name: "Yogi", learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-3)
}

/// An optimizer of the Adam family — ``Adam``, ``Yogi`` — with hyperparameters
/// η, β₁, β₂, ε and the ``Moments`` state; its `Rule` holds the update rule.
public struct AdaptiveMoments<Rule: MomentRule>: RateScheduled {
    /// The learning rate η.
    public let learningRate: LearningRate
    /// The decay β₁ ∈ [0, 1) of the gradient average.
    public let beta1: Double
    /// The rate β₂ ∈ [0, 1) of the squared-gradient average.
    public let beta2: Double
    /// The stabiliser ε > 0 added outside the root.
    public let epsilon: Double

    /// The method with learning rate η ≥ 0, 0 ≤ β₁, β₂ < 1 and ε > 0 (messages
    /// name the parameter); the defaults are the rule's (``AdamRule``, ``YogiRule``).
    public init(learningRate: some Schedule = Rule.defaults.learningRate, beta1: Double = Rule.defaults.beta1,
                beta2: Double = Rule.defaults.beta2, epsilon: Double = Rule.defaults.epsilon) throws(InvalidArgument) {
        self.learningRate = try checkedLearningRate(learningRate)
        self.beta1 = try Check.decay(beta1, "beta1")
        self.beta2 = try Check.decay(beta2, "beta2")
        self.epsilon = try Check.positive(epsilon, "epsilon")
    }

    /// "Adam", "Yogi".
    public var name: String { Rule.defaults.name }

    /// v = s = 0, β₁⁰ = β₂⁰ = 1.
    public func initialState(dimension: Int) -> Moments {
        Moments(v: Vector(zeros: dimension), s: Vector(zeros: dimension), β1ᵗ: 1, β2ᵗ: 1)
    }

    /// One step: advances β₁ᵗ, β₂ᵗ and applies the rule's update to x, v, s.
    @inlinable
    public func step<F: GradientOracle>(_ point: inout Vector, _ state: inout Moments, _ f: inout F, t: Int) {
        let η = learningRate(t)
        let (β1ᵗ, β2ᵗ) = state.advancePowers(beta1, beta2)
        (point, state.v, state.s) = Rule.update(point.take(), state.v.take(), state.s.take(), &f,
                                                η: η, β1: beta1, β2: beta2, ε: epsilon, β1ᵗ: β1ᵗ, β2ᵗ: β2ᵗ)
    }

    /// "v", "s", the bias-corrected "v̂", "ŝ" after step t, and "step size",
    /// the effective per-coordinate rate ηₜ/(√ŝ + ε) that multiplies v̂.
    public func traceQuantities(before: Moments, after: Moments, t: Int) -> [(name: String, value: Vector)] {
        let v̂ = after.v / (1 - after.β1ᵗ), ŝ = after.s / (1 - after.β2ᵗ)
        return [("v", after.v), ("s", after.s), ("v̂", v̂), ("ŝ", ŝ), ("step size", learningRate(t) / (sqrt(ŝ) + epsilon))]
    }
}
