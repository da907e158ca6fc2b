import Testing
@testable import Plotting

/// Level labels: a few, with the level's value, never on a run.
@Suite struct ContourLabelsTests {
    static func labels(_ figure: Figure) throws -> (texts: [(String, Point)], runPixels: [Point]) {
        let recorder = RecordingRenderer()
        try figure.render(to: recorder, theme: .light)
        var texts: [(String, Point)] = [], run: [Point] = []
        for record in recorder.records {
            switch record.operation {
            case .text(let text, let at, _) where record.groups.contains("level-labels"):
                texts.append((text, at))
            case .stroke(let path, _) where record.groups.contains("trajectory"):
                for element in path.elements {
                    switch element {
                    case .move(let p), .line(let p): run.append(p)
                    default: break
                    }
                }
            default: break
            }
        }
        return (texts, Markers.densify(run, spacing: 3))
    }

    @Test func aFewLevelsAreLabelledClearOfTheRuns() throws {
        let (texts, run) = try Self.labels(Gallery.contour)
        #expect((2...4).contains(texts.count), "\(texts.map(\.0))")
        let levels = Set(Contour(x: -6...6, y: -3...3, function: { x, y in 0.1 * x * x + 2 * y * y }).levelValues
            .enumerated().map { ContourLabels.label(Contour(x: -6...6, y: -3...3, function: { x, y in 0.1 * x * x + 2 * y * y }).levelValues, $0.offset) })
        for (text, at) in texts {
            #expect(levels.contains(text), "'\(text)' is one of the levels")
            let nearest = run.map { ($0 - at).length }.min() ?? .infinity
            #expect(nearest >= ContourLabels.clearance, "'\(text)' is \(nearest) px from a run")
        }
    }

    /// A legend pinned to a corner is drawn after the labels: they must not sit under it.
    @Test func labelsKeepOutOfAPinnedLegend() throws {
        let figure = Figure(x: -2...2, y: -2...2, legend: .bottomLeft) {
            Contour(x: -2...2, y: -2...2, levels: .linear(count: 13), labels: 8) { x, y in x * x - y * y }
            Trajectory([(1.8, 0.02), (1.4, 0.03), (1.0, 0.05)], label: "a run with a long legend label")
        }
        let recorder = RecordingRenderer()
        try figure.render(to: recorder, theme: .light)
        var legend: Rect?
        var labels: [Point] = []
        for record in recorder.records {
            if case .fill(let path, _) = record.operation, record.groups.last == "legend", legend == nil,
               case .move(let a)? = path.elements.first, case .line(let c)? = path.elements.dropFirst(2).first {
                legend = Rect(x: min(a.x, c.x), y: min(a.y, c.y), width: abs(c.x - a.x), height: abs(c.y - a.y))
            }
            if case .text(_, let at, _) = record.operation, record.groups.contains("level-labels") { labels.append(at) }
        }
        let box = try #require(legend)
        #expect(!labels.isEmpty)
        for label in labels { #expect(!box.insetBy(-2).contains(label), "label at \(label) under the legend \(box)") }
    }

    @Test func labelsCanBeTurnedOff() throws {
        let figure = Figure { Contour(x: -1...1, y: -1...1, labels: 0) { x, y in x * x + y * y } }
        #expect(try Self.labels(figure).texts.isEmpty)
    }

    @Test(arguments: [
        ([0.0, 0.5, 1.0, 1.5], 1, "0.5"),
        ([1.0, 2.0, 3.0], 2, "3"),
        ([0.001, 0.01, 0.1, 1], 1, "0.01"),
        ([-2.0, -1.0, 0.0], 0, "−2"),
    ])
    func valuesHaveTheDigitsTheirSpacingNeeds(levels: [Double], index: Int, expected: String) {
        #expect(ContourLabels.label(levels, index) == expected)
    }
}

/// The 3-D surface: a z axis with ticks and a name, named floor axes, and runs lifted onto it.
@Suite struct SurfaceAxesTests {
    static func record(_ figure: Figure) throws -> RecordingRenderer {
        let recorder = RecordingRenderer()
        try figure.render(to: recorder, theme: .light)
        return recorder
    }

    @Test func hasAZAxisWithTicksAndAllThreeNames() throws {
        let recorder = try Self.record(Gallery.surface)
        let zTexts = recorder.records.compactMap { record -> String? in
            guard record.groups.contains("z-axis"), case .text(let text, _, _) = record.operation else { return nil }
            return text
        }
        #expect(zTexts.contains("f"))
        #expect(zTexts.contains("0"), "\(zTexts)")
        #expect(zTexts.count >= 3)
        let floor = recorder.records.compactMap { record -> String? in
            guard record.groups.contains("surface-labels"), case .text(let text, _, _) = record.operation else { return nil }
            return text
        }
        #expect(floor.contains("x₁") && floor.contains("x₂"))
    }

    @Test func aTrajectoryIsLiftedOntoTheSurfaceNotDrawnFlat() throws {
        let recorder = try Self.record(Gallery.surface)
        #expect(recorder.openedGroups.contains("lifted-trajectory"))
        #expect(!recorder.openedGroups.contains("trajectory"), "no flat copy in the plane")
        // The saddle's run starts high on the ridge (f ≈ 0.9) and ends near the saddle (f ≈ 0):
        // lifted, its first point is drawn well above its last.
        var points: [Point] = []
        for record in recorder.records where record.groups.contains("lifted-trajectory") {
            if case .stroke(let path, let style) = record.operation, style.width < 3 {
                for element in path.elements { if case .line(let p) = element { points.append(p) } else if case .move(let p) = element { points.append(p) } }
            }
        }
        let first = try #require(points.first), last = try #require(points.last)
        #expect(first.y < last.y - 40, "first \(first), last \(last)")
    }

    @Test func interpolatesTheSurface() {
        let surface = Surface(x: -1...1, y: -1...1, resolution: 21) { x, y in x * x - y * y }
        #expect(abs(surface.value(atX: 0.5, y: 0)! - 0.25) < 0.01)
        #expect(surface.value(atX: 1.5, y: 0) == nil)
    }
}

/// Figures that would come out empty or with holes say so.
@Suite struct DataWarningsTests {
    @Test func aNaNGridIsNamed() {
        let all = Figure { Contour(x: -1...1, y: -1...1) { _, _ in .nan } }
        #expect(all.dataWarnings.count == 1)
        #expect(all.dataWarnings[0].hasPrefix("every sample of the contour grid is NaN: nothing is drawn"))
        let some = Figure { Surface(x: -1...1, y: -1...1, resolution: 10) { x, _ in x > 0.5 ? .infinity : x } }
        #expect(some.dataWarnings == ["30 of 100 samples of the surface grid are ±∞: those cells are left empty — narrow the box or check the function"])
    }

    @Test func valuesAtMostZeroOnALogAxisAreNamed() {
        let figure = Figure(yScale: .log) {
            Line([(0, 1), (1, 0), (2, -1)], label: "loss")
            Line([(0, 1), (1, 0.1)], label: "fine")
        }
        #expect(figure.dataWarnings == ["the y axis is logarithmic but 2 of 3 values of line “loss” are ≤ 0 and are not drawn"])
        let panels = Figure.panels([Figure(title: "empty", yScale: .log) { Line([(0, -1), (1, -2)]) }], columns: 1)
        #expect(panels.dataWarnings == ["panel 1 (“empty”): the y axis is logarithmic but every value of a line is ≤ 0: nothing is drawn"])
    }

    @Test func theGalleryHasNoWarnings() {
        for (name, figure) in Gallery.all { #expect(figure.dataWarnings.isEmpty, "\(name): \(figure.dataWarnings)") }
    }
}
