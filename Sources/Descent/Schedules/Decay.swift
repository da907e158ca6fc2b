import RealModule

/// Piecewise constant: ηₜ = `values[k]` where k is the number of
/// `boundaries` that are ≤ t. `boundaries` are increasing and there is one
/// more value than boundaries.
public struct PiecewiseConstant: Schedule {
    /// The learning rates, one per piece.
    public let values: [Double]
    /// The steps at which the next piece starts.
    public let boundaries: [Int]

    /// Validates one more value than boundaries, increasing boundaries ≥ 0 and values finite ≥ 0.
    public init(values: [Double], boundaries: [Int]) throws(InvalidArgument) {
        guard values.count == boundaries.count + 1 else {
            throw InvalidArgument(parameter: "values", value: "\(values)",
                                  requirement: "needs one more entry than boundaries (\(boundaries.count))")
        }
        for v in values { _ = try Check.learningRate(v, "values") }
        guard boundaries.allSatisfy({ $0 >= 0 }), zip(boundaries, boundaries.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw InvalidArgument(parameter: "boundaries", value: "\(boundaries)", requirement: "must be increasing and ≥ 0")
        }
        self.values = values
        self.boundaries = boundaries
    }

    /// `values[#{b ∈ boundaries : b ≤ t}]`.
    public func callAsFunction(_ t: Int) -> Double {
        var k = 0
        while k < boundaries.count && boundaries[k] <= t { k += 1 }
        return values[k]
    }
}

/// Exponential decay ηₜ = η₀·e^(−λt).
public struct ExponentialDecay: Schedule {
    /// η₀.
    public let initial: Double
    /// λ ≥ 0.
    public let rate: Double
    /// Validates η₀ and λ (finite, ≥ 0).
    public init(initial: Double, rate: Double) throws(InvalidArgument) {
        self.initial = try Check.learningRate(initial, "initial")
        self.rate = try Check.nonNegative(rate, "rate")
    }
    /// η₀·e^(−λt).
    public func callAsFunction(_ t: Int) -> Double { initial * .exp(-rate * Double(t)) }
}

/// Polynomial decay ηₜ = η₀·(βt + 1)^(−α).
public struct PolynomialDecay: Schedule {
    /// η₀.
    public let initial: Double
    /// β ≥ 0, the time scale.
    public let beta: Double
    /// α ≥ 0, the power.
    public let alpha: Double
    /// Validates η₀, β, α (finite, ≥ 0).
    public init(initial: Double, beta: Double, alpha: Double) throws(InvalidArgument) {
        self.initial = try Check.learningRate(initial, "initial")
        self.beta = try Check.nonNegative(beta, "beta")
        self.alpha = try Check.nonNegative(alpha, "alpha")
    }
    /// η₀·(βt + 1)^(−α).
    public func callAsFunction(_ t: Int) -> Double { initial * .pow(beta * Double(t) + 1, -alpha) }
}

/// Factor decay: η₀ at t = 0, then η ← max(η_min, α·η) each step, i.e.
/// ηₜ = max(η_min, αᵗ·η₀) for t ≥ 1 (equal to the iteration because α ≤ 1).
public struct FactorDecay: Schedule {
    /// η₀.
    public let initial: Double
    /// α ∈ (0, 1].
    public let factor: Double
    /// η_min ≥ 0.
    public let minimum: Double
    /// Validates η₀, η_min (finite, ≥ 0) and 0 < α ≤ 1.
    public init(initial: Double, factor: Double, minimum: Double = 0) throws(InvalidArgument) {
        self.initial = try Check.learningRate(initial, "initial")
        guard factor > 0, factor <= 1 else {
            throw InvalidArgument(parameter: "factor", value: "\(factor)", requirement: "must be in (0, 1]")
        }
        self.factor = factor
        self.minimum = try Check.nonNegative(minimum, "minimum")
    }
    /// η₀ at t = 0, max(η_min, αᵗη₀) after.
    public func callAsFunction(_ t: Int) -> Double {
        // ANCHOR: factor
        t == 0 ? initial : Swift.max(minimum, initial * .pow(factor, t))
        // ANCHOR_END: factor
    }
}

/// Multi-factor decay: η₀ multiplied by α at each of the given steps,
/// ηₜ = η₀·α^#{m ∈ milestones : m ≤ t}.
public struct MultiFactorDecay: Schedule {
    /// η₀.
    public let initial: Double
    /// α > 0.
    public let factor: Double
    /// The steps at which the rate is multiplied by α.
    public let milestones: [Int]
    /// Validates η₀ (finite, ≥ 0), α (finite, > 0) and increasing milestones ≥ 0.
    public init(initial: Double, factor: Double, milestones: [Int]) throws(InvalidArgument) {
        self.initial = try Check.learningRate(initial, "initial")
        self.factor = try Check.positive(factor, "factor")
        guard milestones.allSatisfy({ $0 >= 0 }), zip(milestones, milestones.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw InvalidArgument(parameter: "milestones", value: "\(milestones)", requirement: "must be increasing and ≥ 0")
        }
        self.milestones = milestones
    }
    /// η₀·α^(milestones passed).
    public func callAsFunction(_ t: Int) -> Double {
        // ANCHOR: multi-factor
        initial * .pow(factor, milestones.count(where: { $0 <= t }))
        // ANCHOR_END: multi-factor
    }
}

extension Schedule where Self == Double {
    /// The constant schedule ηₜ = η.
    public static func constant(_ value: Double) throws(InvalidArgument) -> Double {
        try Check.learningRate(value)
    }
}

extension Schedule where Self == PiecewiseConstant {
    /// ``PiecewiseConstant``: `.piecewiseConstant([0.1, 0.01], boundaries: [50])`.
    public static func piecewiseConstant(_ values: [Double], boundaries: [Int]) throws(InvalidArgument) -> PiecewiseConstant {
        try PiecewiseConstant(values: values, boundaries: boundaries)
    }
}

extension Schedule where Self == ExponentialDecay {
    /// ``ExponentialDecay``: η₀·e^(−λt).
    public static func exponential(initial: Double, rate: Double) throws(InvalidArgument) -> ExponentialDecay {
        try ExponentialDecay(initial: initial, rate: rate)
    }
}

extension Schedule where Self == PolynomialDecay {
    /// ``PolynomialDecay``: η₀·(βt + 1)^(−α).
    public static func polynomial(initial: Double, beta: Double, alpha: Double) throws(InvalidArgument) -> PolynomialDecay {
        try PolynomialDecay(initial: initial, beta: beta, alpha: alpha)
    }
}

extension Schedule where Self == FactorDecay {
    /// ``FactorDecay``: η ← max(η_min, α·η) each step.
    public static func factor(initial: Double, factor: Double, minimum: Double = 0) throws(InvalidArgument) -> FactorDecay {
        try FactorDecay(initial: initial, factor: factor, minimum: minimum)
    }
}

extension Schedule where Self == MultiFactorDecay {
    /// ``MultiFactorDecay``: multiply by α at the given steps.
    public static func multiFactor(initial: Double, factor: Double, milestones: [Int]) throws(InvalidArgument) -> MultiFactorDecay {
        try MultiFactorDecay(initial: initial, factor: factor, milestones: milestones)
    }
}
