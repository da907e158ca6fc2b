#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Level labels on a contour plot: a few isolines carry their value, written on the line in a
/// small box of background colour, so a reader can tell which way the function rises (the point
/// of a saddle's contours) and how fast.
///
/// Which levels: up to ``Contour/labelCount``, spread evenly over the levels that have a line at
/// least 60 px long. Where: each label goes at the point of its level's lines that is farthest
/// from what else the plot draws (trajectories, markers, annotations — their occupied points)
/// and from labels already placed, inside the plot; a level with no spot at least 12 px clear of
/// a trajectory is left unlabelled rather than written over a run.
enum ContourLabels {
    static let minimumLineLength = 60.0
    static let clearance = 12.0

    /// Draws the labels; returns the boxes they occupy (for the legend to avoid).
    @discardableResult
    static func draw(_ contour: Contour, in context: PlotContext, avoiding occupied: [Point]) -> [Rect] {
        let r = context.renderer
        let levels = contour.levelValues
        guard contour.labelCount > 0, !levels.isEmpty else { return [] }
        let lines = contour.isolines
        // Candidate spots per level: points along its lines, in pixels, every ~8 px.
        var candidates: [(level: Int, points: [Point])] = []
        for (k, levelLines) in lines.enumerated() {
            var points: [Point] = []
            var length = 0.0
            for line in levelLines {
                let pixels = line.points.map(context.pixel).filter(\.isFinite)
                for (a, b) in zip(pixels, pixels.dropFirst()) { length += (b - a).length }
                points += Markers.densify(pixels, spacing: 8)
            }
            if length >= minimumLineLength, !points.isEmpty { candidates.append((k, points)) }
        }
        guard !candidates.isEmpty else { return [] }
        let count = min(contour.labelCount, candidates.count)
        let chosen = (0..<count).map { i -> Int in
            count == 1 ? candidates.count / 2 : Int((Double(i) * Double(candidates.count - 1) / Double(count - 1)).rounded())
        }
        // Only distances below 80 px change a spot's score, so only nearby points are read.
        let nearby = PointBuckets(occupied, cell: 80)
        var placed: [Rect] = []
        let style = TextStyle(size: Fonts.tick, color: context.theme.chrome.secondaryText, horizontal: .center,
                              vertical: .center)
        r.beginGroup("level-labels")
        defer { r.endGroup() }
        for index in Set(chosen).sorted() {
            let candidate = candidates[index]
            let text = label(levels, candidate.level)
            let size = r.measure(text, size: Fonts.tick, bold: false)
            let half = Point(size.width / 2 + 3, size.height / 2 + 1)
            let inside = context.plotRect.insetBy(2)
            var best: (score: Double, point: Point)? = nil
            for p in candidate.points {
                let box = Rect(x: p.x - half.x, y: p.y - half.y, width: 2 * half.x, height: 2 * half.y)
                guard inside.contains(Point(box.minX, box.minY)), inside.contains(Point(box.maxX, box.maxY)) else { continue }
                guard !placed.contains(where: { $0.insetBy(-8).intersects(box) }) else { continue }
                let clear = nearby.nearestDistance(to: box, limit: 80)
                guard clear >= clearance else { continue }
                // Prefer spots away from runs and from other labels, and not at the plot's edge.
                var score = min(clear, 80)
                for other in placed { score += min((other.center - p).length, 200) / 10 }
                score -= max(0, 30 - min(p.x - inside.minX, inside.maxX - p.x, p.y - inside.minY, inside.maxY - p.y))
                if best == nil || score > best!.score { best = (score, p) }
            }
            guard let spot = best?.point else { continue }
            let box = Rect(x: spot.x - half.x, y: spot.y - half.y, width: 2 * half.x, height: 2 * half.y)
            placed.append(box)
            r.fill(.rect(box), color: context.backgroundColor.opacity(0.88))
            r.text(text, at: spot, style: style)
        }
        return placed
    }

    /// Level `index`'s value, with as many digits as the gap to its neighbours needs (linear
    /// and logarithmic spacings alike).
    static func label(_ levels: [Double], _ index: Int) -> String {
        var gap = Double.infinity
        if index > 0 { gap = min(gap, levels[index] - levels[index - 1]) }
        if index + 1 < levels.count { gap = min(gap, levels[index + 1] - levels[index]) }
        if !(gap.isFinite && gap > 0) { gap = abs(levels[index]) > 0 ? abs(levels[index]) : 1 }
        var text = Ticks.format(levels[index], step: gap)
        // "0.010" between 0.001 and 0.1 reads better as "0.01".
        if text.contains("."), !text.contains("×") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}

extension Rect {
    /// Distance from the rectangle to a point (0 inside).
    func distance(to p: Point) -> Double {
        let dx = max(minX - p.x, 0, p.x - maxX), dy = max(minY - p.y, 0, p.y - maxY)
        return (dx * dx + dy * dy).squareRoot()
    }
}
