/// An optimizer: hyperparameters (the value itself) and an explicit state
/// that starts at zero, advanced by one pure `step` at a time — the shape of
/// optax's `init`/`update` pair.
///
/// Every optimizer of the course is a struct in its own file; its `step`
/// holds the update rule between `// ANCHOR: update` and `// ANCHOR_END: update`
/// so chapters include the code that runs.
public protocol Optimizer: Sendable {
    /// The optimizer's state (velocity, accumulated squares, step count…).
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
}

/// A learning rate as a function of the step: a constant `Double`, or any
/// schedule (``Schedule``). Stored type-erased so optimizers stay plain values.
public typealias LearningRate = any Schedule
