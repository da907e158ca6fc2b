/// A renderer that records a figure as *units* — everything drawn inside one outermost
/// group (a trajectory, an isoline, the legend), or one ungrouped operation — with the
/// clip rectangle each operation was drawn under, so a sweep can tell the parts every
/// frame shares from the parts that change, and replay either.
///
/// Text is measured by a real Cairo renderer, so the layout is the one the PNG gets.
final class LayerRecorder: Renderer {
    /// One drawing operation with the clip it was drawn under.
    struct Operation: Hashable {
        enum Kind: Hashable {
            case fill(Path, Color, FillRule)
            case stroke(Path, StrokeStyle)
            case text(String, Point, TextStyle)
        }
        var kind: Kind
        var clip: Rect?
    }

    /// A group's operations drawn as a whole; two frames share a unit only if all of it matches.
    typealias Unit = [Operation]

    private(set) var units: [Unit] = []
    /// The outermost group of each unit, nil for an ungrouped operation.
    private(set) var names: [String?] = []
    private var depth = 0
    private var clips: [Rect] = []
    private let measurer: CairoRenderer

    init(width: Int, height: Int) throws {
        measurer = try CairoRenderer(width: width, height: height, scale: 1)
    }

    /// Records `figure` drawn in `theme`.
    static func units(of figure: Figure, theme: Theme) throws -> [(unit: Unit, name: String?)] {
        let recorder = try LayerRecorder(width: figure.width, height: figure.height)
        try figure.render(to: recorder, theme: theme)
        return zip(recorder.units, recorder.names).filter { !$0.0.isEmpty }.map { ($0, $1) }
    }

    /// Draws recorded units through `renderer`, each operation under its clip.
    static func replay(_ units: [Unit], to renderer: any Renderer) {
        for operation in units.joined() {
            if let clip = operation.clip { renderer.pushClip(clip) }
            switch operation.kind {
            case let .fill(path, color, rule): renderer.fill(path, color: color, rule: rule)
            case let .stroke(path, style): renderer.stroke(path, style: style)
            case let .text(string, point, style): renderer.text(string, at: point, style: style)
            }
            if operation.clip != nil { renderer.popClip() }
        }
    }

    private func add(_ kind: Operation.Kind) {
        let operation = Operation(kind: kind, clip: clips.last)
        if depth == 0 || units.isEmpty {
            units.append([operation])
            names.append(nil)
        } else {
            units[units.count - 1].append(operation)
        }
    }

    func fill(_ path: Path, color: Color, rule: FillRule) { add(.fill(path, color, rule)) }
    func stroke(_ path: Path, style: StrokeStyle) { add(.stroke(path, style)) }
    func text(_ string: String, at point: Point, style: TextStyle) { add(.text(string, point, style)) }
    func measure(_ string: String, size: Double, bold: Bool) -> Size { measurer.measure(string, size: size, bold: bold) }

    func pushClip(_ rect: Rect) {
        guard let outer = clips.last else { clips.append(rect); return }
        let minX = max(outer.minX, rect.minX), minY = max(outer.minY, rect.minY)
        let maxX = min(outer.maxX, rect.maxX), maxY = min(outer.maxY, rect.maxY)
        clips.append(Rect(x: minX, y: minY, width: max(0, maxX - minX), height: max(0, maxY - minY)))
    }

    func popClip() { _ = clips.popLast() }

    func beginGroup(_ name: String) {
        if depth == 0 {
            units.append([])
            names.append(name)
        }
        depth += 1
    }

    func endGroup() { depth = max(0, depth - 1) }
}
