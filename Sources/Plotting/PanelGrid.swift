/// Lays out a figure's panels in a grid, with shared or independent axes.
struct PanelGrid {
    var figure: Figure

    func draw(in bounds: Rect, renderer r: any Renderer, theme: Theme) throws {
        let panels = figure.panels
        guard !panels.isEmpty else { return }
        var top = bounds.minY
        if let title = figure.title, !title.isEmpty {
            r.group("title") {
                r.text(title, at: Point(bounds.center.x, bounds.minY + 10),
                       style: TextStyle(size: Fonts.title + 1, bold: true, color: theme.chrome.text,
                                        horizontal: .center, vertical: .top))
            }
            top += 10 + r.measure(title, size: Fonts.title + 1, bold: true).height + 4
        }
        let cols = max(1, figure.columns)
        let rows = (panels.count + cols - 1) / cols
        var domains: [(x: ClosedRange<Double>, y: ClosedRange<Double>)?] = Array(repeating: nil, count: panels.count)
        var leftExtra = 0.0, bottomExtra = 0.0
        var inner = AxisFurniture(xTickLabels: false, yTickLabels: false, xLabel: false, yLabel: false)
        if figure.sharedAxes {
            let all = try panels.map { try Domain.ranges(of: $0) }
            let shared = (x: all.map(\.x).reduce(all[0].x) { min($0.lowerBound, $1.lowerBound)...max($0.upperBound, $1.upperBound) },
                          y: all.map(\.y).reduce(all[0].y) { min($0.lowerBound, $1.lowerBound)...max($0.upperBound, $1.upperBound) })
            domains = Array(repeating: shared, count: panels.count)
            // Reserve the outer labels' room once, so all data areas get the same size.
            let cellHeight = (bounds.maxY - top) / Double(rows)
            let probe = Ticks.ticks(shared.y, scale: panels[0].yScale, maxCount: max(2, Int(cellHeight / 40)))
            let full = AxisFurniture()
            leftExtra = PlotLayout.leftMargin(figure: panels[0], yTicks: probe, furniture: full, renderer: r)
                - PlotLayout.leftMargin(figure: panels[0], yTicks: probe, furniture: inner, renderer: r)
            bottomExtra = PlotLayout.bottomMargin(figure: panels[0], furniture: full, renderer: r)
                - PlotLayout.bottomMargin(figure: panels[0], furniture: inner, renderer: r)
        } else {
            inner = AxisFurniture()
        }
        let cellWidth = (bounds.width - leftExtra) / Double(cols)
        let cellHeight = (bounds.maxY - top - bottomExtra) / Double(rows)
        for (index, panel) in panels.enumerated() {
            let row = index / cols, col = index % cols
            var furniture = inner
            var rect = Rect(x: bounds.minX + leftExtra + Double(col) * cellWidth, y: top + Double(row) * cellHeight,
                            width: cellWidth, height: cellHeight)
            if figure.sharedAxes {
                let lastInColumn = row == rows - 1 || index + cols >= panels.count
                if col == 0 {
                    furniture.yTickLabels = true
                    furniture.yLabel = true
                    rect.x -= leftExtra
                    rect.width += leftExtra
                }
                if lastInColumn {
                    furniture.xTickLabels = true
                    furniture.xLabel = true
                    rect.height += bottomExtra
                }
            }
            r.beginGroup("panel")
            let layout = try PlotLayout.make(figure: panel, in: rect, renderer: r, furniture: furniture,
                                             domains: domains[index])
            layout.draw(renderer: r, theme: theme)
            r.endGroup()
        }
    }
}
