/// Something drawn inside a plot's data area: isolines, a trajectory, a line series…
///
/// Marks only describe themselves (data extent, legend entries) and draw through a
/// `PlotContext`; axes, scales and the legend are derived from them by the figure.
public protocol Mark: Sendable {
    /// The data box the mark occupies, or nil when it has no finite data.
    var bounds: DataBounds? { get }
    /// When true, the plot's automatic axis ranges are exactly this mark's bounds
    /// (a contour's box), and other marks are clipped to it.
    var definesDomain: Bool { get }
    /// Whether the mark takes the next colour of the series palette.
    var usesSeriesColor: Bool { get }
    /// Legend rows for this mark (empty when unlabelled).
    func legendEntries(color: Color, theme: Theme) -> [LegendEntry]
    /// Draws the mark.
    func draw(in context: PlotContext)
    /// Pixel points the legend should avoid covering.
    func occupiedPoints(in context: PlotContext) -> [Point]
}

extension Mark {
    public var definesDomain: Bool { false }
    public var usesSeriesColor: Bool { false }
    public func legendEntries(color: Color, theme: Theme) -> [LegendEntry] { [] }
    public func occupiedPoints(in context: PlotContext) -> [Point] { [] }
}

/// How a legend row shows its mark.
public enum LegendSymbol: Sendable, Hashable {
    /// A short line, optionally dashed, with an optional marker on it.
    case line(dashed: Bool, marker: Bool)
    /// A round marker.
    case marker
    /// A star (a minimum).
    case star
    /// A filled swatch.
    case swatch
}

/// One row of a legend.
public struct LegendEntry: Sendable, Hashable {
    /// Text of the row.
    public var label: String
    /// Colour of the symbol.
    public var color: Color
    /// Symbol drawn before the text.
    public var symbol: LegendSymbol

    /// Creates a legend row.
    public init(label: String, color: Color, symbol: LegendSymbol) {
        self.label = label
        self.color = color
        self.symbol = symbol
    }
}

/// Everything a mark needs to draw: the renderer, the data-to-pixel mapping,
/// the plot rectangle, the theme and the mark's assigned colour.
public struct PlotContext {
    /// Where to draw.
    public let renderer: any Renderer
    /// The data area in CSS pixels.
    public let plotRect: Rect
    /// Light or dark.
    public let theme: Theme
    /// The series colour assigned to the mark (already adapted to the theme).
    public let color: Color
    let x: AxisMapping
    let y: AxisMapping
    var xLabel: String? = nil
    var yLabel: String? = nil

    /// The horizontal data range shown.
    public var xDomain: ClosedRange<Double> { x.domain }
    /// The vertical data range shown.
    public var yDomain: ClosedRange<Double> { y.domain }

    /// Pixel position of a data point (NaN coordinates when unrepresentable).
    public func pixel(_ p: Point) -> Point { Point(x.pixel(p.x), y.pixel(p.y)) }
    /// Pixel position of a data point given as coordinates.
    public func pixel(_ px: Double, _ py: Double) -> Point { Point(x.pixel(px), y.pixel(py)) }
    /// Data point at a pixel position.
    public func dataPoint(atPixel p: Point) -> Point { Point(x.value(atPixel: p.x), y.value(atPixel: p.y)) }

    /// Main text colour of the theme.
    public var textColor: Color { theme.chrome.text }
    /// Background colour of the theme.
    public var backgroundColor: Color { theme.chrome.background }
}

/// Builds the list of marks of a figure, Swift Charts style.
@resultBuilder
public enum MarkBuilder {
    public static func buildExpression(_ mark: any Mark) -> [any Mark] { [mark] }
    public static func buildExpression(_ marks: [any Mark]) -> [any Mark] { marks }
    public static func buildBlock(_ parts: [any Mark]...) -> [any Mark] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any Mark]?) -> [any Mark] { part ?? [] }
    public static func buildEither(first part: [any Mark]) -> [any Mark] { part }
    public static func buildEither(second part: [any Mark]) -> [any Mark] { part }
    public static func buildArray(_ parts: [[any Mark]]) -> [any Mark] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [any Mark]) -> [any Mark] { part }
}
