/// Lays out and draws a plot's legend where it covers the fewest data points.
enum Legend {
    static let rowHeight = 18.0
    static let symbolWidth = 24.0
    static let padding = 7.0
    static let inset = 8.0

    /// Candidate boxes in preference order for a legend of `size` inside `plot`.
    static func candidates(size: Size, in plot: Rect) -> [(LegendPlacement, Rect)] {
        let l = plot.minX + inset, r = plot.maxX - inset - size.width
        let t = plot.minY + inset, b = plot.maxY - inset - size.height
        let cx = plot.center.x - size.width / 2, cy = plot.center.y - size.height / 2
        func box(_ x: Double, _ y: Double) -> Rect { Rect(x: x, y: y, width: size.width, height: size.height) }
        // Corners first (preferred on ties), then edge midpoints.
        return [
            (.topRight, box(r, t)), (.topLeft, box(l, t)), (.bottomRight, box(r, b)), (.bottomLeft, box(l, b)),
            (.automatic, box(r, cy)), (.automatic, box(cx, t)), (.automatic, box(l, cy)), (.automatic, box(cx, b)),
        ]
    }

    /// The box chosen for the legend (exposed for tests).
    static func placement(size: Size, in plot: Rect, avoiding points: [Point],
                          preferred: LegendPlacement) -> (LegendPlacement, Rect) {
        let all = candidates(size: size, in: plot)
        if preferred != .automatic, let c = all.first(where: { $0.0 == preferred }) { return c }
        var best = all[0]
        var bestScore = Int.max
        for c in all {
            let grown = c.1.insetBy(-4)
            let score = points.reduce(0) { $0 + (grown.contains($1) ? 1 : 0) }
            if score < bestScore {
                best = c
                bestScore = score
            }
        }
        return best
    }

    static func size(of entries: [LegendEntry], renderer r: any Renderer) -> Size {
        let textWidth = entries.map { r.measure($0.label, size: Fonts.legend, bold: false).width }.max() ?? 0
        return Size(width: padding * 2 + symbolWidth + 6 + textWidth,
                    height: padding * 2 + rowHeight * Double(entries.count) - 2)
    }

    /// Where a legend placed by the author (a corner, not `.automatic`) will be, so that contour
    /// labels can keep out of it; nil when the legend finds its own place or is hidden.
    static func fixedBox(_ entries: [LegendEntry], placement: LegendPlacement, in plot: Rect, renderer r: any Renderer) -> Rect? {
        guard !entries.isEmpty, placement != .automatic, placement != .hidden else { return nil }
        return candidates(size: size(of: entries, renderer: r), in: plot).first { $0.0 == placement }?.1
    }

    static func draw(_ entries: [LegendEntry], placement: LegendPlacement, in plot: Rect, avoiding: [Point],
                     renderer r: any Renderer, theme: Theme) {
        guard !entries.isEmpty else { return }
        let chrome = theme.chrome
        let size = size(of: entries, renderer: r)
        let (_, box) = Legend.placement(size: size, in: plot, avoiding: avoiding, preferred: placement)
        r.group("legend") {
            let frame = Rect(x: Axes.snap(box.minX), y: Axes.snap(box.minY), width: box.width.rounded(),
                             height: box.height.rounded())
            r.fill(.rect(frame), color: chrome.legendBackground)
            r.stroke(.rect(frame), style: StrokeStyle(color: chrome.legendBorder, width: 1, round: false))
            for (i, e) in entries.enumerated() {
                let cy = box.minY + padding + rowHeight * (Double(i) + 0.5) - 1
                let sx = box.minX + padding
                r.group("legend-entry") {
                    switch e.symbol {
                    case let .line(dashed, marker):
                        r.stroke(.polyline([Point(sx, cy), Point(sx + symbolWidth, cy)]),
                                 style: StrokeStyle(color: e.color, width: 2, dash: dashed ? [5, 3] : []))
                        if marker {
                            r.fill(.circle(Point(sx + symbolWidth / 2, cy), radius: 3), color: e.color)
                        }
                    case .marker:
                        r.fill(.circle(Point(sx + symbolWidth / 2, cy), radius: 4), color: e.color)
                    case .star:
                        Markers.star(at: Point(sx + symbolWidth / 2, cy), radius: 6.5, color: e.color,
                                     outline: theme == .light ? .black : .white, renderer: r)
                    case .swatch:
                        r.fill(.rect(Rect(x: sx + 3, y: cy - 6, width: symbolWidth - 6, height: 12)), color: e.color)
                    }
                    r.text(e.label, at: Point(sx + symbolWidth + 6, cy),
                           style: TextStyle(size: Fonts.legend, color: chrome.text, vertical: .center))
                }
            }
        }
    }
}
