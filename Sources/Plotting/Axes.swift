/// Grid lines, the frame, ticks, tick labels and axis labels of a plot.
enum Axes {
    /// Centre of a 1-px line on a pixel boundary, crisp at 1× and 2×.
    static func snap(_ v: Double) -> Double { v.rounded(.down) + 0.5 }

    static func drawGrid(_ layout: PlotLayout, renderer r: any Renderer, chrome: Chrome) {
        guard layout.figure.showsGrid else { return }
        let rect = layout.plotRect
        var path = Path()
        for t in layout.xTicks {
            let px = snap(layout.x.pixel(t.value))
            guard px.isFinite, px > rect.minX + 1, px < rect.maxX - 1 else { continue }
            path.addPolyline([Point(px, rect.minY), Point(px, rect.maxY)])
        }
        for t in layout.yTicks {
            let py = snap(layout.y.pixel(t.value))
            guard py.isFinite, py > rect.minY + 1, py < rect.maxY - 1 else { continue }
            path.addPolyline([Point(rect.minX, py), Point(rect.maxX, py)])
        }
        r.group("grid") {
            r.stroke(path, style: StrokeStyle(color: chrome.grid, width: 1, round: false))
        }
    }

    static func drawFrame(_ layout: PlotLayout, renderer r: any Renderer, chrome: Chrome) {
        let rect = layout.plotRect
        let frame = Rect(x: snap(rect.minX), y: snap(rect.minY), width: snap(rect.maxX) - snap(rect.minX),
                         height: snap(rect.maxY) - snap(rect.minY))
        r.group("frame") {
            r.stroke(.rect(frame), style: StrokeStyle(color: chrome.axis, width: 1, round: false))
        }
        let tl = PlotLayout.tickLength
        let tickStyle = TextStyle(size: Fonts.tick, color: chrome.secondaryText)
        var marks = Path()
        r.group("x-ticks") {
            for t in layout.xTicks {
                let px = snap(layout.x.pixel(t.value))
                guard px.isFinite, px >= rect.minX - 1, px <= rect.maxX + 1 else { continue }
                marks.addPolyline([Point(px, frame.maxY), Point(px, frame.maxY + tl)])
                if layout.furniture.xTickLabels {
                    var s = tickStyle
                    s.horizontal = .center
                    s.vertical = .top
                    r.text(t.label, at: Point(px, frame.maxY + tl + PlotLayout.tickGap), style: s)
                }
            }
        }
        r.group("y-ticks") {
            for t in layout.yTicks {
                let py = snap(layout.y.pixel(t.value))
                guard py.isFinite, py >= rect.minY - 1, py <= rect.maxY + 1 else { continue }
                marks.addPolyline([Point(frame.minX - tl, py), Point(frame.minX, py)])
                if layout.furniture.yTickLabels {
                    var s = tickStyle
                    s.horizontal = .trailing
                    s.vertical = .center
                    r.text(t.label, at: Point(frame.minX - tl - PlotLayout.tickGap, py), style: s)
                }
            }
        }
        r.stroke(marks, style: StrokeStyle(color: chrome.axis, width: 1, round: false))
        let labelStyle = TextStyle(size: Fonts.label, color: chrome.text, horizontal: .center, vertical: .bottom)
        if layout.furniture.xLabel, let xl = layout.figure.xLabel {
            r.group("x-label") {
                r.text(xl, at: Point(rect.center.x, layout.outerRect.maxY - PlotLayout.pad - layout.aspectInset.y),
                       style: labelStyle)
            }
        }
        if layout.furniture.yLabel, let yl = layout.figure.yLabel {
            r.group("y-label") {
                var s = labelStyle
                s.vertical = .top
                s.rotation = Double.pi / 2
                r.text(yl, at: Point(layout.outerRect.minX + PlotLayout.pad + layout.aspectInset.x, rect.center.y),
                       style: s)
            }
        }
    }
}
