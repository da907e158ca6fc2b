/// What a run records at every iterate, f(x) and ‖∇f(x)‖, for oracles that
/// have a cheaper exact way to give it than `value(at:)` plus
/// `exactGradient(at:)`: least squares through its quadratic expansion around
/// w* (``LeastSquares/recordedLoss(at:)``), also when sampled in minibatches or
/// traced. Every other oracle records through `value(at:)` and `exactGradient(at:)`.
///
/// The shortcut is looked up once per run (`Run.execute`), so it must not depend on
/// the oracle's mutable state — a minibatch oracle's generator moves, its problem does not.
enum RecordedLoss {
    /// The shortcut for `f`, or nil when it records the ordinary way.
    static func shortcut<F: GradientOracle>(for f: F) -> ((Vector) -> (value: Double, gradientNorm: Double))? {
        switch f {
        case let problem as LeastSquares:
            return problem.recordedLoss(at:)
        case let batches as Minibatches:
            return shortcut(forProblem: batches.problem)
        case let recorder as any RecorderWrapper:
            return recorder.baseShortcut()
        default:
            return nil
        }
    }

    static func shortcut(forProblem problem: any FiniteSum) -> ((Vector) -> (value: Double, gradientNorm: Double))? {
        (problem as? LeastSquares).map { $0.recordedLoss(at:) }
    }
}

/// The traced run's wrapper forwards to the oracle it wraps.
protocol RecorderWrapper { func baseShortcut() -> ((Vector) -> (value: Double, gradientNorm: Double))? }

extension GradientRecorder: RecorderWrapper {
    func baseShortcut() -> ((Vector) -> (value: Double, gradientNorm: Double))? { RecordedLoss.shortcut(for: base) }
}
