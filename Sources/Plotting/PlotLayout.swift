/// Font sizes in CSS pixels (DejaVu Sans).
enum Fonts {
    static let title = 15.0
    static let label = 13.0
    static let tick = 11.0
    static let legend = 11.5
    static let annotation = 11.5
}

/// Which axis furniture a plot shows (inner panels of a shared grid hide some).
struct AxisFurniture: Sendable {
    var xTickLabels = true
    var yTickLabels = true
    var xLabel = true
    var yLabel = true
}

/// The geometry of one plot: its data ranges, data rectangle and ticks.
struct PlotLayout {
    var figure: Figure
    var x: AxisMapping
    var y: AxisMapping
    var xTicks: [Tick]
    var yTicks: [Tick]
    var plotRect: Rect
    var outerRect: Rect
    var furniture: AxisFurniture
    var selfFramed: Bool
    /// How far an equal-aspect plot was drawn in from the area it was allotted, on each
    /// side (horizontally, vertically): the axis labels move in with it.
    var aspectInset = Point(0, 0)

    static let tickLength = 4.0
    static let tickGap = 3.0
    static let pad = 8.0

    /// Width reserved left of the data area for y tick labels and the y label.
    static func leftMargin(figure: Figure, yTicks: [Tick], furniture: AxisFurniture, renderer: any Renderer) -> Double {
        var m = pad + tickLength
        if furniture.yTickLabels {
            m += tickGap + (yTicks.map { renderer.measure($0.label, size: Fonts.tick, bold: false).width }.max() ?? 0)
        }
        if furniture.yLabel, figure.yLabel != nil {
            m += renderer.measure("Ag", size: Fonts.label, bold: false).height + 6
        }
        return m
    }

    /// Height reserved below the data area for x tick labels and the x label.
    static func bottomMargin(figure: Figure, furniture: AxisFurniture, renderer: any Renderer) -> Double {
        var m = pad + tickLength
        if furniture.xTickLabels { m += tickGap + renderer.measure("0", size: Fonts.tick, bold: false).height }
        if furniture.xLabel, figure.xLabel != nil {
            m += 4 + renderer.measure("Ag", size: Fonts.label, bold: false).height
        }
        return m
    }

    static func topMargin(figure: Figure, renderer: any Renderer) -> Double {
        guard let t = figure.title, !t.isEmpty else { return 12 }
        return 10 + renderer.measure(t, size: Fonts.title, bold: true).height + 8
    }

    static func make(figure: Figure, in rect: Rect, renderer: any Renderer, furniture: AxisFurniture = AxisFurniture(),
                     domains: (x: ClosedRange<Double>, y: ClosedRange<Double>)? = nil,
                     leftOverride: Double? = nil, bottomOverride: Double? = nil) throws -> PlotLayout {
        let selfFramed = figure.marks.contains { $0 is any SelfFramedMark }
        let d = try domains ?? Domain.ranges(of: figure)
        let top = topMargin(figure: figure, renderer: renderer)
        if selfFramed {
            let r = Rect(x: rect.minX + pad, y: rect.minY + top, width: max(1, rect.width - 2 * pad),
                         height: max(1, rect.height - top - pad))
            let xm = AxisMapping(scale: .linear, domain: d.x, pixelStart: r.minX, pixelEnd: r.maxX)
            let ym = AxisMapping(scale: .linear, domain: d.y, pixelStart: r.maxY, pixelEnd: r.minY)
            return PlotLayout(figure: figure, x: xm, y: ym, xTicks: [], yTicks: [], plotRect: r, outerRect: rect,
                              furniture: furniture, selfFramed: true)
        }
        let bottom = bottomOverride ?? bottomMargin(figure: figure, furniture: furniture, renderer: renderer)
        let plotHeight = max(10, rect.height - top - bottom)
        let tickHeight = renderer.measure("0", size: Fonts.tick, bold: false).height
        var yCount = max(2, Int(plotHeight / max(40, tickHeight * 3.2)))
        var yTicks = Ticks.ticks(d.y, scale: figure.yScale, maxCount: yCount)
        while yTicks.count > 2, Double(yTicks.count) * tickHeight * 1.3 > plotHeight, yCount > 1 {
            yCount -= 1
            yTicks = Ticks.ticks(d.y, scale: figure.yScale, maxCount: yCount)
        }
        let left = leftOverride ?? leftMargin(figure: figure, yTicks: yTicks, furniture: furniture, renderer: renderer)
        var right = 16.0
        let plotWidthEstimate = max(10, rect.width - left - right)
        var xCount = max(2, Int(plotWidthEstimate / 75))
        var xTicks = Ticks.ticks(d.x, scale: figure.xScale, maxCount: xCount)
        func fits(_ ticks: [Tick]) -> Bool {
            let widths = ticks.map { renderer.measure($0.label, size: Fonts.tick, bold: false).width + 14 }
            return widths.reduce(0, +) <= plotWidthEstimate
        }
        while xTicks.count > 2, !fits(xTicks), xCount > 1 {
            xCount -= 1
            xTicks = Ticks.ticks(d.x, scale: figure.xScale, maxCount: xCount)
        }
        if furniture.xTickLabels, let last = xTicks.last {
            right = max(right, renderer.measure(last.label, size: Fonts.tick, bold: false).width / 2 + 6)
        }
        var plot = Rect(x: rect.minX + left, y: rect.minY + top, width: max(10, rect.width - left - right),
                        height: plotHeight)
        let allotted = plot
        if figure.equalAspect, figure.xScale == .linear, figure.yScale == .linear {
            let ux = (d.x.upperBound - d.x.lowerBound) / plot.width
            let uy = (d.y.upperBound - d.y.lowerBound) / plot.height
            if ux > uy {
                let h = (d.y.upperBound - d.y.lowerBound) / ux
                plot = Rect(x: plot.x, y: plot.y + (plot.height - h) / 2, width: plot.width, height: h)
            } else if uy > ux {
                let w = (d.x.upperBound - d.x.lowerBound) / uy
                plot = Rect(x: plot.x + (plot.width - w) / 2, y: plot.y, width: w, height: plot.height)
            }
        }
        let xm = AxisMapping(scale: figure.xScale, domain: d.x, pixelStart: plot.minX, pixelEnd: plot.maxX)
        let ym = AxisMapping(scale: figure.yScale, domain: d.y, pixelStart: plot.maxY, pixelEnd: plot.minY)
        return PlotLayout(figure: figure, x: xm, y: ym, xTicks: xTicks, yTicks: yTicks, plotRect: plot,
                          outerRect: rect, furniture: furniture, selfFramed: false,
                          aspectInset: Point(plot.minX - allotted.minX, allotted.maxY - plot.maxY))
    }

    /// Series colours assigned in mark order, adapted to the theme.
    func colors(theme: Theme) -> [Color] {
        var next = 0
        return figure.marks.map { mark in
            guard mark.usesSeriesColor else { return Color.series[0].adapted(to: theme) }
            defer { next += 1 }
            return Color.series[next % Color.series.count].adapted(to: theme)
        }
    }

    func context(_ renderer: any Renderer, theme: Theme, color: Color) -> PlotContext {
        PlotContext(renderer: renderer, plotRect: plotRect, theme: theme, color: color, x: x, y: y,
                    xLabel: figure.xLabel, yLabel: figure.yLabel)
    }

    /// Draws grid, marks, axes, labels, title and legend.
    func draw(renderer r: any Renderer, theme: Theme) {
        let chrome = theme.chrome
        let colors = colors(theme: theme)
        if let title = figure.title, !title.isEmpty {
            r.group("title") {
                let cx = selfFramed ? outerRect.center.x : plotRect.center.x
                r.text(title, at: Point(cx, outerRect.minY + 10),
                       style: TextStyle(size: Fonts.title, bold: true, color: chrome.text, horizontal: .center,
                                        vertical: .top))
            }
        }
        if !selfFramed {
            Axes.drawGrid(self, renderer: r, chrome: chrome)
        }
        r.pushClip(plotRect)
        // On a 3-D surface a trajectory is lifted onto the mesh, not drawn flat in the plane.
        let surface = figure.marks.lazy.compactMap { $0 as? Surface }.first
        for (mark, color) in zip(figure.marks, colors) {
            if let surface, let trajectory = mark as? Trajectory {
                surface.drawLifted(trajectory, in: context(r, theme: theme, color: color))
            } else {
                mark.draw(in: context(r, theme: theme, color: color))
            }
        }
        // Contour level labels go on top, clear of everything else the plot shows.
        var labelBoxes: [Rect] = []
        if figure.marks.contains(where: { $0 is Contour }) {
            var others: [Point] = []
            var entries: [LegendEntry] = []
            for (mark, color) in zip(figure.marks, colors) where !(mark is Contour) {
                others += mark.occupiedPoints(in: context(r, theme: theme, color: color))
                entries += mark.legendEntries(color: color, theme: theme)
            }
            // A legend the author pinned to a corner will cover that corner: keep labels out of it.
            if let box = Legend.fixedBox(entries, placement: figure.legend, in: plotRect, renderer: r) {
                let grown = box.insetBy(-4)
                for i in 0...8 { for j in 0...8 {
                    others.append(Point(grown.minX + grown.width * Double(i) / 8, grown.minY + grown.height * Double(j) / 8))
                } }
            }
            for (mark, color) in zip(figure.marks, colors) {
                guard let contour = mark as? Contour else { continue }
                labelBoxes += ContourLabels.draw(contour, in: context(r, theme: theme, color: color), avoiding: others + labelBoxes.map(\.center))
            }
        }
        r.popClip()
        if !selfFramed {
            Axes.drawFrame(self, renderer: r, chrome: chrome)
        }
        guard figure.legend != .hidden else { return }
        var entries: [LegendEntry] = []
        var occupied: [Point] = []
        for (mark, color) in zip(figure.marks, colors) {
            entries += mark.legendEntries(color: color, theme: theme)
            occupied += mark.occupiedPoints(in: context(r, theme: theme, color: color))
        }
        occupied += labelBoxes.flatMap { [$0.center, Point($0.minX, $0.minY), Point($0.maxX, $0.maxY)] }
        Legend.draw(entries, placement: figure.legend, in: plotRect, avoiding: occupied, renderer: r, theme: theme)
    }
}

/// A mark that draws its own frame (a 3-D surface): the plot shows no 2-D axes.
protocol SelfFramedMark: Mark {}
