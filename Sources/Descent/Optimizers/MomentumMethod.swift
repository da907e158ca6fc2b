/// The velocity v of the momentum methods, a running sum of past gradients.
public struct Velocity: Sendable {
    /// The velocity.
    public var v: Vector
}

/// What ``Momentum`` and ``Nesterov`` share — a learning rate η, a
/// coefficient β ∈ [0, 1) and a ``Velocity`` that starts at zero — so each
/// of their files holds only its name and its update rule.
public protocol MomentumMethod: RateScheduled where State == Velocity {
    /// The momentum coefficient β ∈ [0, 1).
    var beta: Double { get }
    /// The method with hyperparameters that are already validated; chapter
    /// code writes `init(learningRate:beta:)`, which checks them.
    init(uncheckedLearningRate: LearningRate, beta: Double)
}

extension MomentumMethod {
    /// The method with learning rate η ≥ 0 and coefficient 0 ≤ β < 1 (default 0.9).
    public init(learningRate: some Schedule, beta: Double = 0.9) throws(InvalidArgument) {
        self.init(uncheckedLearningRate: try checkedLearningRate(learningRate), beta: try Check.decay(beta, "beta"))
    }

    /// v = 0.
    public func initialState(dimension: Int) -> Velocity { Velocity(v: Vector(zeros: dimension)) }

    /// "v": the velocity after step t.
    public func traceQuantities(before: Velocity, after: Velocity, t: Int) -> [(name: String, value: Vector)] {
        [("v", after.v)]
    }
}
