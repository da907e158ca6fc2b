import Testing
@testable import Plotting

@Suite struct DomainTests {
    @Test func emptyFigureGetsUnitRanges() throws {
        let r = try Domain.ranges(of: Figure())
        #expect(r.x == 0...1 && r.y == 0...1)
    }

    @Test func contourDefinesTheBoxExactly() throws {
        let f = Figure { Contour(x: -6...6, y: -3...3, resolution: 10) { x, y in x * x + y * y }
                         Trajectory([(100, 100), (0, 0)]) }
        let r = try Domain.ranges(of: f)
        #expect(r.x == -6...6 && r.y == -3...3)
    }

    @Test func zeroWidthRangesAreWidened() throws {
        let f = Figure { Line([3, 3, 3]) }
        let r = try Domain.ranges(of: f)
        #expect(r.y.lowerBound < 3 && r.y.upperBound > 3)
        let zero = try Domain.ranges(of: Figure { Points([(0, 0)]) })
        #expect(zero.x.lowerBound < 0 && zero.x.upperBound > 0)
    }

    @Test func invalidExplicitRangesThrowClearErrors() {
        let log = Figure(yScale: .log, y: -1...10) { Line([1, 2]) }
        #expect(throws: PlottingError.self) { try Domain.ranges(of: log) }
        do {
            _ = try Domain.ranges(of: log)
        } catch {
            #expect("\(error)".contains("log axis"))
        }
        let huge = Figure(x: -1e308...1e308) { Line([1, 2]) }
        #expect(throws: PlottingError.self) { try Domain.ranges(of: huge) }
    }

    @Test func logAxisIgnoresNonPositiveData() throws {
        let f = Figure(yScale: .log) { Line([0, -1, 1e-3, 10]) }
        let r = try Domain.ranges(of: f)
        #expect(r.y.lowerBound > 0)
    }
}
