#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 3-D view of a function of two variables from a fixed camera, as a shaded mesh
/// or a wireframe with hidden lines removed (painter's algorithm: far cells first).
///
/// ```swift
/// Figure(title: "Saddle", xLabel: "x₁", yLabel: "x₂") {
///     Surface(x: -1...1, y: -1...1) { x, y in x * x - y * y }
/// }
/// ```
public struct Surface: SelfFramedMark {
    /// How the mesh is drawn.
    public enum Style: Sendable, Hashable {
        /// Cells filled with the colormap and lit from the upper left, thin edges.
        case shaded
        /// Background-filled cells with coloured edges (hidden lines removed).
        case wireframe
    }

    /// The sampled function.
    public var grid: Grid
    /// Shaded or wireframe.
    public var style: Style
    /// Camera elevation above the x–y plane, degrees.
    public var elevation: Double
    /// Camera azimuth around the z axis, degrees.
    public var azimuth: Double
    /// Colours by height.
    public var colormap: Colormap

    /// Samples `function` on a `resolution` × `resolution` mesh (2…120).
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int = 32, style: Style = .shaded,
                elevation: Double = 28, azimuth: Double = -55, colormap: Colormap = .viridis,
                function: (Double, Double) -> Double) {
        self.grid = Grid(x: x, y: y, resolution: min(max(resolution, 2), 120), function: function)
        self.style = style
        self.elevation = elevation
        self.azimuth = azimuth
        self.colormap = colormap
    }

    public var bounds: DataBounds? { DataBounds(x: grid.x, y: grid.y) }
    public var definesDomain: Bool { true }

    /// Orthographic camera: normalized cube coordinates to (screen x, screen up, depth).
    struct Camera {
        let ca: Double, sa: Double, ce: Double, se: Double
        init(elevation: Double, azimuth: Double) {
            let a = azimuth * Double.pi / 180, e = elevation * Double.pi / 180
            ca = cos(a); sa = sin(a); ce = cos(e); se = sin(e)
        }
        func project(_ x: Double, _ y: Double, _ z: Double) -> (Double, Double, Double) {
            let xr = x * ca - y * sa, yr = x * sa + y * ca
            return (xr, z * ce + yr * se, yr * ce - z * se)
        }
    }

    public func draw(in context: PlotContext) {
        let r = context.renderer
        guard let zRange = grid.valueRange else { return }
        let zSpan = zRange.upperBound > zRange.lowerBound ? zRange.upperBound - zRange.lowerBound : 1
        let cam = Camera(elevation: elevation, azimuth: azimuth)
        func unit(_ i: Int, _ j: Int) -> (Double, Double, Double) {
            (Double(i) / Double(grid.columns - 1) * 2 - 1, Double(j) / Double(grid.rows - 1) * 2 - 1,
             ((grid[i, j] - zRange.lowerBound) / zSpan * 2 - 1) * 0.75)
        }
        // Fit the projected bounding box into the plot, leaving room for axis labels.
        var lo = (Double.infinity, Double.infinity), hi = (-Double.infinity, -Double.infinity)
        for cx in [-1.0, 1] {
            for cy in [-1.0, 1] {
                for cz in [-0.75, 0.75] {
                    let p = cam.project(cx, cy, cz)
                    lo = (min(lo.0, p.0), min(lo.1, p.1)); hi = (max(hi.0, p.0), max(hi.1, p.1))
                }
            }
        }
        let area = context.plotRect.insetBy(28)
        let s = min(area.width / (hi.0 - lo.0), area.height / (hi.1 - lo.1))
        let ox = area.center.x - (lo.0 + hi.0) / 2 * s, oy = area.center.y + (lo.1 + hi.1) / 2 * s
        func screen(_ p: (Double, Double, Double)) -> Point { Point(ox + p.0 * s, oy - p.1 * s) }

        r.beginGroup("surface")
        defer { r.endGroup() }
        drawFloor(cam: cam, screen: screen, context: context)
        struct Cell { var depth: Double; var corners: [Point]; var color: Color }
        var cells: [Cell] = []
        let light = (-0.45, 0.35, 0.82)
        for j in 0..<(grid.rows - 1) {
            for i in 0..<(grid.columns - 1) {
                let c3 = [unit(i, j), unit(i + 1, j), unit(i + 1, j + 1), unit(i, j + 1)]
                guard c3.allSatisfy({ $0.2.isFinite }) else { continue }
                let projected = c3.map { cam.project($0.0, $0.1, $0.2) }
                let depth = projected.map(\.2).reduce(0, +) / 4
                let zMean = c3.map(\.2).reduce(0, +) / 4
                let t = (zMean / 0.75 + 1) / 2
                var color = colormap.color(at: t)
                if style == .shaded {
                    // Normal from the cell diagonals.
                    let u = (c3[2].0 - c3[0].0, c3[2].1 - c3[0].1, c3[2].2 - c3[0].2)
                    let v = (c3[3].0 - c3[1].0, c3[3].1 - c3[1].1, c3[3].2 - c3[1].2)
                    var n = (u.1 * v.2 - u.2 * v.1, u.2 * v.0 - u.0 * v.2, u.0 * v.1 - u.1 * v.0)
                    let len = (n.0 * n.0 + n.1 * n.1 + n.2 * n.2).squareRoot()
                    if len > 0 { n = (n.0 / len, n.1 / len, n.2 / len) }
                    let lambert = abs(n.0 * light.0 + n.1 * light.1 + n.2 * light.2)
                    color = Color.black.mixed(with: color, 0.45 + 0.55 * lambert)
                    color.alpha = 1
                }
                cells.append(Cell(depth: depth, corners: projected.map(screen), color: color))
            }
        }
        // Far cells first; ties broken by index order for determinism (stable sort).
        let order = cells.indices.sorted { cells[$0].depth > cells[$1].depth || (cells[$0].depth == cells[$1].depth && $0 < $1) }
        let edge = style == .shaded ? Color.black.opacity(context.theme == .light ? 0.28 : 0.4) : Color.black
        for k in order {
            let cell = cells[k]
            let path = Path.polyline(cell.corners, closed: true)
            if style == .shaded {
                r.fill(path, color: cell.color)
                r.stroke(path, style: StrokeStyle(color: edge, width: 0.5))
            } else {
                r.fill(path, color: context.backgroundColor)
                r.stroke(path, style: StrokeStyle(color: cell.color.adapted(to: context.theme), width: 1))
            }
        }
        drawFloorLabels(cam: cam, screen: screen, context: context)
    }

    /// The floor rectangle, axis names and end values below the mesh.
    private func drawFloor(cam: Camera, screen: ((Double, Double, Double)) -> Point, context: PlotContext) {
        let r = context.renderer
        let z = -0.75
        let corners = [(-1.0, -1.0), (1, -1), (1, 1), (-1, 1)].map { screen(cam.project($0.0, $0.1, z)) }
        r.group("floor") {
            r.fill(.polyline(corners, closed: true), color: context.theme.chrome.grid.opacity(0.5))
            r.stroke(.polyline(corners, closed: true), style: StrokeStyle(color: context.theme.chrome.axis, width: 1))
        }
    }

    /// End values and axis names on the two floor edges nearest the camera, drawn over the mesh.
    private func drawFloorLabels(cam: Camera, screen: ((Double, Double, Double)) -> Point, context: PlotContext) {
        let r = context.renderer
        let z = -0.75
        func depth(_ x: Double, _ y: Double) -> Double { cam.project(x, y, z).2 }
        func at(_ x: Double, _ y: Double) -> Point { screen(cam.project(x, y, z)) }
        // Front edge along x (y = ±1) and along y (x = ±1): the smaller depth is nearer.
        let yFront = depth(0, -1) <= depth(0, 1) ? -1.0 : 1.0
        let xFront = depth(-1, 0) <= depth(1, 0) ? -1.0 : 1.0
        let centre = at(0, 0)
        func outward(_ p: Point, _ distance: Double = 14) -> Point {
            let d = p - centre
            return p + d * (distance / max(d.length, 1))
        }
        let style = TextStyle(size: Fonts.tick, color: context.theme.chrome.secondaryText, horizontal: .center,
                              vertical: .center)
        let fmt = { (v: Double, span: Double) in Ticks.format(v, step: Ticks.niceStep(span: span, maxCount: 4)) }
        let xs = grid.x.upperBound - grid.x.lowerBound, ys = grid.y.upperBound - grid.y.lowerBound
        r.group("surface-labels") {
            r.text(fmt(grid.x.lowerBound, xs), at: outward(at(-1, yFront)), style: style)
            r.text(fmt(grid.x.upperBound, xs), at: outward(at(1, yFront)), style: style)
            r.text(fmt(yFront < 0 ? grid.y.upperBound : grid.y.lowerBound, ys), at: outward(at(xFront, -yFront)),
                   style: style)
            var name = style
            name.size = Fonts.label
            name.color = context.textColor
            if let xl = context.xLabel { r.text(xl, at: outward(at(0, yFront), 24), style: name) }
            if let yl = context.yLabel { r.text(yl, at: outward(at(xFront, 0), 24), style: name) }
        }
    }
}
