/// Isolines of a sampled function: marching squares as a pure function of a grid.
///
/// Coordinates are grid positions (x = column, y = row). A cell whose corners are
/// not all comparable (any NaN) produces nothing, which leaves a gap. Infinite
/// corners are allowed: a crossing next to one sits on the finite corner. Saddle
/// cells are resolved with the mean of the four corners.
public enum MarchingSquares {
    /// One isoline: an open polyline (ending at the grid edge or a gap) or a closed ring.
    public struct Line: Sendable, Hashable {
        /// Vertices in order; a closed ring does not repeat its first vertex.
        public var points: [Point]
        /// True for a ring.
        public var isClosed: Bool

        /// Creates a line.
        public init(points: [Point], isClosed: Bool) {
            self.points = points
            self.isClosed = isClosed
        }
    }

    /// The isolines at `level` of row-major `values` (`columns` × `rows`).
    public static func isolines(values: [Double], columns: Int, rows: Int, level: Double) -> [Line] {
        guard columns >= 2, rows >= 2, values.count >= columns * rows else { return [] }
        var table = CrossingTable(edges: columns * rows * 2)
        return isolines(values: values, columns: columns, rows: rows, level: level, table: &table)
    }

    /// One level, reusing `crossing` (left clean for the next level).
    static func isolines(values: [Double], columns: Int, rows: Int, level: Double,
                         table crossing: inout CrossingTable) -> [Line] {
        guard columns >= 2, rows >= 2, values.count >= columns * rows, !level.isNaN else { return [] }
        // Segments between edge crossings; an edge id names the crossing it holds.
        var segA: [Int] = [], segB: [Int] = []
        defer { crossing.reset(segA + segB) }
        func hEdge(_ i: Int, _ j: Int) -> Int { (j * columns + i) * 2 }
        func vEdge(_ i: Int, _ j: Int) -> Int { (j * columns + i) * 2 + 1 }
        func t(_ a: Double, _ b: Double) -> Double {
            if !a.isFinite { return 1 }
            if !b.isFinite { return 0 }
            let u = (level - a) / (b - a)
            return u.isFinite ? min(max(u, 0), 1) : 0.5
        }
        for j in 0..<(rows - 1) {
            for i in 0..<(columns - 1) {
                let v0 = values[j * columns + i], v1 = values[j * columns + i + 1]
                let v2 = values[(j + 1) * columns + i + 1], v3 = values[(j + 1) * columns + i]
                if v0.isNaN || v1.isNaN || v2.isNaN || v3.isNaN { continue }
                let code = (v0 >= level ? 1 : 0) | (v1 >= level ? 2 : 0) | (v2 >= level ? 4 : 0) | (v3 >= level ? 8 : 0)
                if code == 0 || code == 15 { continue }
                let bottom = hEdge(i, j), top = hEdge(i, j + 1), left = vEdge(i, j), right = vEdge(i + 1, j)
                func cross(_ e: Int) {
                    guard !crossing.has(e) else { return }
                    let fi = Double(i), fj = Double(j)
                    switch e {
                    case bottom: crossing[e] = Point(fi + t(v0, v1), fj)
                    case top: crossing[e] = Point(fi + t(v3, v2), fj + 1)
                    case left: crossing[e] = Point(fi, fj + t(v0, v3))
                    default: crossing[e] = Point(fi + 1, fj + t(v1, v2))
                    }
                }
                func seg(_ a: Int, _ b: Int) {
                    cross(a)
                    cross(b)
                    segA.append(a)
                    segB.append(b)
                }
                switch code {
                case 1, 14: seg(left, bottom)
                case 2, 13: seg(bottom, right)
                case 3, 12: seg(left, right)
                case 4, 11: seg(right, top)
                case 6, 9: seg(bottom, top)
                case 7, 8: seg(left, top)
                case 5, 10:
                    let centre = (v0 + v1 + v2 + v3) / 4
                    // Case 5: v0 and v2 are above. If the centre is above too, they connect
                    // through the middle and the cut corners are v1 and v3.
                    let cutOddCorners = (code == 5) == (centre >= level)
                    if cutOddCorners {
                        seg(bottom, right)
                        seg(top, left)
                    } else {
                        seg(left, bottom)
                        seg(right, top)
                    }
                default: break
                }
            }
        }
        return stitch(segA, segB, &crossing)
    }

    /// Crossing points and segment incidence indexed by edge id (flat arrays, no hashing).
    struct CrossingTable {
        var points: [Point]
        var present: [Bool]
        var first: [Int32]
        var second: [Int32]

        init(edges: Int) {
            points = Array(repeating: Point(0, 0), count: edges)
            present = Array(repeating: false, count: edges)
            first = Array(repeating: -1, count: edges)
            second = Array(repeating: -1, count: edges)
        }

        func has(_ e: Int) -> Bool { present[e] }

        subscript(e: Int) -> Point? {
            get { present[e] ? points[e] : nil }
            set {
                if let p = newValue {
                    points[e] = p
                    present[e] = true
                }
            }
        }

        mutating func link(_ e: Int, _ segment: Int) {
            if first[e] < 0 { first[e] = Int32(segment) } else { second[e] = Int32(segment) }
        }

        /// Clears the given edges.
        mutating func reset(_ edges: [Int]) {
            for e in edges {
                present[e] = false
                first[e] = -1
                second[e] = -1
            }
        }

        func degree(_ e: Int) -> Int { (first[e] >= 0 ? 1 : 0) + (second[e] >= 0 ? 1 : 0) }
    }

    /// Joins segments that share a crossing into polylines and rings, in a deterministic order.
    static func stitch(_ a: [Int], _ b: [Int], _ table: inout CrossingTable) -> [Line] {
        for s in a.indices {
            table.link(a[s], s)
            table.link(b[s], s)
        }
        var used = [Bool](repeating: false, count: a.count)
        var lines: [Line] = []
        func walk(from segment: Int, startingAt edge: Int) -> (points: [Point], closed: Bool) {
            var points = [table.points[edge]]
            var s = segment
            var at = edge
            while true {
                used[s] = true
                let next = a[s] == at ? b[s] : a[s]
                if next == edge { return (points, true) }
                points.append(table.points[next])
                let f = Int(table.first[next]), g = Int(table.second[next])
                if f >= 0, !used[f] { s = f } else if g >= 0, !used[g] { s = g } else { return (points, false) }
                at = next
            }
        }
        // Open lines first, each starting from a crossing used by one segment only.
        for s in a.indices where !used[s] {
            for end in [a[s], b[s]] where table.degree(end) == 1 && !used[s] {
                let (points, _) = walk(from: s, startingAt: end)
                lines.append(Line(points: points, isClosed: false))
            }
        }
        for s in a.indices where !used[s] {
            let (points, closed) = walk(from: s, startingAt: a[s])
            lines.append(Line(points: points, isClosed: closed))
        }
        return lines
    }

    /// Isolines of `grid` at each level, in data coordinates (one array per level).
    public static func isolines(_ grid: Grid, levels: [Double]) -> [[Line]] {
        var table = CrossingTable(edges: grid.columns * grid.rows * 2)
        return levels.map { level in
            isolines(values: grid.values, columns: grid.columns, rows: grid.rows, level: level, table: &table).map { line in
                Line(points: line.points.map { grid.dataPoint(column: $0.x, row: $0.y) }, isClosed: line.isClosed)
            }
        }
    }

    /// Closed boundaries of the region where `grid` ≥ `level` (fill with the even-odd rule):
    /// the grid is framed by −∞ and NaN counts as −∞, so every isoline closes along the box edge.
    public static func regionBoundaries(_ grid: Grid, level: Double) -> [Line] {
        let c = grid.columns + 2, r = grid.rows + 2
        var padded = [Double](repeating: -.infinity, count: c * r)
        for j in 0..<grid.rows {
            for i in 0..<grid.columns {
                let v = grid.values[j * grid.columns + i]
                padded[(j + 1) * c + i + 1] = v.isNaN ? -.infinity : v
            }
        }
        return isolines(values: padded, columns: c, rows: r, level: level).map { line in
            Line(points: line.points.map { grid.dataPoint(column: $0.x - 1, row: $0.y - 1) }, isClosed: line.isClosed)
        }
    }
}
