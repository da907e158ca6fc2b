import Testing
@testable import Plotting

@Suite struct ClippingTests {
    let rect = Rect(x: 0, y: 0, width: 10, height: 10)

    @Test func segmentIsCutAtTheEdge() {
        let (a, b) = Clipping.segment(Point(5, 5), Point(15, 5), in: rect)!
        #expect(a == Point(5, 5) && b == Point(10, 5))
        #expect(Clipping.segment(Point(20, 20), Point(30, 30), in: rect) == nil)
    }

    @Test func hugeAndNonFiniteCoordinatesNeverReachTheRenderer() {
        let pieces = Clipping.polylines([Point(1, 1), Point(5, 5), Point(1e300, 5), Point(.nan, 1), Point(2, 2), Point(3, 3)],
                                        in: rect)
        #expect(pieces.count == 2)
        #expect(pieces.flatMap { $0 }.allSatisfy { rect.insetBy(-1e-9).contains($0) })
    }

    @Test func exitPointOfARay() {
        #expect(Clipping.exit(from: Point(5, 5), direction: Point(0, -1), in: rect) == Point(5, 0))
        #expect(Clipping.exit(from: Point(5, 5), direction: Point(0, 0), in: rect) == nil)
    }
}
