extension Figure {
    /// Throws the error ``renderPNG(theme:scale:)`` would throw for a reason that lies in the
    /// figure itself — a size out of range (``PlottingError/invalidSize(width:height:scale:)``),
    /// an axis range that cannot be drawn (``PlottingError/invalidRange(axis:detail:)``) — without
    /// drawing anything.
    ///
    /// A caller that renders on another thread checks here first, so that a mistake in the
    /// figure is reported where the figure was made; what is left for the render to throw
    /// depends on the machine (Cairo out of memory, compression failing), not on the figure.
    public func checkRenderable(scale: Double = 2) throws {
        try checkSize(scale: scale)
        if panels.isEmpty {
            _ = try Domain.ranges(of: self)
        } else {
            for panel in panels { _ = try Domain.ranges(of: panel) }
        }
    }

    /// Throws ``PlottingError/invalidSize(width:height:scale:)`` unless the figure's size and
    /// `scale` give an image Cairo can draw: 1…8192 CSS pixels a side, 0.25…8 device pixels per
    /// CSS pixel, at most 16384 device pixels a side.
    func checkSize(scale: Double) throws {
        guard width >= 1, height >= 1, width <= 8192, height <= 8192, scale.isFinite, scale >= 0.25, scale <= 8,
              Double(width) * scale <= 16384, Double(height) * scale <= 16384 else {
            throw PlottingError.invalidSize(width: width, height: height, scale: scale)
        }
    }
}
