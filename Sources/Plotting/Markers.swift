#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Marker and arrow drawing shared by marks.
enum Markers {
    static func start(at p: Point, color: Color, context: PlotContext) {
        context.renderer.fill(.circle(p, radius: 5.2), color: context.backgroundColor)
        context.renderer.stroke(.circle(p, radius: 5.2), style: StrokeStyle(color: color, width: 2))
    }

    static func end(at p: Point, color: Color, context: PlotContext) {
        let s = 5.0
        let square = Path.rect(Rect(x: p.x - s, y: p.y - s, width: 2 * s, height: 2 * s))
        context.renderer.fill(square, color: color)
        context.renderer.stroke(square, style: StrokeStyle(color: context.backgroundColor, width: 1.2, round: false))
    }

    /// A star for a minimum.
    static func star(at p: Point, radius: Double, color: Color, outline: Color, renderer: any Renderer) {
        var pts: [Point] = []
        for k in 0..<10 {
            let a = -Double.pi / 2 + Double(k) * Double.pi / 5
            let rr = k % 2 == 0 ? radius : radius * 0.45
            pts.append(Point(p.x + rr * cos(a), p.y + rr * sin(a)))
        }
        let path = Path.polyline(pts, closed: true)
        renderer.fill(path, color: color)
        renderer.stroke(path, style: StrokeStyle(color: outline, width: 1))
    }

    static func cross(at p: Point, color: Color, renderer: any Renderer) {
        let s = 5.0
        var path = Path()
        path.addPolyline([Point(p.x - s, p.y - s), Point(p.x + s, p.y + s)])
        path.addPolyline([Point(p.x - s, p.y + s), Point(p.x + s, p.y - s)])
        renderer.stroke(path, style: StrokeStyle(color: color, width: 2.2))
    }

    /// A filled triangular arrowhead at `tip` pointing along `direction`.
    static func arrowhead(at tip: Point, direction d: Point, size: Double) -> Path {
        let len = d.length
        guard len > 0, tip.isFinite else { return Path() }
        let u = Point(d.x / len, d.y / len), n = Point(-u.y, u.x)
        let base = tip - u * size
        return .polyline([tip, base + n * (size * 0.45), base - n * (size * 0.45)], closed: true)
    }

    /// Arrowheads at the middle of long enough segments, at most about a dozen spread evenly.
    static func arrowheads(along pixels: [Point], in rect: Rect, color: Color, renderer: any Renderer) {
        guard pixels.count >= 2 else { return }
        let candidates = (1..<pixels.count).filter { k in
            let a = pixels[k - 1], b = pixels[k]
            return a.isFinite && b.isFinite && (b - a).length > 16 && rect.contains((a + b) * 0.5)
        }
        guard !candidates.isEmpty else { return }
        let every = max(1, candidates.count / 12)
        var path = Path()
        for (n, k) in candidates.enumerated() where n % every == 0 {
            let a = pixels[k - 1], b = pixels[k]
            let mid = (a + b) * 0.5
            let d = b - a
            let tip = mid + d * (3.5 / d.length)
            path.append(arrowhead(at: tip, direction: d, size: 7.5))
        }
        renderer.group("arrowheads") { renderer.fill(path, color: color) }
    }

    /// A label with a background plate placed next to `p`, kept inside `rect`.
    static func calloutLabel(_ text: String, near p: Point, in rect: Rect, color: Color, context: PlotContext) {
        let r = context.renderer
        let size = r.measure(text, size: Fonts.annotation, bold: false)
        var x = p.x + 8, y = p.y - 10 - size.height
        if x + size.width + 4 > rect.maxX { x = p.x - 8 - size.width }
        if y < rect.minY + 2 { y = p.y + 10 }
        x = min(max(x, rect.minX + 4), rect.maxX - size.width - 4)
        y = min(max(y, rect.minY + 4), rect.maxY - size.height - 4)
        let plate = Rect(x: x - 3, y: y - 1, width: size.width + 6, height: size.height + 2)
        r.fill(.rect(plate), color: context.backgroundColor.opacity(0.85))
        r.text(text, at: Point(x, y), style: TextStyle(size: Fonts.annotation, bold: true, color: color, vertical: .top))
    }

    /// Points every `spacing` pixels along a polyline (for legend avoidance).
    static func densify(_ pixels: [Point], spacing: Double) -> [Point] {
        var out: [Point] = []
        for (k, p) in pixels.enumerated() where p.isFinite {
            out.append(p)
            guard k + 1 < pixels.count, pixels[k + 1].isFinite else { continue }
            let d = pixels[k + 1] - p
            let n = Int(min(200, max(0, d.length / spacing)))
            if n > 1 { for i in 1..<n { out.append(p + d * (Double(i) / Double(n))) } }
        }
        return out
    }
}
