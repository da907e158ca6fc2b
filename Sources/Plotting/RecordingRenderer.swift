/// A renderer that records what is drawn, so tests can check a figure's structure
/// (ticks, legend entries, isolines, markers) without looking at pixels.
public final class RecordingRenderer: Renderer {
    /// One recorded drawing operation.
    public enum Operation: Sendable, Hashable {
        /// A fill.
        case fill(Path, Color)
        /// A stroke.
        case stroke(Path, StrokeStyle)
        /// A text run.
        case text(String, Point, TextStyle)
    }

    /// A recorded operation with the names of the groups it was drawn in, outermost first.
    public struct Record: Sendable, Hashable {
        /// The operation.
        public var operation: Operation
        /// Enclosing group names, outermost first.
        public var groups: [String]
    }

    /// Everything drawn, in order.
    public private(set) var records: [Record] = []
    /// Every group opened, in order (with repeats).
    public private(set) var openedGroups: [String] = []
    private var stack: [String] = []
    private var clipDepth = 0

    /// Creates an empty recorder.
    public init() {}

    public func fill(_ path: Path, color: Color, rule: FillRule) {
        records.append(Record(operation: .fill(path, color), groups: stack))
    }

    public func stroke(_ path: Path, style: StrokeStyle) {
        records.append(Record(operation: .stroke(path, style), groups: stack))
    }

    public func text(_ string: String, at point: Point, style: TextStyle) {
        records.append(Record(operation: .text(string, point, style), groups: stack))
    }

    /// Approximates DejaVu Sans metrics (0.6 em per character) so layout is testable.
    public func measure(_ string: String, size: Double, bold: Bool) -> Size {
        Size(width: Double(string.count) * size * (bold ? 0.65 : 0.6), height: size * 1.17)
    }

    public func pushClip(_ rect: Rect) { clipDepth += 1 }
    public func popClip() { clipDepth -= 1 }

    public func beginGroup(_ name: String) {
        stack.append(name)
        openedGroups.append(name)
    }

    public func endGroup() { _ = stack.popLast() }

    /// Records drawn inside a group named `name` (at any depth).
    public func records(in name: String) -> [Record] {
        records.filter { $0.groups.contains(name) }
    }

    /// Texts drawn inside group `name`, in order.
    public func texts(in name: String) -> [String] {
        records(in: name).compactMap {
            if case .text(let s, _, _) = $0.operation { return s }
            return nil
        }
    }

    /// Number of times a group named `name` was opened.
    public func groupCount(_ name: String) -> Int {
        openedGroups.filter { $0 == name }.count
    }

    /// True when every pushed clip was popped and every group closed.
    public var isBalanced: Bool { clipDepth == 0 && stack.isEmpty }
}
