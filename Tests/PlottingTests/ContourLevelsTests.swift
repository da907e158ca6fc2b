import Testing
@testable import Plotting

@Suite struct ContourLevelsTests {
    @Test func linearLevelsAreNiceAndInside() {
        let grid = Grid(x: 0...1, y: 0...1, rows: [[0, 10], [0, 10]])
        let levels = ContourLevels.linear(count: 5).resolve(for: grid)
        #expect(levels == [2, 4, 6, 8])
    }

    @Test func rosenbrockIsDetectedAsSkewedAndGetsLogLevels() {
        let grid = Grid(x: -2...2, y: -1...3, resolution: 60) { x, y in
            (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
        }
        let levels = ContourLevels.automatic(count: 10).resolve(for: grid)
        #expect(levels.count == 10)
        let gaps = zip(levels.dropFirst(), levels).map { $0 - $1 }
        #expect(gaps.last! > 10 * gaps.first!)
    }

    @Test func bowlGetsLinearLevels() {
        let grid = Grid(x: -1...1, y: -1...1, resolution: 40) { x, y in x * x + y * y }
        let levels = ContourLevels.automatic(count: 8).resolve(for: grid)
        let gaps = zip(levels.dropFirst(), levels).map { $0 - $1 }
        #expect(gaps.allSatisfy { abs($0 - gaps[0]) < 1e-9 })
    }

    @Test func constantOrEmptyGridsGiveNoLevels() {
        #expect(ContourLevels.automatic().resolve(for: Grid(x: 0...1, y: 0...1, rows: [[1, 1], [1, 1]])).isEmpty)
        #expect(ContourLevels.linear(count: 5).resolve(for: Grid(x: 0...1, y: 0...1, rows: [])).isEmpty)
        #expect(ContourLevels.values([3, 1, .nan, 1]).resolve(for: Grid(x: 0...1, y: 0...1, rows: [[0, 4]])) == [1, 3])
    }
}
