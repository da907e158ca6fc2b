import RealModule

/// Cosine decay from η₀ to η_T over T steps, then constant:
/// $$\eta_t = \eta_T + \frac{\eta_0 - \eta_T}{2}\left(1 + \cos\frac{\pi t}{T}\right)
///   \quad (t \le T), \qquad \eta_t = \eta_T \quad (t > T).$$
/// At t = 0 the cosine is 1, giving η₀; at t = T it is −1, giving η_T.
public struct CosineDecay: Schedule {
    /// η₀, the rate at t = 0.
    public let initial: Double
    /// η_T, the rate from t = T on.
    public let final: Double
    /// T ≥ 1, the length of the decay.
    public let steps: Int

    /// Validates η₀, η_T (finite, ≥ 0) and T ≥ 1.
    public init(from initial: Double, to final: Double = 0, steps: Int) throws(InvalidArgument) {
        self.initial = try Check.learningRate(initial, "initial")
        self.final = try Check.learningRate(final, "final")
        self.steps = try Check.count(steps, "steps", atLeast: 1)
    }

    /// The rate at step t.
    public func callAsFunction(_ t: Int) -> Double {
        // ANCHOR: cosine
        guard t <= steps else { return final }
        let cosine = Double.cos(.pi * Double(t) / Double(steps))
        return final + (initial - final) / 2 * (1 + cosine)
        // ANCHOR_END: cosine
    }
}

extension Schedule where Self == CosineDecay {
    /// ``CosineDecay``: `.cosine(from: 0.1, to: 0.001, steps: 100)`.
    public static func cosine(from initial: Double, to final: Double = 0, steps: Int) throws(InvalidArgument) -> CosineDecay {
        try CosineDecay(from: initial, to: final, steps: steps)
    }
}
