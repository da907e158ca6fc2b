import Testing
@testable import Plotting

/// Lines as sets of rounded vertex lists, independent of start vertex for rings.
private func normalized(_ lines: [MarchingSquares.Line]) -> Set<[Point]> {
    Set(lines.map { line in
        let pts = line.points.map { Point(($0.x * 1e9).rounded() / 1e9, ($0.y * 1e9).rounded() / 1e9) }
        let reversed = Array(pts.reversed())
        if !line.isClosed { return lexicographic(reversed, pts) ? reversed : pts }
        var rotations: [[Point]] = []
        for k in pts.indices {
            rotations.append(Array(pts[k...] + pts[..<k]))
            rotations.append(Array(reversed[k...] + reversed[..<k]))
        }
        return rotations.min(by: lexicographic)!
    })
}

private func lexicographic(_ a: [Point], _ b: [Point]) -> Bool {
    for (p, q) in zip(a, b) where p != q { return (p.x, p.y) < (q.x, q.y) }
    return a.count < b.count
}

@Suite struct MarchingSquaresTests {
    @Test func verticalEdgeAcrossOneCell() {
        // Columns x = 0, 1; rows y = 0, 1. Left column 0, right column 1.
        let lines = MarchingSquares.isolines(values: [0, 1, 0, 1], columns: 2, rows: 2, level: 0.5)
        #expect(lines.count == 1)
        #expect(!lines[0].isClosed)
        #expect(normalized(lines) == [[Point(0.5, 0), Point(0.5, 1)]])
    }

    @Test func interpolatesCrossingPosition() {
        let lines = MarchingSquares.isolines(values: [0, 4, 0, 4], columns: 2, rows: 2, level: 1)
        #expect(normalized(lines) == [[Point(0.25, 0), Point(0.25, 1)]])
    }

    @Test func peakGivesClosedDiamond() {
        let values: [Double] = [0, 0, 0,
                                0, 2, 0,
                                0, 0, 0]
        let lines = MarchingSquares.isolines(values: values, columns: 3, rows: 3, level: 1)
        #expect(lines.count == 1)
        #expect(lines[0].isClosed)
        let diamond = [Point(1, 0.5), Point(1.5, 1), Point(1, 1.5), Point(0.5, 1)]
        #expect(normalized(lines) == normalized([MarchingSquares.Line(points: diamond, isClosed: true)]))
    }

    @Test func saddleWithHighCentreJoinsTheHighCorners() {
        // v0 (0,0) = 1 and v2 (1,1) = 1 high; v1, v3 = 0; mean 0.5 ≥ 0.4 → high corners connect,
        // so the cut-off corners are v1 (bottom-right) and v3 (top-left).
        let lines = MarchingSquares.isolines(values: [1, 0, 0, 1], columns: 2, rows: 2, level: 0.4)
        #expect(normalized(lines) == normalized([
            MarchingSquares.Line(points: [Point(0.6, 0), Point(1, 0.4)], isClosed: false),
            MarchingSquares.Line(points: [Point(0.4, 1), Point(0, 0.6)], isClosed: false),
        ]))
    }

    @Test func saddleWithLowCentreSeparatesTheHighCorners() {
        // Same corners, level 0.6 > mean 0.5: the high corners v0 and v2 are cut off.
        let lines = MarchingSquares.isolines(values: [1, 0, 0, 1], columns: 2, rows: 2, level: 0.6)
        #expect(normalized(lines) == normalized([
            MarchingSquares.Line(points: [Point(0, 0.4), Point(0.4, 0)], isClosed: false),
            MarchingSquares.Line(points: [Point(1, 0.6), Point(0.6, 1)], isClosed: false),
        ]))
    }

    @Test func nanCellsLeaveGaps() {
        let values: [Double] = [0, 1, 1,
                                0, .nan, 1,
                                0, 1, 1]
        let lines = MarchingSquares.isolines(values: values, columns: 3, rows: 3, level: 0.5)
        // Every cell touches the NaN centre, so nothing is drawn.
        #expect(lines.isEmpty)
        let wider: [Double] = [0, 1, 1, 1,
                               0, 1, .nan, 1,
                               0, 1, 1, 1]
        let open = MarchingSquares.isolines(values: wider, columns: 4, rows: 3, level: 0.5)
        #expect(normalized(open) == [[Point(0.5, 0), Point(0.5, 1), Point(0.5, 2)]])
    }

    @Test func flatAndDegenerateGridsGiveNothing() {
        #expect(MarchingSquares.isolines(values: [1, 1, 1, 1], columns: 2, rows: 2, level: 1.5).isEmpty)
        #expect(MarchingSquares.isolines(values: [1], columns: 1, rows: 1, level: 0).isEmpty)
        #expect(MarchingSquares.isolines(values: [1, 2], columns: 2, rows: 2, level: 1.5).isEmpty)
        #expect(MarchingSquares.isolines(values: [0, 1, 0, 1], columns: 2, rows: 2, level: .nan).isEmpty)
    }

    @Test func regionBoundariesCloseAlongTheBox() {
        let grid = Grid(x: 0...1, y: 0...1, rows: [[0, 1], [0, 1]])
        let rings = MarchingSquares.regionBoundaries(grid, level: 0.5)
        #expect(rings.count == 1)
        #expect(rings[0].isClosed)
        let xs = rings[0].points.map(\.x), ys = rings[0].points.map(\.y)
        #expect(xs.min() == 0.5 && xs.max() == 1 && ys.min() == 0 && ys.max() == 1)
    }

    @Test func dataCoordinatesFollowTheGridBox() {
        let grid = Grid(x: -2...2, y: 10...20, rows: [[0, 1], [0, 1]])
        let lines = MarchingSquares.isolines(grid, levels: [0.5])
        #expect(normalized(lines[0]) == [[Point(0, 10), Point(0, 20)]])
    }
}
