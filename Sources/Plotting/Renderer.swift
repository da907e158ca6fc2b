/// How a path's interior is decided.
public enum FillRule: Sendable, Hashable {
    /// Non-zero winding.
    case nonZero
    /// Even-odd: nested rings alternate inside/outside.
    case evenOdd
}

/// Line appearance for `Renderer.stroke`.
public struct StrokeStyle: Sendable, Hashable {
    /// Line colour.
    public var color: Color
    /// Width in CSS pixels.
    public var width: Double
    /// Dash lengths in CSS pixels; empty for a solid line.
    public var dash: [Double]
    /// Round joins and caps (smoother polylines) instead of miter/butt.
    public var round: Bool

    /// Creates a stroke style.
    public init(color: Color, width: Double = 1, dash: [Double] = [], round: Bool = true) {
        self.color = color
        self.width = width
        self.dash = dash
        self.round = round
    }
}

/// Horizontal text alignment relative to the anchor point.
public enum HorizontalAlignment: Sendable, Hashable { case leading, center, trailing }
/// Vertical text alignment relative to the anchor point.
public enum VerticalAlignment: Sendable, Hashable { case top, center, baseline, bottom }

/// Text appearance for `Renderer.text`.
public struct TextStyle: Sendable, Hashable {
    /// Font size in CSS pixels.
    public var size: Double
    /// Bold weight.
    public var bold: Bool
    /// Fill colour.
    public var color: Color
    /// Horizontal alignment.
    public var horizontal: HorizontalAlignment
    /// Vertical alignment.
    public var vertical: VerticalAlignment
    /// Rotation in radians, counter-clockwise on screen (π/2 for a y-axis label).
    public var rotation: Double

    /// Creates a text style.
    public init(size: Double, bold: Bool = false, color: Color, horizontal: HorizontalAlignment = .leading,
                vertical: VerticalAlignment = .baseline, rotation: Double = 0) {
        self.size = size
        self.bold = bold
        self.color = color
        self.horizontal = horizontal
        self.vertical = vertical
        self.rotation = rotation
    }
}

/// The drawing surface marks and axes draw through. Coordinates are CSS pixels,
/// origin top-left, y down; renderers own the conversion to device pixels.
public protocol Renderer: AnyObject {
    /// Fills `path` with `color`.
    func fill(_ path: Path, color: Color, rule: FillRule)
    /// Strokes `path`.
    func stroke(_ path: Path, style: StrokeStyle)
    /// Draws one line of text anchored at `point`.
    func text(_ string: String, at point: Point, style: TextStyle)
    /// The advance width and line height of `string` at `size`.
    func measure(_ string: String, size: Double, bold: Bool) -> Size
    /// Restricts drawing to `rect` until the matching `popClip`.
    func pushClip(_ rect: Rect)
    /// Ends the innermost clip.
    func popClip()
    /// Opens a named group (for structure tests; renderers may ignore it).
    func beginGroup(_ name: String)
    /// Closes the innermost group.
    func endGroup()
}

extension Renderer {
    /// Fills with the non-zero rule.
    public func fill(_ path: Path, color: Color) { fill(path, color: color, rule: .nonZero) }

    /// Runs `body` inside a named group.
    public func group(_ name: String, _ body: () -> Void) {
        beginGroup(name)
        body()
        endGroup()
    }
}
