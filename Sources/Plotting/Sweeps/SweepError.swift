/// Why the frames of a sweep figure could not be combined.
public enum SweepError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Frame `frame` (0-based, in sweep order) is not drawn like the first one.
    case mismatch(frame: Int, detail: String)

    public var description: String {
        switch self {
        case let .mismatch(frame, detail):
            return "sweep frame \(frame + 1) cannot share the first frame's axes: \(detail); make every frame with the same figure size, scales and panels"
        }
    }
}

extension SweepError {
    /// Frame `frame` draws a different structure in the light and dark themes.
    static func themes(frame: Int) -> SweepError {
        .mismatch(frame: frame, detail: "it draws different shapes in the light and the dark theme")
    }
}
