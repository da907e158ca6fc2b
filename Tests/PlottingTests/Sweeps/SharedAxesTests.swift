import Testing
@testable import Plotting

/// Frames of a sweep keep their axes, ticks and legend still.
@Suite struct SharedAxesTests {
    /// A gradient-descent path on ½(0.1x² + 2y²)·2 with learning rate η, plotted with
    /// automatic ranges, so each frame alone would get different axes.
    static func frame(_ η: Double, steps: Int = 12, legend: Bool = true) -> Figure {
        var p = (-5.0, -2.0), points = [p]
        for _ in 0..<steps {
            p = (p.0 - η * 0.2 * p.0, p.1 - η * 4 * p.1)
            points.append(p)
        }
        return Figure(title: "η = \(η)", xLabel: "x₁", yLabel: "x₂", width: 400, height: 300) {
            Line(x: [-6, 6], y: [0, 0], label: "floor", color: .gray)
            Trajectory(points, label: legend ? "η = \(η)" : nil)
        }
    }

    static func ticks(_ figure: Figure) throws -> [String] {
        let recorder = RecordingRenderer()
        try figure.render(to: recorder, theme: .light)
        return recorder.texts(in: "x-ticks") + ["|"] + recorder.texts(in: "y-ticks")
    }

    @Test func framesGetTheUnionOfTheirRanges() throws {
        let frames = [0.1, 0.3, 0.45].map { Self.frame($0) }
        let own = try frames.map { try Domain.ranges(of: $0) }
        #expect(Set(try frames.map { try Self.ticks($0) }).count > 1, "the frames alone should differ")
        let fixed = try Figure.sharingAxes(frames)
        let x = fixed[0].xRange!, y = fixed[0].yRange!
        #expect(x.lowerBound == own.map(\.x.lowerBound).min() && x.upperBound == own.map(\.x.upperBound).max())
        #expect(y.lowerBound == own.map(\.y.lowerBound).min() && y.upperBound == own.map(\.y.upperBound).max())
        for frame in fixed {
            #expect(frame.xRange == x && frame.yRange == y)
            #expect(try Self.ticks(frame) == Self.ticks(fixed[0]))
        }
    }

    @Test func theLegendGoesToOneCornerForAllFrames() throws {
        let fixed = try Figure.sharingAxes([0.1, 0.3, 0.45].map { Self.frame($0) })
        let corners: Set<LegendPlacement> = [.topLeft, .topRight, .bottomLeft, .bottomRight]
        #expect(corners.contains(fixed[0].legend))
        #expect(fixed.allSatisfy { $0.legend == fixed[0].legend })
        // Explicit placements are kept.
        let pinned = try Figure.sharingAxes([Self.frame(0.1).legend(.bottomLeft), Self.frame(0.3).legend(.bottomLeft)])
        #expect(pinned.allSatisfy { $0.legend == .bottomLeft })
    }

    @Test func explicitRangesAreKeptWhenTheyCoverEveryFrame() throws {
        let frames = [0.1, 0.45].map { Self.frame($0).ranges(x: -8...8, y: -4...4) }
        let fixed = try Figure.sharingAxes(frames)
        #expect(fixed.allSatisfy { $0.xRange == -8...8 && $0.yRange == -4...4 })
    }

    @Test(arguments: [
        (Figure(width: 400, height: 300), Figure(width: 300, height: 300), "400×300"),
        (Figure(yScale: .linear, width: 400, height: 300), Figure(yScale: .log, width: 400, height: 300), "scales"),
        (Figure(width: 400, height: 300), Figure.panels([Figure(), Figure()], columns: 2, width: 400, height: 300), "panels"),
    ])
    func framesThatCannotShareAxesAreNamed(first: Figure, second: Figure, detail: String) {
        #expect {
            _ = try Figure.sharingAxes([first, first, second])
        } throws: { error in
            let text = "\(error)"
            return text.contains("sweep frame 3") && text.contains(detail)
        }
    }

    @Test func panelsShareAxesPanelByPanel() throws {
        let frames = [0.1, 0.45].map { η in
            Figure.panels([Self.frame(η), Self.frame(η * 2)], columns: 2, width: 800, height: 300)
        }
        let fixed = try Figure.sharingAxes(frames)
        for k in 0..<2 {
            #expect(fixed[0].panels[k].xRange == fixed[1].panels[k].xRange)
            #expect(fixed[0].panels[k].yRange == fixed[1].panels[k].yRange)
        }
    }
}
