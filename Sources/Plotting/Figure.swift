/// Where a plot's legend goes.
public enum LegendPlacement: Sendable, Hashable {
    /// The inside corner or edge that covers the least data.
    case automatic
    /// Inside the top-right corner.
    case topRight
    /// Inside the top-left corner.
    case topLeft
    /// Inside the bottom-left corner.
    case bottomLeft
    /// Inside the bottom-right corner.
    case bottomRight
    /// No legend.
    case hidden
}

/// A complete figure: one plot, or a grid of panels, with its size in CSS pixels.
///
/// ```swift
/// let figure = Figure(title: "Gradient descent in a ravine", xLabel: "x₁", yLabel: "x₂") {
///     Contour(x: -6...6, y: -3...3) { x, y in 0.1 * x * x + 2 * y * y }
///     Trajectory(points, label: "η = 0.4")
/// }
/// let png = try figure.renderPNG(theme: .light)
/// ```
public struct Figure: Sendable {
    /// Width at 1× in CSS pixels.
    public var width: Int
    /// Height at 1× in CSS pixels.
    public var height: Int
    /// Title above the plot (or above all panels).
    public var title: String?
    /// Horizontal axis label.
    public var xLabel: String?
    /// Vertical axis label.
    public var yLabel: String?
    /// Horizontal scale.
    public var xScale: AxisScale
    /// Vertical scale.
    public var yScale: AxisScale
    /// Horizontal range shown; nil derives it from the marks.
    public var xRange: ClosedRange<Double>?
    /// Vertical range shown; nil derives it from the marks.
    public var yRange: ClosedRange<Double>?
    /// Legend position.
    public var legend: LegendPlacement
    /// Equal data units on both axes (true geometry of a ravine).
    public var equalAspect: Bool
    /// Light grid lines at the ticks.
    public var showsGrid: Bool
    /// The marks of a single plot (empty for a panel grid).
    public var marks: [any Mark]
    /// Panels laid out in a grid; empty for a single plot.
    public var panels: [Figure]
    /// Number of panel columns.
    public var columns: Int
    /// Whether panels share their x and y ranges (tick labels on outer panels only).
    public var sharedAxes: Bool

    /// Creates a single-plot figure from a builder of marks.
    public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                xScale: AxisScale = .linear, yScale: AxisScale = .linear,
                x xRange: ClosedRange<Double>? = nil, y yRange: ClosedRange<Double>? = nil,
                legend: LegendPlacement = .automatic, equalAspect: Bool = false, showsGrid: Bool = true,
                width: Int = 640, height: Int = 480,
                @MarkBuilder _ marks: () -> [any Mark] = { [] }) {
        self.width = width
        self.height = height
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
        self.yScale = yScale
        self.xRange = xRange
        self.yRange = yRange
        self.legend = legend
        self.equalAspect = equalAspect
        self.showsGrid = showsGrid
        self.marks = marks()
        self.panels = []
        self.columns = 1
        self.sharedAxes = false
    }

    /// A grid of panels (each a single-plot figure; their sizes are ignored),
    /// filled row by row. With `sharedAxes`, all panels show the union of their
    /// ranges and only outer panels carry tick and axis labels.
    public static func panels(_ panels: [Figure], columns: Int, sharedAxes: Bool = false, title: String? = nil,
                              width: Int? = nil, height: Int? = nil) -> Figure {
        let cols = max(1, min(columns, max(1, panels.count)))
        let rows = max(1, (panels.count + cols - 1) / cols)
        var f = Figure(title: title, width: width ?? min(1600, 330 * cols + 40),
                       height: height ?? min(1600, 300 * rows + (title == nil ? 20 : 50)))
        f.panels = panels.flatMap { $0.panels.isEmpty ? [$0] : $0.panels }
        f.columns = cols
        f.sharedAxes = sharedAxes
        return f
    }

    /// A copy with another 1× size.
    public func size(width: Int, height: Int) -> Figure {
        var f = self
        f.width = width
        f.height = height
        return f
    }

    /// A copy with the given axis scales.
    public func scales(x: AxisScale = .linear, y: AxisScale = .linear) -> Figure {
        var f = self
        f.xScale = x
        f.yScale = y
        return f
    }

    /// A copy with fixed axis ranges (nil keeps automatic).
    public func ranges(x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil) -> Figure {
        var f = self
        f.xRange = x
        f.yRange = y
        return f
    }

    /// A copy with another legend placement.
    public func legend(_ placement: LegendPlacement) -> Figure {
        var f = self
        f.legend = placement
        return f
    }

    /// A copy with equal data units on both axes.
    public func equalAspect(_ on: Bool = true) -> Figure {
        var f = self
        f.equalAspect = on
        return f
    }

    /// A copy with more marks appended.
    public func adding(@MarkBuilder _ more: () -> [any Mark]) -> Figure {
        var f = self
        f.marks += more()
        return f
    }
}
