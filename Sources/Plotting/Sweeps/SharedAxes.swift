/// Fixed axes for the frames of a sweep figure: a reader dragging a slider must see the
/// data move, never the axes, ticks or legend.
extension Figure {
    /// Copies of `frames` that draw identical furniture: each plot's x and y ranges become
    /// the union of that plot's ranges over all frames (each frame's explicit ranges, or
    /// the ranges its marks would get), and an automatic legend goes to the one corner that
    /// covers the least data summed over all frames.
    ///
    /// Frames must have the same size, the same axis scales and the same number of panels;
    /// otherwise the sweep could not keep its axes still, and ``SweepError/mismatch(frame:detail:)``
    /// names the first frame that differs.
    public static func sharingAxes(_ frames: [Figure]) throws -> [Figure] {
        guard let first = frames.first else { return [] }
        for (index, frame) in frames.enumerated().dropFirst() {
            if frame.width != first.width || frame.height != first.height {
                throw SweepError.mismatch(frame: index, detail: "it is \(frame.width)×\(frame.height) px, the first frame \(first.width)×\(first.height)")
            }
            if frame.panels.count != first.panels.count {
                throw SweepError.mismatch(frame: index, detail: "it has \(frame.panels.count) panels, the first frame \(first.panels.count)")
            }
        }
        if first.panels.isEmpty {
            return try sharingPlotAxes(frames, size: (first.width, first.height))
        }
        // Panels: the axes of panel k are shared across frames, panel by panel.
        var result = frames
        let cellSize = (first.width / max(1, first.columns), first.height / max(1, (first.panels.count + first.columns - 1) / max(1, first.columns)))
        for k in first.panels.indices {
            let fixed = try sharingPlotAxes(frames.map { $0.panels[k] }, size: cellSize, panel: k)
            for index in result.indices { result[index].panels[k] = fixed[index] }
        }
        return result
    }

    private static func sharingPlotAxes(_ plots: [Figure], size: (Int, Int), panel: Int? = nil) throws -> [Figure] {
        let first = plots[0]
        for (index, plot) in plots.enumerated().dropFirst()
        where plot.xScale != first.xScale || plot.yScale != first.yScale {
            let place = panel.map { " (panel \($0 + 1))" } ?? ""
            throw SweepError.mismatch(frame: index, detail: "its axis scales\(place) differ from the first frame's")
        }
        var x: ClosedRange<Double>?, y: ClosedRange<Double>?
        for plot in plots {
            let d = try Domain.ranges(of: plot)
            x = x.map { min($0.lowerBound, d.x.lowerBound)...max($0.upperBound, d.x.upperBound) } ?? d.x
            y = y.map { min($0.lowerBound, d.y.lowerBound)...max($0.upperBound, d.y.upperBound) } ?? d.y
        }
        var fixed = plots.map { plot -> Figure in
            var copy = plot
            copy.xRange = x
            copy.yRange = y
            // Contour labels dodge each frame's path, so they would jump from frame to frame.
            copy.marks = plot.marks.map { mark -> any Mark in
                guard var contour = mark as? Contour else { return mark }
                contour.labelCount = 0
                return contour
            }
            return copy
        }
        if first.legend == .automatic {
            let corner = try legendCorner(for: fixed, size: size)
            for index in fixed.indices { fixed[index].legend = corner }
        }
        return fixed
    }

    /// The corner where the legends of all frames together cover the fewest data points.
    private static func legendCorner(for plots: [Figure], size: (Int, Int)) throws -> LegendPlacement {
        let measurer = try CairoRenderer(width: max(1, size.0), height: max(1, size.1), scale: 1)
        let bounds = Rect(x: 0, y: 0, width: Double(size.0), height: Double(size.1))
        var occupied: [Point] = []
        var legendSize = Size(width: 0, height: 0)
        var plotRect = bounds
        for plot in plots {
            let layout = try PlotLayout.make(figure: plot, in: bounds, renderer: measurer)
            plotRect = layout.plotRect
            var entries: [LegendEntry] = []
            for (mark, color) in zip(plot.marks, layout.colors(theme: .light)) {
                let context = layout.context(measurer, theme: .light, color: color)
                occupied += mark.occupiedPoints(in: context)
                entries += mark.legendEntries(color: color, theme: .light)
            }
            let textWidth = entries.map { measurer.measure($0.label, size: Fonts.legend, bold: false).width }.max() ?? 0
            legendSize.width = max(legendSize.width, Legend.padding * 2 + Legend.symbolWidth + 6 + textWidth)
            legendSize.height = max(legendSize.height, Legend.padding * 2 + Legend.rowHeight * Double(entries.count) - 2)
        }
        var best = LegendPlacement.topRight, bestScore = Int.max
        for (placement, box) in Legend.candidates(size: legendSize, in: plotRect) where placement != .automatic {
            let grown = box.insetBy(-4)
            let score = occupied.reduce(0) { $0 + (grown.contains($1) ? 1 : 0) }
            if score < bestScore { (best, bestScore) = (placement, score) }
        }
        return best
    }
}
