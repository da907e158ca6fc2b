import Testing
@testable import Plotting

@Suite struct LegendTests {
    let plot = Rect(x: 0, y: 0, width: 400, height: 300)
    let size = Size(width: 100, height: 40)

    @Test func prefersTopRightWhenFree() {
        #expect(Legend.placement(size: size, in: plot, avoiding: [], preferred: .automatic).0 == .topRight)
    }

    @Test func movesAwayFromData() {
        let crowdedTopRight = (0..<50).map { Point(300 + Double($0), 20) }
        #expect(Legend.placement(size: size, in: plot, avoiding: crowdedTopRight, preferred: .automatic).0 == .topLeft)
        let allButBottomLeft = crowdedTopRight + (0..<50).map { Point(10 + Double($0), 20) }
            + (0..<50).map { Point(300 + Double($0), 280) }
        #expect(Legend.placement(size: size, in: plot, avoiding: allButBottomLeft, preferred: .automatic).0 == .bottomLeft)
    }

    @Test func explicitPlacementWins() {
        #expect(Legend.placement(size: size, in: plot, avoiding: [], preferred: .bottomLeft).0 == .bottomLeft)
    }
}
