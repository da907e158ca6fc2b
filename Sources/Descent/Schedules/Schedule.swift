/// A learning-rate schedule: a pure function t ↦ ηₜ of the step t = 0, 1, 2, …
///
/// Every optimizer's `learningRate:` takes a schedule, and a plain `Double`
/// is one (the constant schedule), so `learningRate: 0.1`,
/// `learningRate: eta` and `learningRate: .cosine(from: 0.1, to: 0.001, steps: 100)`
/// all read naturally. Schedules compose: ``WarmUp`` hands over to any other.
public protocol Schedule: Sendable {
    /// The learning rate at step t (t ≥ 0).
    func callAsFunction(_ t: Int) -> Double
}

extension Double: Schedule {
    /// The constant schedule ηₜ = η.
    @inlinable public func callAsFunction(_ t: Int) -> Double { self }
}

extension Schedule {
    /// The first `count` learning rates η₀, η₁, …, for tables and plots.
    public func values(steps count: Int) -> [Double] { (0..<Swift.max(0, count)).map { self($0) } }
}

/// Validates a learning rate given to an optimizer: a constant must be finite
/// and ≥ 0; schedules were validated when they were built.
func checkedLearningRate(_ rate: some Schedule, _ name: String = "learningRate") throws(InvalidArgument) -> any Schedule {
    if let constant = rate as? Double { return try Check.learningRate(constant, name) }
    return rate
}
