/// One slider of a sweep figure: a named parameter, the values the reader can choose
/// from, and the one the static page (no JavaScript, print) shows.
///
/// ```swift
/// Slider("η", [0.1, 0.2, 0.3, 0.4, 0.5], default: 0.4)
/// Slider("warm-up steps", [0, 10, 20, 50, 100], default: 20)
/// Slider("ε", [1e-8, 1e-4, 1e-2, 0.1], default: 1e-8, label: { "\($0)" })
/// ```
public struct Slider<Value> {
    /// The parameter's name as the reader sees it ("η", "β₂", "warm-up steps").
    public let name: String
    /// The values, in slider order (left to right).
    public let values: [Value]
    /// Index of the default value in ``values``.
    public let defaultIndex: Int
    /// How each value is written next to the slider.
    public let labels: [String]

    /// A slider over `values` starting at `default`.
    ///
    /// - Parameters:
    ///   - name: the parameter's name as the reader sees it.
    ///   - values: 2 to 200 values, in the order the slider runs through them.
    ///   - default: the value shown without JavaScript and in print; must be one of `values`
    ///     (a `Double` within 10⁻⁹ relative of one counts).
    ///   - label: how a value is written; by default a `Double` with 4 significant digits
    ///     (`0.45`, not `0.45000000000000007`), anything else with `description`.
    public init(_ name: String, _ values: [Value], default: Value, label: ((Value) -> String)? = nil,
                file: StaticString = #file, line: UInt = #line) where Value: Equatable {
        guard !name.allSatisfy(\.isWhitespace) else {
            fatalError("Slider(…) needs a parameter name, such as \"η\"", file: file, line: line)
        }
        guard (2...200).contains(values.count) else {
            fatalError("Slider(\"\(name)\", …) has \(values.count) values; give 2 to 200", file: file, line: line)
        }
        let index = values.firstIndex(of: `default`) ?? values.firstIndex { Self.close($0, `default`) }
        guard let index else {
            fatalError("Slider(\"\(name)\", …, default: \(`default`)): the default is not one of the values; pick one of them",
                       file: file, line: line)
        }
        self.name = name
        self.values = values
        self.defaultIndex = index
        self.labels = values.map { label?($0) ?? Self.defaultLabel($0) }
    }

    /// The default value.
    public var defaultValue: Value { values[defaultIndex] }

    private static func close(_ a: Value, _ b: Value) -> Bool {
        guard let a = a as? Double, let b = b as? Double else { return false }
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    private static func defaultLabel(_ value: Value) -> String {
        if let x = value as? Double { return "\(significant(x, digits: 4))" }
        return "\(value)"
    }
}

/// What one setting of a sweep shows: the figure, a one-line readout next to the slider,
/// and the alternative text of that frame.
///
/// ```swift
/// SweepFrame(figure, readout: "converges in 166 steps", alt: "The path zig-zags …")
/// ```
public struct SweepFrame {
    /// The figure of this setting; every frame of a sweep must have the same size.
    public var figure: Figure
    /// One line shown (and announced to screen readers) beside the slider, e.g.
    /// "converges in 212 steps" or "diverged at step 39". The slider already shows the
    /// parameter's value.
    public var readout: String
    /// What the frame shows, for screen readers.
    public var alt: String

    /// Creates a frame.
    public init(_ figure: Figure, readout: String, alt: String) {
        self.figure = figure
        self.readout = readout
        self.alt = alt
    }
}

/// An error thrown while making one frame of a sweep, naming the setting.
public struct SweepFrameError: Error, CustomStringConvertible {
    /// The setting, such as "η = 0.55".
    public var setting: String
    /// What the frame's closure threw.
    public var underlying: any Error

    public var description: String { "sweep frame \(setting): \(underlying)" }
}
