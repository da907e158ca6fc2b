/// An objective whose gradients arrive with seeded Gaussian noise:
/// g = ∇f(x) + σ·ξ with ξ ~ N(0, I), a model of stochastic gradients.
/// Values and recorded gradient norms are exact.
///
/// ```swift
/// let noisy = try Objective.bowl.withGradientNoise(standardDeviation: 0.5, seed: 1)
/// let run = try GradientDescent(learningRate: 0.1).run(on: noisy, from: [-5, -2], steps: 50)
/// ```
public struct NoisyGradient: GradientOracle {
    /// The exact objective.
    public let objective: Objective
    /// σ ≥ 0.
    public let standardDeviation: Double
    /// The generator, advanced by every gradient.
    public var random: Random

    /// Noise of standard deviation σ ≥ 0 from the generator seeded with `seed`.
    public init(_ objective: Objective, standardDeviation: Double, seed: UInt64) throws(InvalidArgument) {
        self.objective = objective
        self.standardDeviation = try Check.nonNegative(standardDeviation, "standardDeviation")
        self.random = Random(seed: seed)
    }

    /// "<objective> with noise σ = …".
    public var name: String { "\(objective.name) (gradient noise σ = \(formatted(standardDeviation)))" }
    /// The objective's dimension.
    public var dimension: Int { objective.dimension }
    /// f(x), exact.
    public func value(at x: Vector) -> Double { objective.value(at: x) }
    /// ∇f(x), exact.
    public func exactGradient(at x: Vector) -> Vector { objective.gradient(at: x) }
    /// ∇f(x) + σξ.
    public mutating func gradient(at x: Vector) -> Vector {
        objective.gradient(at: x) + standardDeviation * random.normalVector(count: x.count)
    }
    /// ∇²f(x), exact.
    public func hessian(at x: Vector) -> Matrix { objective.hessian(at: x) }
}

extension Objective {
    /// This objective with Gaussian gradient noise of standard deviation σ.
    public func withGradientNoise(standardDeviation: Double, seed: UInt64) throws(InvalidArgument) -> NoisyGradient {
        try NoisyGradient(self, standardDeviation: standardDeviation, seed: seed)
    }
}
