/// The record of an optimizer run: every iterate, the objective value and
/// gradient norm there, the learning rate of every step, and how it ended.
///
/// `points[0]` is the start x₀; step t (counted from 0) uses
/// `learningRates[t]` and produces `points[t + 1]`. A run that reaches a
/// non-finite value or leaves the bound stops and records
/// ``Outcome/diverged(step:reason:)`` instead of trapping.
///
/// ```swift
/// let run = try Adam(learningRate: 0.1).run(on: .rosenbrock, from: [-1, 1], steps: 200)
/// print(run)   // Adam on Rosenbrock: 200 steps, x = (…), f(x) = …
/// ```
///
/// Pass `trace: true` to also record what the optimizer saw and kept at every
/// step (``Trace``): the gradient it used, its velocity, accumulated squares,
/// bias-corrected moments and effective step sizes. Minibatch runs record the
/// epoch after every step (``epochs``).
public struct Run: Sendable, CustomStringConvertible {
    /// How a run ended.
    public enum Outcome: Sendable, Equatable {
        /// All requested steps were taken.
        case completed
        /// The gradient norm fell to the tolerance after `step` steps.
        case converged(step: Int)
        /// Step `step` (counted from 1) produced a non-finite value or left the bound.
        case diverged(step: Int, reason: String)
    }

    /// The optimizer's name.
    public let optimizer: String
    /// The objective's name.
    public let objective: String
    /// The start x₀ as given (recorded even when it is not finite).
    public internal(set) var start: Vector = []
    /// The number of steps asked for.
    public internal(set) var requestedSteps = 0
    /// The iterates x₀, x₁, … (a non-finite iterate is not recorded).
    public internal(set) var points: [Vector] = []
    /// f(xₖ) for every recorded iterate.
    public internal(set) var values: [Double] = []
    /// ‖∇f(xₖ)‖ (exact gradient) for every recorded iterate.
    public internal(set) var gradientNorms: [Double] = []
    /// ηₜ for every step taken; empty for optimizers without a learning rate (Adadelta).
    public internal(set) var learningRates: [Double] = []
    /// How the run ended.
    public internal(set) var outcome: Outcome = .completed

    /// The number of steps taken.
    public internal(set) var steps = 0
    /// For minibatch runs, the epochs completed after each step (examples drawn / n):
    /// `epochs[t]` belongs to `points[t + 1]`. Empty for other oracles.
    public internal(set) var epochs: [Double] = []
    /// What the optimizer saw and kept at every step, when the run was made with `trace: true`.
    public internal(set) var trace: Trace?

    /// The last recorded iterate; the start itself when not even the start
    /// was finite (then ``finalValue`` is NaN and ``stoppedEarly`` is true).
    public var finalPoint: Vector { points.last ?? start }
    /// The objective value at the last recorded iterate (NaN when nothing was recorded).
    public var finalValue: Double { values.last ?? .nan }
    /// Whether the run stopped before taking the steps asked for because it
    /// diverged (convergence to the tolerance is not early stopping).
    public var stoppedEarly: Bool { diverged }
    /// The step at which the run diverged, if it did.
    public var divergedAt: Int? {
        if case .diverged(let step, _) = outcome { return step }
        return nil
    }
    /// Whether the run diverged.
    public var diverged: Bool { divergedAt != nil }

    /// One line for a chapter, e.g.
    /// `Adam on Rosenbrock: 200 steps, x = (0.999, 0.998), f(x) = 1.2e-06`.
    /// A run that stopped early says so first, in capitals, with how far it got:
    /// `STOPPED EARLY at step 3 of 50 — diverged (non-finite value): Gradient descent on …`.
    public var description: String {
        let head = "\(optimizer) on \(objective): "
        if points.isEmpty {
            return "STOPPED EARLY at step 0 of \(requestedSteps) — the start \(start) gives a non-finite value: " + head + "no steps taken"
        }
        let tail = "x = \(finalPoint), f(x) = \(formatted(finalValue))"
        switch outcome {
        case .completed: return head + "\(steps) steps, " + tail
        case .converged(let step): return head + "converged after \(step) steps, " + tail
        case .diverged(let step, let reason):
            return "STOPPED EARLY at step \(step) of \(requestedSteps) — diverged (\(reason)): " + head + "last " + tail
        }
    }
}

extension Optimizer {
    /// Runs this optimizer on `f` from `start` for `steps` steps, stopping
    /// early when ‖∇f‖ ≤ `tolerance` or when an iterate is non-finite or has a
    /// coordinate beyond ±`bound`.
    /// With `trace: true` the run also records ``Run/trace``; without it the
    /// loop is the plain one (no cost).
    public func run<F: GradientOracle>(
        on f: F, from start: Vector, steps: Int, tolerance: Double? = nil, bound: Double = 1e6, trace: Bool = false
    ) throws(InvalidArgument) -> Run {
        try execute(on: f, from: start, steps: steps, tolerance: tolerance, bound: bound, trace: trace)
    }

    /// `run(on:from:steps:…)` for a catalogue objective written `.rosenbrock`.
    public func run(
        on f: Objective, from start: Vector, steps: Int, tolerance: Double? = nil, bound: Double = 1e6, trace: Bool = false
    ) throws(InvalidArgument) -> Run {
        try execute(on: f, from: start, steps: steps, tolerance: tolerance, bound: bound, trace: trace)
    }

    func execute<F: GradientOracle>(
        on f: F, from start: Vector, steps: Int, tolerance: Double?, bound: Double, trace: Bool
    ) throws(InvalidArgument) -> Run {
        if trace {
            // The same loop on an oracle that remembers the gradient it handed out.
            var traced = Trace()
            var run = try execute(on: GradientRecorder(f), from: start, steps: steps, tolerance: tolerance, bound: bound) {
                before, after, t, recorder in
                traced.append(step: t, gradient: recorder.last ?? Vector(zeros: start.count),
                              quantities: traceQuantities(before: before, after: after, t: t))
            }
            run.trace = traced
            return run
        }
        return try execute(on: f, from: start, steps: steps, tolerance: tolerance, bound: bound, afterStep: nil)
    }

    func execute<F: GradientOracle>(
        on f: F, from start: Vector, steps: Int, tolerance: Double?, bound: Double,
        afterStep: ((State, State, Int, F) -> Void)?
    ) throws(InvalidArgument) -> Run {
        _ = try Check.count(steps, "steps")
        if let tolerance { _ = try Check.nonNegative(tolerance, "tolerance") }
        _ = try Check.positive(bound, "bound")
        guard start.count == f.dimension else {
            throw InvalidArgument(parameter: "start", value: "\(start)",
                                  requirement: "has dimension \(start.count) but \(f.name) has dimension \(f.dimension)")
        }
        var f = f
        var run = Run(optimizer: name, objective: f.name)
        run.start = start
        run.requestedSteps = steps
        var x = start
        var state = initialState(dimension: f.dimension)
        // Least squares (also in minibatches) records in O(d²) instead of two passes over the data.
        let shortcut = RecordedLoss.shortcut(for: f)
        func record(_ x: Vector, step: Int) -> Bool {
            let (value, norm) = shortcut?(x) ?? (f.value(at: x), f.exactGradient(at: x).norm)
            guard x.isFinite, value.isFinite, norm.isFinite else {
                run.outcome = .diverged(step: step, reason: "non-finite value")
                return false
            }
            run.points.append(x)
            run.values.append(value)
            run.gradientNorms.append(norm)
            if x.maximumMagnitude > bound {
                run.outcome = .diverged(step: step, reason: "left the bound |xᵢ| ≤ \(formatted(bound))")
                return false
            }
            return true
        }
        run.points.reserveCapacity(steps + 1)
        guard record(x, step: 0) else { return run }
        for t in 0..<steps {
            if let tolerance, run.gradientNorms[run.gradientNorms.count - 1] <= tolerance {
                run.outcome = .converged(step: t)
                return run
            }
            if let rate = learningRate(at: t) { run.learningRates.append(rate) }
            if let afterStep {
                let before = state
                step(&x, &state, &f, t: t)
                afterStep(before, state, t, f)
            } else {
                step(&x, &state, &f, t: t)
            }
            if let epoch = f.epoch { run.epochs.append(epoch) }
            run.steps = t + 1
            guard record(x, step: t + 1) else { return run }
        }
        if let tolerance, run.gradientNorms[run.gradientNorms.count - 1] <= tolerance {
            run.outcome = .converged(step: steps)
        }
        return run
    }
}

/// Runs `optimizer` on `f` — the same as `optimizer.run(on: f, …)`, for code
/// that reads better with the optimizer first: `try run(GradientDescent(learningRate: 0.4), on: .ravine, from: [-5, -2], steps: 20)`.
public func run<O: Optimizer, F: GradientOracle>(
    _ optimizer: O, on f: F, from start: Vector, steps: Int, tolerance: Double? = nil, bound: Double = 1e6, trace: Bool = false
) throws(InvalidArgument) -> Run {
    try optimizer.execute(on: f, from: start, steps: steps, tolerance: tolerance, bound: bound, trace: trace)
}

/// `run(_:on:from:steps:…)` for a catalogue objective written `.ravine`.
public func run<O: Optimizer>(
    _ optimizer: O, on f: Objective, from start: Vector, steps: Int, tolerance: Double? = nil, bound: Double = 1e6, trace: Bool = false
) throws(InvalidArgument) -> Run {
    try optimizer.execute(on: f, from: start, steps: steps, tolerance: tolerance, bound: bound, trace: trace)
}
