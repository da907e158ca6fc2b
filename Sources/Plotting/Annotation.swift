/// A text label with an arrow pointing at a data point ("local minimum", "saddle point").
///
/// ```swift
/// Annotation("global minimum", at: (-2.9, -2.8), offset: (0, 40))
/// ```
public struct Annotation: Mark {
    /// The text.
    public var text: String
    /// The data point the arrow points at.
    public var point: Point
    /// Where the text is centred, in data coordinates; nil uses `offset`.
    public var textPosition: Point?
    /// Text centre relative to the point in CSS pixels (x right, y down) when `textPosition` is nil.
    public var offset: Point
    /// Fixed colour; nil uses the theme's text colour.
    public var color: Color?

    /// Creates an annotation; the text sits at `textAt` (data) or `offset` pixels from the point.
    public init(_ text: String, at point: (Double, Double), textAt: (Double, Double)? = nil,
                offset: (Double, Double) = (40, -40), color: Color? = nil) {
        self.text = text
        self.point = Point(point)
        self.textPosition = textAt.map(Point.init)
        self.offset = Point(offset)
        self.color = color
    }

    public var bounds: DataBounds? { point.isFinite ? DataBounds(x: point.x...point.x, y: point.y...point.y) : nil }

    func textBox(in context: PlotContext) -> Rect? {
        let target = context.pixel(point)
        guard target.isFinite else { return nil }
        let centre = textPosition.map(context.pixel) ?? target + offset
        let size = context.renderer.measure(text, size: Fonts.annotation, bold: false)
        let rect = context.plotRect
        let x = min(max(centre.x - size.width / 2, rect.minX + 3), rect.maxX - size.width - 3)
        let y = min(max(centre.y - size.height / 2, rect.minY + 3), rect.maxY - size.height - 3)
        return Rect(x: x, y: y, width: size.width, height: size.height)
    }

    public func draw(in context: PlotContext) {
        guard let box = textBox(in: context) else { return }
        let r = context.renderer
        let color = self.color?.adapted(to: context.theme) ?? context.textColor
        let target = context.pixel(point)
        r.beginGroup("annotation")
        defer { r.endGroup() }
        r.fill(.rect(box.insetBy(-2)), color: context.backgroundColor.opacity(0.8))
        r.text(text, at: Point(box.minX, box.minY),
               style: TextStyle(size: Fonts.annotation, color: color, vertical: .top))
        // The arrow leaves the text box where the line to the target crosses it.
        let plate = box.insetBy(-4)
        guard !plate.contains(target) else { return }
        let c = box.center
        let d = target - c
        var t = 1.0
        if d.x != 0 { t = min(t, (d.x > 0 ? plate.maxX - c.x : plate.minX - c.x) / d.x) }
        if d.y != 0 { t = min(t, (d.y > 0 ? plate.maxY - c.y : plate.minY - c.y) / d.y) }
        let start = c + d * t
        let length = (target - start).length
        guard length > 6 else { return }
        let tip = target - d * (3 / d.length)
        r.stroke(.polyline([start, tip - d * (5 / d.length)]), style: StrokeStyle(color: color, width: 1.2))
        r.fill(Markers.arrowhead(at: tip, direction: d, size: 8), color: color)
    }

    public func occupiedPoints(in context: PlotContext) -> [Point] {
        guard let b = textBox(in: context) else { return [] }
        return [Point(b.minX, b.minY), Point(b.maxX, b.minY), Point(b.minX, b.maxY), Point(b.maxX, b.maxY), b.center]
    }
}

/// A marked minimum (a star), optionally named in the legend.
public struct Minimum: Mark {
    /// Location.
    public var point: Point
    /// Legend text.
    public var label: String?

    /// Marks a minimum at `point`.
    public init(_ point: (Double, Double), label: String? = nil) {
        self.point = Point(point)
        self.label = label
    }

    static let color = Color(hex: 0xE8B000)

    public var bounds: DataBounds? { point.isFinite ? DataBounds(x: point.x...point.x, y: point.y...point.y) : nil }

    public func legendEntries(color: Color, theme: Theme) -> [LegendEntry] {
        label.map { [LegendEntry(label: $0, color: Self.color, symbol: .star)] } ?? []
    }

    public func draw(in context: PlotContext) {
        let p = context.pixel(point)
        guard p.isFinite else { return }
        context.renderer.group("minimum") {
            Markers.star(at: p, radius: 8, color: Self.color, outline: context.theme == .light ? .black : .white,
                         renderer: context.renderer)
        }
    }

    public func occupiedPoints(in context: PlotContext) -> [Point] { [context.pixel(point)] }
}
