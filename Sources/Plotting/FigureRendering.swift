/// Which PNG writer `renderPNG` uses.
public enum PNGWriter: Sendable, Hashable {
    /// The module's own encoder: indexed palette when the image has ≤ 256 colours,
    /// otherwise filtered RGB; fast zlib settings. The default.
    case optimized
    /// Cairo's built-in libpng writer (slower, larger; kept for comparison).
    case cairo
}

extension Figure {
    /// Draws the whole figure (background, plots or panels) through `renderer`.
    public func render(to renderer: any Renderer, theme: Theme) throws {
        renderer.fill(.rect(Rect(x: 0, y: 0, width: Double(width), height: Double(height))),
                      color: theme.chrome.background)
        let bounds = Rect(x: 0, y: 0, width: Double(width), height: Double(height))
        if panels.isEmpty {
            let layout = try PlotLayout.make(figure: self, in: bounds, renderer: renderer)
            layout.draw(renderer: renderer, theme: theme)
        } else {
            try PanelGrid(figure: self).draw(in: bounds, renderer: renderer, theme: theme)
        }
    }

    /// Renders to PNG bytes at `scale` device pixels per CSS pixel (2 for high-density
    /// screens). Deterministic: the same figure gives the same bytes.
    public func renderPNG(theme: Theme, scale: Double = 2) throws -> [UInt8] {
        try renderPNG(theme: theme, scale: scale, writer: .optimized)
    }

    /// Renders to PNG bytes with a chosen PNG writer: lays the figure out into a
    /// ``FigureDrawing`` and rasterises that.
    public func renderPNG(theme: Theme, scale: Double, writer: PNGWriter) throws -> [UInt8] {
        try FigureDrawing(self, theme: theme, scale: scale).renderPNG(writer: writer)
    }
}
