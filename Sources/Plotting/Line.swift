/// A line series: loss against step, a learning-rate schedule, or a 1-D function curve.
public struct Line: Mark {
    /// Data points in order; non-finite points (or ≤ 0 on a log axis) leave gaps.
    public var points: [Point]
    /// Legend text; nil leaves the series out of the legend.
    public var label: String?
    /// Fixed colour; nil takes the next series colour.
    public var color: Color?
    /// Dashed stroke.
    public var dashed: Bool
    /// Stroke width in CSS pixels.
    public var width: Double

    /// A series over step indices 0, 1, 2, …
    public init(_ values: [Double], label: String? = nil, color: Color? = nil, dashed: Bool = false,
                width: Double = 1.8) {
        self.init(points: values.enumerated().map { Point(Double($0.offset), $0.element) }, label: label,
                  color: color, dashed: dashed, width: width)
    }

    /// A series of (x, y) pairs.
    public init(_ points: [(Double, Double)], label: String? = nil, color: Color? = nil, dashed: Bool = false,
                width: Double = 1.8) {
        self.init(points: points.map(Point.init), label: label, color: color, dashed: dashed, width: width)
    }

    /// A series from parallel x and y arrays (the shorter length wins).
    public init(x: [Double], y: [Double], label: String? = nil, color: Color? = nil, dashed: Bool = false,
                width: Double = 1.8) {
        self.init(points: zip(x, y).map { Point($0, $1) }, label: label, color: color, dashed: dashed, width: width)
    }

    /// The curve of `function` sampled at `samples` points over `x`.
    public init(x: ClosedRange<Double>, samples: Int = 400, label: String? = nil, color: Color? = nil,
                dashed: Bool = false, width: Double = 1.8, function: (Double) -> Double) {
        let n = min(max(samples, 2), 100_000)
        let pts = (0..<n).map { i -> Point in
            let t = x.lowerBound + (x.upperBound - x.lowerBound) * Double(i) / Double(n - 1)
            return Point(t, function(t))
        }
        self.init(points: pts, label: label, color: color, dashed: dashed, width: width)
    }

    /// A series of points.
    public init(points: [Point], label: String? = nil, color: Color? = nil, dashed: Bool = false,
                width: Double = 1.8) {
        self.points = points
        self.label = label
        self.color = color
        self.dashed = dashed
        self.width = width
    }

    public var bounds: DataBounds? { DataBounds(points: points) }
    public var usesSeriesColor: Bool { color == nil }

    func resolvedColor(_ context: PlotContext) -> Color { color?.adapted(to: context.theme) ?? context.color }

    public func legendEntries(color: Color, theme: Theme) -> [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, color: self.color?.adapted(to: theme) ?? color,
                            symbol: .line(dashed: dashed, marker: false))]
    }

    public func draw(in context: PlotContext) {
        let pixels = points.map(context.pixel)
        var path = Path()
        for piece in Clipping.polylines(pixels, in: context.plotRect.insetBy(-20)) where piece.count >= 2 {
            path.addPolyline(piece)
        }
        context.renderer.group("line") {
            context.renderer.stroke(path, style: StrokeStyle(color: resolvedColor(context), width: width,
                                                             dash: dashed ? [6, 4] : []))
        }
    }

    public func occupiedPoints(in context: PlotContext) -> [Point] {
        let stride = max(1, points.count / 400)
        let sampled = Swift.stride(from: 0, to: points.count, by: stride).map { context.pixel(points[$0]) }
        return Clipping.polylines(sampled, in: context.plotRect).flatMap { Markers.densify($0, spacing: 8) }
    }
}
