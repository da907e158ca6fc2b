/// An optimizer: hyperparameters (the value itself) and an explicit state
/// that starts at zero, advanced by one pure `step` at a time — the shape of
/// optax's `init`/`update` pair.
///
/// Every optimizer of the course is a struct in its own file; its `step`
/// holds the update rule between `// ANCHOR: update` and `// ANCHOR_END: update`
/// so chapters include the code that runs. The same structs run in any
/// dimension: a 2-D toy and a network's thousands of weights.
public protocol Optimizer: Sendable {
    /// The optimizer's state (velocity, accumulated squares…). The step
    /// counter is not part of it: `step` receives t, the run's one clock.
    associatedtype State: Sendable
    /// A name for run summaries, e.g. "Adam".
    var name: String { get }
    /// The zero state for an n-dimensional problem.
    func initialState(dimension: Int) -> State
    /// The learning rate ηₜ at step t (counted from 0), or nil when the
    /// method has none (Adadelta).
    func learningRate(at t: Int) -> Double?
    /// One update of x (step t, counted from 0), drawing gradients from `f`.
    func step<F: GradientOracle>(_ x: inout Vector, _ state: inout State, _ f: inout F, t: Int)
    /// What a trace records of step t, by name, given the state before and
    /// after it: the state's vectors (velocity "v", accumulated squares "s", …)
    /// and derived ones such as the bias-corrected moments "v̂", "ŝ" and the
    /// effective per-coordinate step size "step size" (see each optimizer).
    func traceQuantities(before: State, after: State, t: Int) -> [(name: String, value: Vector)]
}

extension Optimizer {
    /// By default a trace records no state (only the gradient used).
    public func traceQuantities(before: State, after: State, t: Int) -> [(name: String, value: Vector)] { [] }
}

/// A learning rate as a function of the step: a constant `Double`, or any
/// schedule (``Schedule``). Stored type-erased so optimizers stay plain values.
public typealias LearningRate = any Schedule

/// An optimizer whose step is scaled by a learning-rate schedule ηₜ: it
/// stores `learningRate` and gets ``Optimizer/learningRate(at:)`` from here.
public protocol RateScheduled: Optimizer {
    /// The learning rate η (a constant or a schedule).
    var learningRate: LearningRate { get }
}

extension RateScheduled {
    /// ηₜ, the schedule at step t.
    @inlinable public func learningRate(at t: Int) -> Double? { learningRate(t) }
}
