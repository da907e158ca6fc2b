/// The path of an optimizer run: iterates joined in order, with step markers,
/// a hollow start marker, a filled end marker and arrowheads showing the direction.
/// A run that diverges (a given `divergedAt`, or a non-finite iterate) is drawn up to the
/// plot edge and labelled "diverged at step k"; a run that merely leaves the plotted box
/// for good is labelled "leaves the plot at step k", since the figure cannot know more.
///
/// ```swift
/// Trajectory([(-5, 2), (-4.2, -1.6), (-3.5, 1.3)], label: "GD, η = 0.4")
/// Trajectory(iterates: [2, -1.6, 1.28], on: { $0 * $0 }, label: "η = 0.9")   // 1-D
/// ```
public struct Trajectory: Mark {
    /// Iterates in order (step 0 first).
    public var points: [Point]
    /// Legend text.
    public var label: String?
    /// The step at which the run diverged; nil detects it (first non-finite iterate,
    /// or the run ending outside the plot).
    public var divergedAt: Int?
    /// Fixed colour; nil takes the next series colour.
    public var color: Color?
    /// Small dots at every iterate.
    public var showsSteps: Bool

    /// A run from (x, y) pairs.
    public init(_ points: [(Double, Double)], label: String? = nil, divergedAt: Int? = nil, color: Color? = nil,
                showsSteps: Bool = true) {
        self.init(points: points.map(Point.init), label: label, divergedAt: divergedAt, color: color,
                  showsSteps: showsSteps)
    }

    /// A run from points.
    public init(points: [Point], label: String? = nil, divergedAt: Int? = nil, color: Color? = nil,
                showsSteps: Bool = true) {
        self.points = points
        self.label = label
        self.divergedAt = divergedAt
        self.color = color
        self.showsSteps = showsSteps
    }

    /// A 1-D run drawn on the curve of `function`: the iterates are (xₖ, f(xₖ)).
    public init(iterates: [Double], on function: (Double) -> Double, label: String? = nil, divergedAt: Int? = nil,
                color: Color? = nil, showsSteps: Bool = true) {
        self.init(points: iterates.map { Point($0, function($0)) }, label: label, divergedAt: divergedAt,
                  color: color, showsSteps: showsSteps)
    }

    /// Index of the first unusable iterate (non-finite), if any.
    var firstNonFinite: Int? { points.firstIndex { !$0.isFinite } }

    /// The iterates before the divergence.
    var drawable: ArraySlice<Point> {
        let end = min(points.count, divergedAt ?? firstNonFinite ?? points.count)
        return points[..<max(0, end)]
    }

    public var bounds: DataBounds? { DataBounds(points: drawable.filter { abs($0.x) < 1e150 && abs($0.y) < 1e150 }) }
    public var usesSeriesColor: Bool { color == nil }

    public func legendEntries(color: Color, theme: Theme) -> [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, color: self.color?.adapted(to: theme) ?? color,
                            symbol: .line(dashed: false, marker: showsSteps))]
    }

    /// The step where the run is considered diverged in this view, if any.
    func divergence(in context: PlotContext) -> Int? {
        if let k = divergedAt ?? firstNonFinite { return k < points.count || divergedAt != nil ? k : nil }
        let rect = context.plotRect.insetBy(-1)
        guard let last = points.last, !rect.contains(context.pixel(last)),
              let first = points.first, rect.contains(context.pixel(first)) else { return nil }
        var k = points.count - 1
        while k > 0, !rect.contains(context.pixel(points[k - 1])) { k -= 1 }
        return k
    }

    public func draw(in context: PlotContext) {
        let r = context.renderer
        let color = self.color?.adapted(to: context.theme) ?? context.color
        let diverged = divergence(in: context)
        let end = min(points.count, diverged.map { divergedAt != nil || firstNonFinite != nil ? $0 : $0 + 1 } ?? points.count)
        let pixels = points[..<end].map(context.pixel)
        let view = context.plotRect.insetBy(-30)
        r.beginGroup("trajectory")
        defer { r.endGroup() }
        var path = Path()
        for piece in Clipping.polylines(pixels, in: view) { path.addPolyline(piece) }
        // A halo in the background colour keeps the run legible over isolines.
        r.stroke(path, style: StrokeStyle(color: context.backgroundColor.opacity(0.8), width: 4.2))
        r.stroke(path, style: StrokeStyle(color: color, width: 1.8))
        Markers.arrowheads(along: pixels, in: context.plotRect, color: color, renderer: r)
        if showsSteps, pixels.count <= 2000 {
            var dots = Path()
            for p in pixels.dropFirst().dropLast() where p.isFinite && context.plotRect.contains(p) {
                dots.addCircle(center: p, radius: 2.1)
            }
            r.group("step-markers") { r.fill(dots, color: color) }
        }
        if let start = pixels.first, start.isFinite {
            r.group("start-marker") { Markers.start(at: start, color: color, context: context) }
        }
        if let k = diverged {
            drawDivergence(at: k, pixels: pixels, color: color, context: context)
        } else if let last = pixels.last, pixels.count > 1, last.isFinite {
            r.group("end-marker") { Markers.end(at: last, color: color, context: context) }
        }
    }

    /// "diverged at step k" when the run is known to have diverged; otherwise the path
    /// only left the view, and the label says just that.
    func divergenceText(at k: Int) -> String {
        divergedAt != nil || firstNonFinite != nil ? "diverged at step \(k)" : "leaves the plot at step \(k)"
    }

    private func drawDivergence(at k: Int, pixels: [Point], color: Color, context: PlotContext) {
        let rect = context.plotRect
        let finite = pixels.filter(\.isFinite)
        guard let last = finite.last else { return }
        var exitPoint: Point? = nil
        if rect.contains(last) {
            var direction: Point? = nil
            if k < points.count, points[k].isFinite {
                direction = context.pixel(points[k]) - last
            } else if finite.count >= 2 {
                direction = last - finite[finite.count - 2]
            }
            if let d = direction, d.isFinite, let exit = Clipping.exit(from: last, direction: d, in: rect) {
                context.renderer.stroke(.polyline([last, exit]),
                                        style: StrokeStyle(color: color, width: 1.5, dash: [4, 3]))
                exitPoint = exit
            } else {
                exitPoint = last
            }
        } else if let prev = finite.dropLast().last(where: { rect.contains($0) }),
                  let (a, b) = Clipping.segment(prev, last, in: rect) {
            _ = a
            exitPoint = b
        }
        guard let at = exitPoint else { return }
        context.renderer.group("divergence") {
            Markers.cross(at: at, color: color, renderer: context.renderer)
            Markers.calloutLabel(divergenceText(at: k), near: at, in: rect, color: color, context: context)
        }
    }

    public func occupiedPoints(in context: PlotContext) -> [Point] {
        Clipping.polylines(drawable.map(context.pixel), in: context.plotRect)
            .flatMap { Markers.densify($0, spacing: 6) }
    }
}
