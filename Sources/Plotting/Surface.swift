#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 3-D view of a function of two variables from a fixed camera, as a shaded mesh
/// or a wireframe with hidden lines removed (painter's algorithm: far cells first), over a
/// floor with the x and y ranges and names, and a vertical z axis with ticks and its name.
///
/// A ``Trajectory`` in the same figure is lifted onto the surface: each iterate (x, y) is drawn
/// at height f(x, y), interpolated from the mesh's samples, on top of the mesh.
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
    /// The name of the vertical axis ("f", say); nil writes "z". The floor's axes take the
    /// figure's `xLabel` and `yLabel` ("x" and "y" when the figure has none).
    public var zLabel: String?

    /// Samples `function` on a `resolution` × `resolution` mesh (2…120).
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int = 32, style: Style = .shaded,
                elevation: Double = 28, azimuth: Double = -55, colormap: Colormap = .viridis,
                zLabel: String? = nil, function: (Double, Double) -> Double) {
        self.grid = Grid(x: x, y: y, resolution: min(max(resolution, 2), 120), function: function)
        self.style = style
        self.elevation = elevation
        self.azimuth = azimuth
        self.colormap = colormap
        self.zLabel = zLabel
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

    /// The camera fitted into a plot: unit-cube coordinates to pixels, and data to the unit cube.
    struct Projection {
        let cam: Camera
        let scale: Double, ox: Double, oy: Double
        let grid: Grid
        let zRange: ClosedRange<Double>

        var zSpan: Double { zRange.upperBound > zRange.lowerBound ? zRange.upperBound - zRange.lowerBound : 1 }
        func screen(_ p: (Double, Double, Double)) -> Point { Point(ox + p.0 * scale, oy - p.1 * scale) }
        func point(_ x: Double, _ y: Double, _ z: Double) -> Point { screen(cam.project(x, y, z)) }
        /// Unit-cube height of the value `v`.
        func unitZ(_ v: Double) -> Double { ((v - zRange.lowerBound) / zSpan * 2 - 1) * 0.75 }
        /// Unit-cube coordinates of the data point (x, y, value).
        func unit(x: Double, y: Double, value: Double) -> (Double, Double, Double) {
            ((x - grid.x.lowerBound) / (grid.x.upperBound - grid.x.lowerBound) * 2 - 1,
             (y - grid.y.lowerBound) / (grid.y.upperBound - grid.y.lowerBound) * 2 - 1, unitZ(value))
        }
    }

    /// The projection for a plot, or nil when the grid has no finite value. Room is left on the
    /// left for the z axis's tick labels and name.
    func projection(in context: PlotContext) -> Projection? {
        guard let zRange = grid.valueRange else { return nil }
        let cam = Camera(elevation: elevation, azimuth: azimuth)
        var lo = (Double.infinity, Double.infinity), hi = (-Double.infinity, -Double.infinity)
        for cx in [-1.0, 1] {
            for cy in [-1.0, 1] {
                for cz in [-0.75, 0.75] {
                    let p = cam.project(cx, cy, cz)
                    lo = (min(lo.0, p.0), min(lo.1, p.1)); hi = (max(hi.0, p.0), max(hi.1, p.1))
                }
            }
        }
        let plot = context.plotRect
        let area = Rect(x: plot.minX + 58, y: plot.minY + 22, width: max(10, plot.width - 58 - 28),
                        height: max(10, plot.height - 22 - 30))
        let s = min(area.width / (hi.0 - lo.0), area.height / (hi.1 - lo.1))
        return Projection(cam: cam, scale: s, ox: area.center.x - (lo.0 + hi.0) / 2 * s,
                          oy: area.center.y + (lo.1 + hi.1) / 2 * s, grid: grid, zRange: zRange)
    }

    /// f(x, y) interpolated bilinearly from the samples; nil outside the box or next to a non-finite sample.
    func value(atX x: Double, y: Double) -> Double? {
        let u = (x - grid.x.lowerBound) / (grid.x.upperBound - grid.x.lowerBound) * Double(grid.columns - 1)
        let v = (y - grid.y.lowerBound) / (grid.y.upperBound - grid.y.lowerBound) * Double(grid.rows - 1)
        guard u.isFinite, v.isFinite, u >= -1e-9, v >= -1e-9, u <= Double(grid.columns - 1) + 1e-9,
              v <= Double(grid.rows - 1) + 1e-9 else { return nil }
        let i = min(max(Int(u), 0), grid.columns - 2), j = min(max(Int(v), 0), grid.rows - 2)
        let fu = u - Double(i), fv = v - Double(j)
        let value = grid[i, j] * (1 - fu) * (1 - fv) + grid[i + 1, j] * fu * (1 - fv)
            + grid[i, j + 1] * (1 - fu) * fv + grid[i + 1, j + 1] * fu * fv
        return value.isFinite ? value : nil
    }

    /// Draws `trajectory` lifted onto the surface: iterates outside the box, or where the surface
    /// is not finite, break the path.
    func drawLifted(_ trajectory: Trajectory, in context: PlotContext) {
        guard let projection = projection(in: context) else { return }
        let r = context.renderer
        let color = trajectory.color?.adapted(to: context.theme) ?? context.color
        var pieces: [[Point]] = [[]]
        for p in trajectory.drawable {
            if let z = value(atX: p.x, y: p.y) {
                let u = projection.unit(x: p.x, y: p.y, value: z)
                pieces[pieces.count - 1].append(projection.point(u.0, u.1, u.2))
            } else if !pieces[pieces.count - 1].isEmpty {
                pieces.append([])
            }
        }
        r.beginGroup("lifted-trajectory")
        defer { r.endGroup() }
        var path = Path()
        for piece in pieces where piece.count > 1 { path.addPolyline(piece) }
        r.stroke(path, style: StrokeStyle(color: context.backgroundColor.opacity(0.85), width: 4.2))
        r.stroke(path, style: StrokeStyle(color: color, width: 1.8))
        let all = pieces.flatMap { $0 }
        if trajectory.showsSteps {
            var dots = Path()
            for p in all.dropFirst().dropLast() { dots.addCircle(center: p, radius: 2.1) }
            r.fill(dots, color: color)
        }
        if let first = all.first { Markers.start(at: first, color: color, context: context) }
        if let last = all.last, all.count > 1 { Markers.end(at: last, color: color, context: context) }
    }

    public func draw(in context: PlotContext) {
        let r = context.renderer
        guard let projection = projection(in: context) else { return }
        let cam = projection.cam
        func unit(_ i: Int, _ j: Int) -> (Double, Double, Double) {
            (Double(i) / Double(grid.columns - 1) * 2 - 1, Double(j) / Double(grid.rows - 1) * 2 - 1,
             projection.unitZ(grid[i, j]))
        }
        let screen = projection.screen

        r.beginGroup("surface")
        defer { r.endGroup() }
        drawFloor(cam: cam, screen: screen, context: context)
        drawZAxis(projection, context: context)
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
            r.text(context.xLabel ?? "x", at: outward(at(0, yFront), 24), style: name)
            r.text(context.yLabel ?? "y", at: outward(at(xFront, 0), 24), style: name)
        }
    }

    /// A vertical axis at the floor corner drawn furthest left, from the lowest to the highest
    /// value, with a few ticks and the axis name above it.
    private func drawZAxis(_ projection: Projection, context: PlotContext) {
        let r = context.renderer
        let corners = [(-1.0, -1.0), (1, -1), (1, 1), (-1, 1)]
        let (cx, cy) = corners.min { projection.point($0.0, $0.1, 0).x < projection.point($1.0, $1.1, 0).x }!
        let bottom = projection.point(cx, cy, -0.75), top = projection.point(cx, cy, 0.75)
        let chrome = context.theme.chrome
        r.group("z-axis") {
            r.stroke(.polyline([bottom, top]), style: StrokeStyle(color: chrome.axis, width: 1))
            let ticks = Ticks.ticks(projection.zRange, scale: .linear, maxCount: 4)
            let style = TextStyle(size: Fonts.tick, color: chrome.secondaryText, horizontal: .trailing, vertical: .center)
            for tick in ticks where projection.zRange.contains(tick.value) {
                let p = projection.point(cx, cy, projection.unitZ(tick.value))
                // The floor's corner carries an x or y end value: no z tick label on top of it.
                guard bottom.y - p.y > 12 else { continue }
                r.stroke(.polyline([p, Point(p.x - 4, p.y)]), style: StrokeStyle(color: chrome.axis, width: 1))
                r.text(tick.label, at: Point(p.x - 6, p.y), style: style)
            }
            r.text(zLabel ?? "z", at: Point(top.x, top.y - 8),
                   style: TextStyle(size: Fonts.label, color: context.textColor, horizontal: .center, vertical: .bottom))
        }
    }
}
