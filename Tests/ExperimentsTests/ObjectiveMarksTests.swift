import Testing
@testable import Experiments

@Suite struct ObjectiveMarksTests {
    @Test func contourSamplesTheObjectiveOverItsBox() {
        let contour = Contour(.ravine, resolution: 5)
        #expect(contour.grid.x == Objective.ravine.box[0])
        #expect(contour.grid.y == Objective.ravine.box[1])
        // Corner and an interior sample equal the objective there.
        let (x0, y0) = (contour.grid.x.lowerBound, contour.grid.y.lowerBound)
        #expect(contour.grid[0, 0] == Objective.ravine([x0, y0]))
        let dx = (contour.grid.x.upperBound - x0) / 4, dy = (contour.grid.y.upperBound - y0) / 4
        #expect(contour.grid[3, 2].isApproximatelyEqual(to: Objective.ravine([x0 + 3 * dx, y0 + 2 * dy])))
    }

    @Test func contourHonoursGivenRanges() {
        let contour = Contour(.bowl, x: -1...1, y: 0...2, resolution: 3)
        #expect(contour.grid.x == -1...1 && contour.grid.y == 0...2)
        #expect(contour.grid[2, 2] == Objective.bowl([1, 2]))
    }

    @Test func curveOfOneDimensionalObjective() {
        let line = Line(.square, x: -2...2, samples: 5)
        #expect(line.points.map(\.x) == [-2, -1, 0, 1, 2])
        #expect(line.points.map(\.y) == [4, 1, 0, 1, 4])
    }

    @Test func scheduleLineHasOnePointPerStep() throws {
        let schedule = try CosineDecay(from: 1, to: 0.1, steps: 10)
        let line = Line(schedule, steps: 12)
        #expect(line.points.count == 12)
        #expect(line.points[0].y == schedule(0))
        #expect(line.points[11].y == schedule(11))
        #expect(line.points.map(\.x) == (0..<12).map(Double.init))
    }

    @Test func minimumMarkersSitOnTheMinima() {
        let markers = minimumMarkers(of: .himmelblau).compactMap { $0 as? Minimum }
        #expect(markers.count == Objective.himmelblau.minima.count)
        #expect(markers.count >= 2)
        #expect(markers[0].label == "minimum" && markers.dropFirst().allSatisfy { $0.label == nil })
        let oneD = minimumMarkers(of: .square).compactMap { $0 as? Minimum }
        #expect(oneD.map(\.point.y) == [0])
    }
}

extension Double {
    func isApproximatelyEqual(to other: Double) -> Bool { abs(self - other) <= 1e-12 * max(1, abs(other)) }
}
