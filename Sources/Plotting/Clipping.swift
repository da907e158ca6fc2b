/// Polyline clipping in pixel space, so that huge coordinates (a diverged run at
/// 1e300) never reach the rasterizer, and non-finite points split the line.
enum Clipping {
    /// The pieces of `points` inside `rect`; non-finite points break the polyline.
    static func polylines(_ points: [Point], in rect: Rect) -> [[Point]] {
        var pieces: [[Point]] = []
        var current: [Point] = []
        func flush() {
            if current.count >= 2 { pieces.append(current) }
            current = []
        }
        guard points.count >= 2 else {
            if let p = points.first, p.isFinite, rect.contains(p) { return [[p]] }
            return []
        }
        for k in 1..<points.count {
            let a = points[k - 1], b = points[k]
            guard a.isFinite, b.isFinite, let (ca, cb) = segment(a, b, in: rect) else {
                flush()
                continue
            }
            if let last = current.last, last == ca {
                current.append(cb)
            } else {
                flush()
                current = [ca, cb]
            }
            if cb != b { flush() }
        }
        flush()
        return pieces
    }

    /// Liang–Barsky: the part of segment a–b inside `rect`, or nil.
    static func segment(_ a: Point, _ b: Point, in rect: Rect) -> (Point, Point)? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        let checks: [(Double, Double)] = [(-dx, a.x - rect.minX), (dx, rect.maxX - a.x),
                                          (-dy, a.y - rect.minY), (dy, rect.maxY - a.y)]
        for (p, q) in checks {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 {
                    if r > t1 { return nil }
                    if r > t0 { t0 = r }
                } else {
                    if r < t0 { return nil }
                    if r < t1 { t1 = r }
                }
            }
        }
        guard t0.isFinite, t1.isFinite else { return nil }
        let pa = t0 == 0 ? a : Point(a.x + t0 * dx, a.y + t0 * dy)
        let pb = t1 == 1 ? b : Point(a.x + t1 * dx, a.y + t1 * dy)
        return (pa, pb)
    }

    /// Where the ray from `a` in direction `d` leaves `rect` (a inside), or nil.
    static func exit(from a: Point, direction d: Point, in rect: Rect) -> Point? {
        guard d.isFinite, d.length > 0 else { return nil }
        var t = Double.infinity
        if d.x > 0 { t = min(t, (rect.maxX - a.x) / d.x) }
        if d.x < 0 { t = min(t, (rect.minX - a.x) / d.x) }
        if d.y > 0 { t = min(t, (rect.maxY - a.y) / d.y) }
        if d.y < 0 { t = min(t, (rect.minY - a.y) / d.y) }
        guard t.isFinite, t >= 0 else { return nil }
        return a + d * t
    }
}
