/// What a figure will not show although its data asked for it — the plots that would otherwise
/// come out silently empty or with holes: samples of a contour or surface grid that are NaN or
/// ±∞, points that are not finite, and values ≤ 0 on a logarithmic axis (which has no place for
/// them). `show(…)` prints each as a warning at the line that showed the figure, and the build
/// reports it there.
extension Figure {
    /// One sentence per problem, naming the panel and the mark; empty when everything is drawn.
    public var dataWarnings: [String] {
        if !panels.isEmpty {
            return panels.enumerated().flatMap { index, panel in
                panel.dataWarnings.map { "panel \(index + 1)\(panel.title.map { " (“\($0)”)" } ?? ""): \($0)" }
            }
        }
        var warnings: [String] = []
        for mark in marks {
            switch mark {
            case let contour as Contour:
                warnings += Self.gridWarnings(contour.grid, kind: "contour")
            case let surface as Surface:
                warnings += Self.gridWarnings(surface.grid, kind: "surface")
            case let line as Line:
                warnings += pointWarnings(line.points, name: line.label.map { "line “\($0)”" } ?? "a line")
            case let trajectory as Trajectory:
                // A trajectory that diverges is labelled as such on the plot: only the log axes matter here.
                warnings += pointWarnings(trajectory.drawable, name: trajectory.label.map { "trajectory “\($0)”" } ?? "a trajectory",
                                          checksFinite: false)
            case let points as Points:
                warnings += pointWarnings(points.points, name: points.label.map { "points “\($0)”" } ?? "a set of points")
            default:
                continue
            }
        }
        return warnings
    }

    static func gridWarnings(_ grid: Grid, kind: String) -> [String] {
        let bad = grid.values.lazy.filter { !$0.isFinite }.count
        guard bad > 0 else { return [] }
        let nan = grid.values.lazy.filter(\.isNaN).count
        let what = nan == bad ? "NaN" : nan == 0 ? "±∞" : "NaN or ±∞"
        if bad == grid.values.count {
            return ["every sample of the \(kind) grid is \(what): nothing is drawn — check the function over x \(grid.x), y \(grid.y)"]
        }
        return ["\(bad) of \(grid.values.count) samples of the \(kind) grid are \(what): those cells are left empty — narrow the box or check the function"]
    }

    func pointWarnings(_ points: some Collection<Point>, name: String, checksFinite: Bool = true) -> [String] {
        guard !points.isEmpty else { return [] }
        var warnings: [String] = []
        if checksFinite {
            let bad = points.filter { !$0.isFinite }.count
            if bad == points.count {
                warnings.append("every point of \(name) is NaN or ±∞: nothing is drawn")
                return warnings
            } else if bad > 0 {
                warnings.append("\(bad) of \(points.count) points of \(name) are NaN or ±∞ and are not drawn")
            }
        }
        for (axis, scale, value) in [("x", xScale, \Point.x), ("y", yScale, \Point.y)] where scale == .log {
            let bad = points.filter { $0[keyPath: value] <= 0 }.count
            guard bad > 0 else { continue }
            warnings.append(bad == points.count
                ? "the \(axis) axis is logarithmic but every value of \(name) is ≤ 0: nothing is drawn"
                : "the \(axis) axis is logarithmic but \(bad) of \(points.count) values of \(name) are ≤ 0 and are not drawn")
        }
        return warnings
    }
}
