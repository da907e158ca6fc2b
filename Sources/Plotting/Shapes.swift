/// A filled and/or stroked polygon (a convex set, a chord region).
public struct Polygon: Mark {
    /// Vertices in order.
    public var points: [Point]
    /// Fill colour; nil takes the series colour at 25% opacity.
    public var fill: Color?
    /// Outline colour; nil takes the series colour.
    public var stroke: Color?
    /// Whether to fill at all.
    public var filled: Bool
    /// Legend text.
    public var label: String?

    /// Creates a polygon from (x, y) vertices.
    public init(_ points: [(Double, Double)], label: String? = nil, filled: Bool = true, fill: Color? = nil,
                stroke: Color? = nil) {
        self.points = points.map(Point.init)
        self.label = label
        self.filled = filled
        self.fill = fill
        self.stroke = stroke
    }

    public var bounds: DataBounds? { DataBounds(points: points) }
    public var usesSeriesColor: Bool { fill == nil || stroke == nil }

    public func legendEntries(color: Color, theme: Theme) -> [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, color: (fill ?? stroke)?.adapted(to: theme) ?? color.opacity(0.6),
                            symbol: .swatch)]
    }

    public func draw(in context: PlotContext) {
        let pixels = points.map(context.pixel).filter(\.isFinite)
        guard pixels.count >= 2 else { return }
        let clamp = context.plotRect.insetBy(-1000)
        let safe = pixels.map { Point(min(max($0.x, clamp.minX), clamp.maxX), min(max($0.y, clamp.minY), clamp.maxY)) }
        let path = Path.polyline(safe, closed: true)
        context.renderer.group("polygon") {
            if filled {
                context.renderer.fill(path, color: fill?.adapted(to: context.theme) ?? context.color.opacity(0.25))
            }
            context.renderer.stroke(path, style: StrokeStyle(color: stroke?.adapted(to: context.theme) ?? context.color,
                                                             width: 1.8))
        }
    }

    public func occupiedPoints(in context: PlotContext) -> [Point] {
        let outline = (points + points.prefix(1)).map(context.pixel).filter(\.isFinite)
        guard filled, let box = DataBounds(points: outline) else { return Markers.densify(outline, spacing: 8) }
        // The filled interior counts too, sampled on a coarse pixel lattice.
        var inside: [Point] = []
        let view = context.plotRect
        var y = max(box.y.lowerBound, view.minY)
        while y <= min(box.y.upperBound, view.maxY) {
            var x = max(box.x.lowerBound, view.minX)
            while x <= min(box.x.upperBound, view.maxX) {
                if Self.contains(Point(x, y), polygon: outline) { inside.append(Point(x, y)) }
                x += 10
            }
            y += 10
        }
        return Markers.densify(outline, spacing: 8) + inside
    }

    /// Even-odd point-in-polygon test.
    static func contains(_ p: Point, polygon: [Point]) -> Bool {
        var inside = false
        var j = polygon.count - 1
        for i in polygon.indices {
            let a = polygon[i], b = polygon[j]
            if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
            j = i
        }
        return inside
    }
}

/// A straight segment between two points (a chord, a tangent).
public struct Segment: Mark {
    /// Start.
    public var from: Point
    /// End.
    public var to: Point
    /// Legend text.
    public var label: String?
    /// Fixed colour; nil takes the series colour.
    public var color: Color?
    /// Dashed stroke.
    public var dashed: Bool

    /// Creates a segment.
    public init(from: (Double, Double), to: (Double, Double), label: String? = nil, color: Color? = nil,
                dashed: Bool = false) {
        self.from = Point(from)
        self.to = Point(to)
        self.label = label
        self.color = color
        self.dashed = dashed
    }

    public var bounds: DataBounds? { DataBounds(points: [from, to]) }
    public var usesSeriesColor: Bool { color == nil }

    public func legendEntries(color: Color, theme: Theme) -> [LegendEntry] {
        label.map { [LegendEntry(label: $0, color: self.color?.adapted(to: theme) ?? color,
                                 symbol: .line(dashed: dashed, marker: true))] } ?? []
    }

    public func draw(in context: PlotContext) {
        let color = self.color?.adapted(to: context.theme) ?? context.color
        let pieces = Clipping.polylines([context.pixel(from), context.pixel(to)], in: context.plotRect.insetBy(-20))
        context.renderer.group("segment") {
            for piece in pieces {
                context.renderer.stroke(.polyline(piece), style: StrokeStyle(color: color, width: 1.8,
                                                                             dash: dashed ? [6, 4] : []))
            }
            for p in [from, to].map(context.pixel) where p.isFinite && context.plotRect.contains(p) {
                context.renderer.fill(.circle(p, radius: 3.5), color: color)
            }
        }
    }

    public func occupiedPoints(in context: PlotContext) -> [Point] {
        Markers.densify([context.pixel(from), context.pixel(to)], spacing: 8)
    }
}

/// A scatter of round points.
public struct Points: Mark {
    /// The points.
    public var points: [Point]
    /// Legend text.
    public var label: String?
    /// Fixed colour; nil takes the series colour.
    public var color: Color?
    /// Radius in CSS pixels.
    public var radius: Double

    /// Creates a scatter from (x, y) pairs.
    public init(_ points: [(Double, Double)], label: String? = nil, color: Color? = nil, radius: Double = 3.5) {
        self.points = points.map(Point.init)
        self.label = label
        self.color = color
        self.radius = radius
    }

    public var bounds: DataBounds? { DataBounds(points: points) }
    public var usesSeriesColor: Bool { color == nil }

    public func legendEntries(color: Color, theme: Theme) -> [LegendEntry] {
        label.map { [LegendEntry(label: $0, color: self.color?.adapted(to: theme) ?? color, symbol: .marker)] } ?? []
    }

    public func draw(in context: PlotContext) {
        var path = Path()
        let view = context.plotRect.insetBy(-radius)
        for p in points.map(context.pixel) where p.isFinite && view.contains(p) {
            path.addCircle(center: p, radius: radius)
        }
        context.renderer.group("points") {
            context.renderer.fill(path, color: color?.adapted(to: context.theme) ?? context.color)
        }
    }

    public func occupiedPoints(in context: PlotContext) -> [Point] { points.map(context.pixel).filter(\.isFinite) }
}
