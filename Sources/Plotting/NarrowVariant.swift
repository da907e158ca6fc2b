/// Phone-width versions of figures.
///
/// Text in a figure has a fixed size in CSS pixels (the smallest is an 11 px tick label), so a
/// figure scaled into a phone's column shrinks its labels with it: a 960 px three-panel figure
/// in a 358 px column prints its ticks at 4 px. A figure wider than ``Figure/phoneWidth`` is
/// therefore drawn a second time at that width, panels stacked in one column, and the site
/// shows that variant on narrow screens: in the 343–358 px column of a 390 px phone its 11 px
/// ticks stay above 9 px.
extension Figure {
    /// The 1× width, in CSS pixels, of a figure's phone variant.
    public static let phoneWidth = 400

    /// The smallest text size a figure draws, in CSS pixels at 1× (tick labels).
    public static let smallestTextSize = Fonts.tick

    /// A one-column copy at ``phoneWidth``, or nil when the figure is no wider than that already.
    ///
    /// A single plot keeps its aspect ratio (at least 260 px tall). Panels are stacked, each as
    /// tall as its cell was relative to its width, within 240…380 px.
    public var narrowVariant: Figure? {
        let width = Self.phoneWidth
        guard self.width > width else { return nil }
        var copy = self
        copy.width = width
        if panels.count > 1, columns > 1 {
            let rows = (panels.count + columns - 1) / columns
            let titleHeight = (title?.isEmpty ?? true) ? 0.0 : 30.0
            let cellWidth = Double(self.width) / Double(columns)
            let cellHeight = (Double(self.height) - titleHeight) / Double(rows)
            let panelHeight = min(max(cellHeight * Double(width) / cellWidth, 240), 380)
            copy.columns = 1
            copy.height = Int((panelHeight * Double(panels.count) + titleHeight).rounded())
        } else {
            copy.height = max(260, Int((Double(height) * Double(width) / Double(self.width)).rounded()))
        }
        return copy
    }
}
