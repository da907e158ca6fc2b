@_implementationOnly import CCairo

/// A figure drawn in one theme at one scale, as the operations a renderer receives — the
/// layout done once, with text measured by Cairo as the PNG will draw it — so that the image
/// can be named by a digest of everything that decides its pixels before a pixel is drawn,
/// and rasterised by replaying the operations.
///
/// `Figure.renderPNG` always goes through a drawing, so an image found by its digest (see
/// `Experiments`' figure memo) is the image the renderer would make.
public struct FigureDrawing: Sendable {
    /// One operation, with the clips as pushes and pops. Groups are left out: they name
    /// parts of a figure for tests and sweeps and draw nothing.
    enum Operation: Sendable, Hashable {
        case fill(Path, Color, FillRule)
        case stroke(Path, StrokeStyle)
        case text(String, Point, TextStyle)
        case pushClip(Rect)
        case popClip
    }

    /// The figure's size in CSS pixels.
    public let width: Int, height: Int
    /// Device pixels per CSS pixel.
    public let scale: Double
    let operations: [Operation]

    /// Lays `figure` out and records how it is drawn in `theme` at `scale`.
    ///
    /// - Throws: what rendering would throw for the figure itself (its size or an axis range).
    public init(_ figure: Figure, theme: Theme, scale: Double) throws {
        try figure.checkSize(scale: scale)
        let recorder = try Recorder(scale: scale)
        try figure.render(to: recorder, theme: theme)
        width = figure.width
        height = figure.height
        self.scale = scale
        operations = recorder.operations
    }

    /// 32 hex digits naming the image this drawing rasterises to with this library and
    /// this Cairo: the size, the scale, the PNG writer, the Cairo version and every
    /// operation with all its numbers (bit for bit) and strings.
    public func digest(writer: PNGWriter = .optimized) -> String {
        var digest = DrawingDigest()
        digest.add(String(cString: cairo_version_string()))
        digest.add(writer == .optimized ? 1 : 2)
        digest.add(width)
        digest.add(height)
        digest.add(scale)
        digest.add(operations.count)
        for operation in operations {
            switch operation {
            case let .fill(path, color, rule):
                digest.add(1)
                Self.add(path, to: &digest)
                Self.add(color, to: &digest)
                digest.add(rule == .evenOdd)
            case let .stroke(path, style):
                digest.add(2)
                Self.add(path, to: &digest)
                Self.add(style.color, to: &digest)
                digest.add(style.width)
                digest.add(style.dash.count)
                for length in style.dash { digest.add(length) }
                digest.add(style.round)
            case let .text(string, point, style):
                digest.add(3)
                digest.add(string)
                digest.add(point.x)
                digest.add(point.y)
                digest.add(style.size)
                digest.add(style.bold)
                Self.add(style.color, to: &digest)
                digest.add(Self.code(style.horizontal))
                digest.add(Self.code(style.vertical))
                digest.add(style.rotation)
            case let .pushClip(rect):
                digest.add(4)
                for value in [rect.x, rect.y, rect.width, rect.height] { digest.add(value) }
            case .popClip:
                digest.add(5)
            }
        }
        return digest.hex
    }

    /// Rasterises the drawing to PNG bytes.
    public func renderPNG(writer: PNGWriter = .optimized) throws -> [UInt8] {
        let renderer = try CairoRenderer(width: width, height: height, scale: scale)
        for operation in operations {
            switch operation {
            case let .fill(path, color, rule): renderer.fill(path, color: color, rule: rule)
            case let .stroke(path, style): renderer.stroke(path, style: style)
            case let .text(string, point, style): renderer.text(string, at: point, style: style)
            case let .pushClip(rect): renderer.pushClip(rect)
            case .popClip: renderer.popClip()
            }
        }
        switch writer {
        case .cairo:
            return try renderer.cairoPNG()
        case .optimized:
            return try renderer.withPixels { pixels, w, h, stride in
                try PNGEncoder.encode(argb: pixels, width: w, height: h, stride: stride)
            }
        }
    }

    private static func add(_ path: Path, to digest: inout DrawingDigest) {
        digest.add(path.elements.count)
        for element in path.elements {
            switch element {
            case .move(let p): digest.add(1); digest.add(p.x); digest.add(p.y)
            case .line(let p): digest.add(2); digest.add(p.x); digest.add(p.y)
            case .close: digest.add(3)
            case let .circle(center, radius): digest.add(4); digest.add(center.x); digest.add(center.y); digest.add(radius)
            }
        }
    }

    private static func add(_ color: Color, to digest: inout DrawingDigest) {
        for value in [color.red, color.green, color.blue, color.alpha] { digest.add(value) }
    }

    private static func code(_ alignment: HorizontalAlignment) -> Int {
        switch alignment { case .leading: 1; case .center: 2; case .trailing: 3 }
    }

    private static func code(_ alignment: VerticalAlignment) -> Int {
        switch alignment { case .top: 1; case .center: 2; case .baseline: 3; case .bottom: 4 }
    }

    /// Records operations; measures text with a one-pixel Cairo surface at the drawing's scale.
    private final class Recorder: Renderer {
        var operations: [Operation] = []
        private let measurer: CairoRenderer

        init(scale: Double) throws { measurer = try CairoRenderer(width: 1, height: 1, scale: scale) }

        func fill(_ path: Path, color: Color, rule: FillRule) {
            guard !path.isEmpty else { return }
            operations.append(.fill(path, color, rule))
        }
        func stroke(_ path: Path, style: StrokeStyle) {
            guard !path.isEmpty else { return }
            operations.append(.stroke(path, style))
        }
        func text(_ string: String, at point: Point, style: TextStyle) {
            guard !string.isEmpty else { return }
            operations.append(.text(string, point, style))
        }
        func measure(_ string: String, size: Double, bold: Bool) -> Size { measurer.measure(string, size: size, bold: bold) }
        func pushClip(_ rect: Rect) { operations.append(.pushClip(rect)) }
        func popClip() { operations.append(.popClip) }
        func beginGroup(_ name: String) {}
        func endGroup() {}
    }
}
