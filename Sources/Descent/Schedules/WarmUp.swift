/// A linear warm-up over W steps that then hands over to another schedule:
/// $$\eta_t = \eta_{\text{start}} + (\text{after}(0) - \eta_{\text{start}})\,\frac{t}{W} \quad (t < W),
///   \qquad \eta_t = \text{after}(t - W) \quad (t \ge W),$$
/// so the rate climbs linearly to exactly the schedule's first value at t = W,
/// and the schedule then runs on its own clock, starting at 0.
public struct WarmUp: Schedule {
    /// W ≥ 0, the warm-up length.
    public let steps: Int
    /// η_start, the rate at t = 0.
    public let start: Double
    /// The schedule after the warm-up.
    public let after: any Schedule

    /// Validates W ≥ 0 and η_start (finite, ≥ 0).
    public init(steps: Int, from start: Double = 0, then after: some Schedule) throws(InvalidArgument) {
        self.steps = try Check.count(steps, "steps")
        self.start = try Check.learningRate(start, "start")
        self.after = try checkedLearningRate(after, "then")
    }

    /// The rate at step t.
    public func callAsFunction(_ t: Int) -> Double {
        // ANCHOR: warm-up
        if t >= steps { return after(t - steps) }
        return start + (after(0) - start) * Double(t) / Double(steps)
        // ANCHOR_END: warm-up
    }
}

extension Schedule where Self == WarmUp {
    /// ``WarmUp``: `.warmUp(steps: 10, then: .cosine(from: 0.1, steps: 90))`.
    public static func warmUp(steps: Int, from start: Double = 0, then after: some Schedule) throws(InvalidArgument) -> WarmUp {
        try WarmUp(steps: steps, from: start, then: after)
    }
}
