/// Isolines of a 2-D function over a box, optionally filled with a colormap; a few levels
/// (`labels:`, 4 by default, 0 for none) are labelled with their value, clear of the runs.
///
/// ```swift
/// Contour(x: -2...2, y: -1...3, levels: .logarithmic(count: 15)) { x, y in
///     (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
/// }
/// ```
public struct Contour: Mark {
    /// The sampled function.
    public var grid: Grid { didSet { shape = Shape(grid: grid, levels: levels) } }
    /// Level choice.
    public var levels: ContourLevels { didSet { shape = Shape(grid: grid, levels: levels) } }
    /// The level values and their isolines in data coordinates, worked out once: a figure
    /// renders in two themes and often at two widths, and its labels need the lines too.
    private(set) var shape: Shape
    /// Fill the bands between levels with the colormap.
    public var filled: Bool
    /// Colours from low to high values.
    public var colormap: Colormap
    /// Isoline width in CSS pixels.
    public var lineWidth: Double
    /// How many levels carry their value as a label (see ``ContourLabels``); 0 for none.
    public var labelCount: Int

    /// Samples `function` on a `resolution` × `resolution` grid over the box.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int = 150,
                levels: ContourLevels = .automatic(), filled: Bool = false, colormap: Colormap = .viridis,
                lineWidth: Double = 1, labels: Int = 4, function: (Double, Double) -> Double) {
        self.init(grid: Grid(x: x, y: y, resolution: resolution, function: function), levels: levels,
                  filled: filled, colormap: colormap, lineWidth: lineWidth, labels: labels)
    }

    /// Contours of a precomputed grid.
    public init(grid: Grid, levels: ContourLevels = .automatic(), filled: Bool = false,
                colormap: Colormap = .viridis, lineWidth: Double = 1, labels: Int = 4) {
        self.grid = grid
        self.levels = levels
        self.shape = Shape(grid: grid, levels: levels)
        self.filled = filled
        self.colormap = colormap
        self.lineWidth = lineWidth
        self.labelCount = max(0, labels)
    }

    public var bounds: DataBounds? { DataBounds(x: grid.x, y: grid.y) }
    public var definesDomain: Bool { true }

    /// The level values used.
    public var levelValues: [Double] { shape.levels }

    /// The isolines of each level, in data coordinates.
    var isolines: [[MarchingSquares.Line]] { shape.lines }

    /// Levels and isolines of a grid.
    struct Shape: Sendable {
        let levels: [Double]
        let lines: [[MarchingSquares.Line]]

        init(grid: Grid, levels: ContourLevels) {
            self.levels = levels.resolve(for: grid)
            lines = MarchingSquares.isolines(grid, levels: self.levels)
        }
    }

    /// Colour of the i-th of n isolines; the ends of viridis that vanish into the
    /// background (yellow on white, purple on black) are avoided.
    func lineColor(_ i: Int, of n: Int, theme: Theme) -> Color {
        let t = n > 1 ? Double(i) / Double(n - 1) : 0.5
        let range = theme == .light ? (0.0, 0.88) : (0.32, 1.0)
        return colormap.color(at: range.0 + (range.1 - range.0) * t)
    }

    public func draw(in context: PlotContext) {
        let r = context.renderer
        let values = levelValues
        r.beginGroup("contour")
        defer { r.endGroup() }
        if filled {
            let bands = [-Double.greatestFiniteMagnitude] + values
            for (k, level) in bands.enumerated() {
                let rings = MarchingSquares.regionBoundaries(grid, level: level)
                var path = Path()
                for ring in rings { path.addPolyline(ring.points.map(context.pixel), closed: true) }
                let t = bands.count > 1 ? Double(k) / Double(bands.count - 1) : 0.5
                r.group("band") { r.fill(path, color: colormap.color(at: t), rule: .evenOdd) }
            }
        }
        let lines = isolines
        for (k, levelLines) in lines.enumerated() {
            var path = Path()
            for line in levelLines {
                path.addPolyline(line.points.map(context.pixel), closed: line.isClosed)
            }
            let color = filled ? context.backgroundColor.opacity(0.35) : lineColor(k, of: lines.count, theme: context.theme)
            r.group("isoline") {
                r.stroke(path, style: StrokeStyle(color: color, width: filled ? 0.6 : lineWidth))
            }
        }
    }
}
