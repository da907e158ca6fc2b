/// What an optimizer saw and kept at every step of a run: the gradient it
/// actually used (a stochastic one for ``Minibatches`` or ``NoisyGradient``;
/// for ``Nesterov`` the one at the look-ahead point) and its state after the
/// step, by name.
///
/// The names are the symbols of each optimizer's formula:
///
/// | optimizer | quantities |
/// |---|---|
/// | ``Momentum``, ``Nesterov`` | `"v"` |
/// | ``AdaGrad``, ``RMSProp`` | `"s"`, `"step size"` = ηₜ/√(s + ε) |
/// | ``Adadelta`` | `"s"`, `"Δx"`, `"step size"` = √(Δx + ε)/√(s + ε) |
/// | ``Adam``, ``Yogi`` | `"v"`, `"s"`, `"v̂"`, `"ŝ"`, `"step size"` = ηₜ/(√ŝ + ε) |
/// | ``GradientDescent``, Newton | none (the step size is ``Run/learningRates``) |
///
/// ```swift
/// let run = try Adam(learningRate: 0.1).run(on: .ravine, from: [-5, -2], steps: 50, trace: true)
/// let trace = run.trace!
/// trace.gradients[0]                           // g at step 0
/// trace.series("ŝ", coordinate: 1)             // ŝ₂ after every step
/// trace.series("step size", coordinate: 0)     // the effective rate of x₁
/// ```
///
/// Entry t belongs to step t (counted from 0), the step from `points[t]` to
/// `points[t + 1]` of the run. The step counter itself is the run's one
/// clock; no optimizer keeps a copy of it.
public struct Trace: Sendable {
    /// The gradient used at each step.
    public private(set) var gradients: [Vector] = []
    /// The names of the recorded quantities, in the optimizer's order.
    public private(set) var names: [String] = []
    /// quantities[k][t] is quantity `names[k]` after step t.
    private var quantities: [[Vector]] = []

    /// An empty trace.
    public init() {}

    /// The number of steps recorded.
    public var count: Int { gradients.count }

    /// Appends step t.
    mutating func append(step t: Int, gradient: Vector, quantities named: [(name: String, value: Vector)]) {
        precondition(t == gradients.count, "trace steps must be appended in order")
        if t == 0 {
            names = named.map(\.name)
            quantities = Array(repeating: [], count: named.count)
        }
        gradients.append(gradient)
        for (k, entry) in named.enumerated() { quantities[k].append(entry.value) }
    }

    /// Quantity `name` after every step, e.g. `series("v")`.
    public func series(_ name: String) -> [Vector] {
        guard let k = names.firstIndex(of: name) else {
            preconditionFailure("this trace has no quantity \"\(name)\"; it has \(names.isEmpty ? "none (only gradients)" : names.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        return quantities[k]
    }

    /// Coordinate i (0-based) of quantity `name` after every step, ready to plot.
    public func series(_ name: String, coordinate i: Int) -> [Double] { series(name).map { $0[i] } }

    /// Coordinate i of the gradient used at every step.
    public func gradients(coordinate i: Int) -> [Double] { gradients.map { $0[i] } }
}

/// An oracle that hands out the gradients of another and remembers the last
/// one, so a traced run records exactly what the optimizer used.
struct GradientRecorder<Base: GradientOracle>: GradientOracle {
    var base: Base
    var last: Vector?
    init(_ base: Base) { self.base = base }
    var name: String { base.name }
    var dimension: Int { base.dimension }
    var epoch: Double? { base.epoch }
    func value(at x: Vector) -> Double { base.value(at: x) }
    func exactGradient(at x: Vector) -> Vector { base.exactGradient(at: x) }
    mutating func gradient(at x: Vector) -> Vector {
        let g = base.gradient(at: x)
        last = g
        return g
    }
    func hessian(at x: Vector) -> Matrix { base.hessian(at: x) }
}
