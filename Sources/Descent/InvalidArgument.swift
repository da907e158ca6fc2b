/// A rejected hyperparameter or input, with a message naming the parameter
/// and the offending value, e.g.
/// `Invalid learningRate: -0.1 (must be finite and ≥ 0)`.
///
/// Initialisers of optimizers and schedules, and `run`, throw it where the
/// bad value is given; chapter code writes one `try` in front of the
/// expression: `let run = try Adam(learningRate: 0.1).run(on: .rosenbrock, from: [-1, 1], steps: 200)`.
public struct InvalidArgument: Error, Equatable, Sendable, CustomStringConvertible {
    /// The parameter's name as written in the call, e.g. `learningRate`.
    public let parameter: String
    /// The rejected value as Swift prints it.
    public let value: String
    /// What the value must satisfy.
    public let requirement: String

    /// A rejection of `value` for `parameter`.
    public init(parameter: String, value: String, requirement: String) {
        self.parameter = parameter
        self.value = value
        self.requirement = requirement
    }

    /// `Invalid <parameter>: <value> (<requirement>)`.
    public var description: String { "Invalid \(parameter): \(value) (\(requirement))" }
}

/// Checks used by the initialisers; each returns the value or throws a
/// message naming the parameter.
enum Check {
    static func learningRate(_ x: Double, _ name: String = "learningRate") throws(InvalidArgument) -> Double {
        try nonNegative(x, name)
    }

    static func nonNegative(_ x: Double, _ name: String) throws(InvalidArgument) -> Double {
        guard x.isFinite, x >= 0 else {
            throw InvalidArgument(parameter: name, value: "\(x)", requirement: "must be finite and ≥ 0")
        }
        return x
    }

    static func positive(_ x: Double, _ name: String) throws(InvalidArgument) -> Double {
        guard x.isFinite, x > 0 else {
            throw InvalidArgument(parameter: name, value: "\(x)", requirement: "must be finite and > 0")
        }
        return x
    }

    /// β-style decay rates: 0 ≤ β < 1.
    static func decay(_ x: Double, _ name: String) throws(InvalidArgument) -> Double {
        guard x >= 0, x < 1 else {
            throw InvalidArgument(parameter: name, value: "\(x)", requirement: "must be in [0, 1)")
        }
        return x
    }

    static func count(_ n: Int, _ name: String, atLeast minimum: Int = 0) throws(InvalidArgument) -> Int {
        guard n >= minimum else {
            throw InvalidArgument(parameter: name, value: "\(n)", requirement: "must be ≥ \(minimum)")
        }
        return n
    }
}
