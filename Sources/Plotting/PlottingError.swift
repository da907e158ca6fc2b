/// Why a figure could not be rendered.
public enum PlottingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The figure's size is not positive or too large.
    case invalidSize(width: Int, height: Int, scale: Double)
    /// An axis range is unusable (for example non-positive on a log axis).
    case invalidRange(axis: String, detail: String)
    /// Cairo reported a failure.
    case cairo(String)
    /// PNG compression failed.
    case encoding(String)

    public var description: String {
        switch self {
        case let .invalidSize(w, h, s):
            return "Plotting: invalid figure size \(w)×\(h) at scale \(s); width and height must be 1…8192 CSS pixels and the scaled image at most 16384 pixels a side — pass Figure(width:height:) and a scale in 0.25…8."
        case let .invalidRange(axis, detail):
            return "Plotting: invalid \(axis) range: \(detail)."
        case let .cairo(status):
            return "Plotting: Cairo failed: \(status)."
        case let .encoding(detail):
            return "Plotting: PNG encoding failed: \(detail)."
        }
    }
}
