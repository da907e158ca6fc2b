import Testing
@testable import Plotting

/// Structure of whole figures, checked through the recording renderer.
@Suite struct FigureTests {
    func record(_ figure: Figure, theme: Theme = .light) throws -> RecordingRenderer {
        let r = RecordingRenderer()
        try figure.render(to: r, theme: theme)
        #expect(r.isBalanced)
        return r
    }

    @Test func contourFigureHasIsolinesTrajectoriesMarkersAndLegend() throws {
        let f = Figure(title: "Ravine", xLabel: "x₁", yLabel: "x₂") {
            Contour(x: -6...6, y: -3...3, resolution: 60, levels: .values([1, 2, 4, 8])) { x, y in 0.1 * x * x + 2 * y * y }
            Trajectory([(-5, 2), (-4, -1.5), (-3, 1), (-2, -0.5)], label: "GD, η = 0.4")
            Trajectory([(-5, -2), (-4, -1), (-3, -0.5)], label: "momentum")
            Minimum((0, 0), label: "minimum")
        }
        let r = try record(f)
        #expect(r.groupCount("isoline") == 4)
        #expect(r.groupCount("trajectory") == 2)
        #expect(r.groupCount("start-marker") == 2)
        #expect(r.groupCount("end-marker") == 2)
        #expect(r.groupCount("minimum") == 1)
        #expect(r.records(in: "arrowheads").count == 2)
        #expect(r.texts(in: "legend") == ["GD, η = 0.4", "momentum", "minimum"])
        #expect(r.texts(in: "title") == ["Ravine"])
        #expect(r.texts(in: "x-label") == ["x₁"] && r.texts(in: "y-label") == ["x₂"])
        #expect(r.texts(in: "x-ticks") == ["−6", "−4", "−2", "0", "2", "4", "6"])
        #expect(r.texts(in: "y-ticks").contains("0"))
    }

    @Test func seriesGetDistinctColours() throws {
        let f = Figure { Line([1, 2, 3], label: "a"); Line([3, 2, 1], label: "b"); Line([2, 2, 2], label: "c") }
        let r = try record(f)
        let colors = r.records(in: "line").compactMap { rec -> Color? in
            if case .stroke(_, let s) = rec.operation { return s.color }
            return nil
        }
        #expect(Set(colors).count == 3)
    }

    @Test func darkThemeSwapsBackgroundAndText() throws {
        let f = Figure(title: "T") { Line([1, 2]) }
        let light = try record(f, theme: .light), dark = try record(f, theme: .dark)
        guard case .fill(_, let lb) = light.records[0].operation, case .fill(_, let db) = dark.records[0].operation else {
            Issue.record("background first")
            return
        }
        #expect(lb.luminance > 0.9 && db.luminance < 0.05)
        func titleColor(_ r: RecordingRenderer) -> Color? {
            if case .text(_, _, let s) = r.records(in: "title")[0].operation { return s.color }
            return nil
        }
        #expect(titleColor(light)!.luminance < 0.1 && titleColor(dark)!.luminance > 0.7)
    }

    @Test func darkThemeLightensDarkDataColours() {
        let navy = Color(hex: 0x0A1A4A)
        #expect(navy.adapted(to: .dark).luminance > navy.luminance)
        #expect(navy.adapted(to: .light) == navy)
    }

    @Test func divergedRunIsLabelledAtTheEdge() throws {
        let f = Figure(x: -1...1, y: -1...1) {
            Trajectory([(0, 0), (0.5, 0.1), (-0.9, 0.2), (3, 0.3), (.nan, .nan)], label: "η = 2")
        }
        let r = try record(f)
        #expect(r.texts(in: "divergence") == ["diverged at step 4"])
        #expect(r.groupCount("end-marker") == 0)
        let explicit = try record(Figure { Trajectory([(0, 0), (1, 1), (2, 4)], divergedAt: 2) })
        #expect(explicit.texts(in: "divergence") == ["diverged at step 2"])
    }

    @Test func runLeavingTheViewForGoodIsLabelledAsLeavingNotDiverging() throws {
        let f = Figure(x: -1...1, y: -1...1) { Trajectory([(0, 0), (0.5, 0), (-2, 0), (8, 0), (-40, 0)]) }
        let r = try record(f)
        #expect(r.texts(in: "divergence") == ["leaves the plot at step 2"])
        let known = try record(Figure(x: -1...1, y: -1...1) {
            Trajectory([(0, 0), (0.5, 0), (-2, 0), (8, 0), (-40, 0)], divergedAt: 2)
        })
        #expect(known.texts(in: "divergence") == ["diverged at step 2"])
    }

    /// An equal-aspect plot is shrunk and centred in its area; its axis labels follow it
    /// instead of staying at the figure's edges.
    @Test func equalAspectAxisLabelsFollowThePlot() throws {
        func labelPosition(_ group: String, equalAspect: Bool) throws -> Point {
            let f = Figure(xLabel: "x₁", yLabel: "x₂", x: -6...6, y: -1...1, equalAspect: equalAspect,
                           width: 640, height: 480) { Line([(-6, -1), (6, 1)]) }
            guard case .text(_, let point, _) = try record(f).records(in: group).first?.operation else {
                Issue.record("no \(group) text")
                return Point(0, 0)
            }
            return point
        }
        // The domain is 12 wide and 2 tall: with equal aspect the plot is a thin band in the middle.
        let freeX = try labelPosition("x-label", equalAspect: false)
        let squareX = try labelPosition("x-label", equalAspect: true)
        #expect(squareX.y < freeX.y - 100)
        #expect(squareX.x == freeX.x)
        let freeY = try labelPosition("y-label", equalAspect: false)
        let squareY = try labelPosition("y-label", equalAspect: true)
        #expect(squareY.x == freeY.x)
    }

    @Test func panelsWithSharedAxesLabelOnlyOuterPanels() throws {
        let panel = Figure(xLabel: "x₁", yLabel: "x₂") { Line([1, 2, 3]) }
        let f = Figure.panels([panel, panel, panel, panel], columns: 2, sharedAxes: true, title: "Grid")
        let r = try record(f)
        #expect(r.groupCount("panel") == 4)
        #expect(r.texts(in: "y-label").count == 2)
        #expect(r.texts(in: "x-label").count == 2)
        let independent = try record(Figure.panels([panel, panel], columns: 2))
        #expect(independent.texts(in: "y-label").count == 2)
    }

    @Test func hiddenLegendAndUnlabelledMarksDrawNoLegend() throws {
        #expect(try record(Figure(legend: .hidden) { Line([1, 2], label: "a") }).groupCount("legend") == 0)
        #expect(try record(Figure { Line([1, 2]) }).groupCount("legend") == 0)
    }

    @Test func logAxisTicksAreDecades() throws {
        let f = Figure(yScale: .log) { Line([1, 0.1, 0.01, 0.001, 1e-4]) }
        let r = try record(f)
        #expect(r.texts(in: "y-ticks").contains("10⁻²"))
    }

    @Test func filledContourPaintsBandsAndSkipsNaN() throws {
        let f = Figure {
            Contour(x: -1...1, y: -1...1, resolution: 30, levels: .linear(count: 4), filled: true) { x, y in
                x > 0.5 ? .nan : x * x + y * y
            }
        }
        let r = try record(f)
        #expect(r.groupCount("band") == 1 + Contour(x: -1...1, y: -1...1, resolution: 30, levels: .linear(count: 4)) { x, y in
            x > 0.5 ? .nan : x * x + y * y
        }.levelValues.count)
    }

    @Test func annotationDrawsTextAndArrow() throws {
        let f = Figure(x: -2...2, y: -1...5) { Line(x: -2...2) { $0 * $0 }; Annotation("global minimum", at: (0, 0)) }
        let r = try record(f)
        #expect(r.texts(in: "annotation") == ["global minimum"])
        #expect(r.records(in: "annotation").count == 4)
    }

    @Test func shapesAndSurfaceDraw() throws {
        let shapes = try record(Figure {
            Polygon([(0, 0), (1, 0), (0, 1)], label: "set")
            Segment(from: (0, 0), to: (1, 1))
            Points([(0.2, 0.2)])
        })
        #expect(shapes.groupCount("polygon") == 1 && shapes.groupCount("segment") == 1 && shapes.groupCount("points") == 1)
        let surface = try record(Figure { Surface(x: -1...1, y: -1...1, resolution: 10) { $0 * $0 - $1 * $1 } })
        #expect(surface.records(in: "surface").count > 81 * 2)
        #expect(surface.groupCount("x-ticks") == 0)
    }
}
