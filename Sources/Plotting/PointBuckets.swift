/// Points sorted into square cells, so that the points near a rectangle are found without
/// reading them all: contour labels look for the spot farthest from a plot's trajectories,
/// and a trajectory densified every few pixels has thousands of points.
struct PointBuckets {
    /// The side of a cell, in the points' units.
    let cell: Double
    private var buckets: [Cell: [Point]] = [:]

    private struct Cell: Hashable {
        var column: Int
        var row: Int
    }

    /// A cell index past which a point is too far from any plot to matter (and past which
    /// `Int(_:)` could not hold it).
    private static let farthestCell = 1e9

    /// Buckets `points` in cells of side `cell`; points that are not finite are dropped (no
    /// distance to them is ever smaller than another's), and so are points beyond a billion cells.
    init(_ points: [Point], cell: Double) {
        precondition(cell > 0, "a bucket cell has a positive side")
        self.cell = cell
        for p in points where p.isFinite {
            let (c, r) = ((p.x / cell).rounded(.down), (p.y / cell).rounded(.down))
            guard abs(c) < Self.farthestCell, abs(r) < Self.farthestCell else { continue }
            buckets[Cell(column: Int(c), row: Int(r)), default: []].append(p)
        }
    }

    /// The distance from `box` to the nearest point, exact whenever it is below `limit`;
    /// otherwise some value at least `limit` (infinity when no point is within reach). The
    /// box must lie within a billion cells of the origin.
    func nearestDistance(to box: Rect, limit: Double) -> Double {
        let first = Cell(column: Int(((box.minX - limit) / cell).rounded(.down)), row: Int(((box.minY - limit) / cell).rounded(.down)))
        let last = Cell(column: Int(((box.maxX + limit) / cell).rounded(.down)), row: Int(((box.maxY + limit) / cell).rounded(.down)))
        var nearest = Double.infinity
        for column in first.column...last.column {
            for row in first.row...last.row {
                for q in buckets[Cell(column: column, row: row)] ?? [] { nearest = min(nearest, box.distance(to: q)) }
            }
        }
        return nearest
    }
}
