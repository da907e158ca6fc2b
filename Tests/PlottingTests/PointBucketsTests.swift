import Testing
@testable import Plotting

@Suite struct PointBucketsTests {
    /// SplitMix64, so the test's points are the same on every run.
    struct Seeded {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
    }

    @Test func agreesWithReadingEveryPointBelowTheLimit() {
        var random = Seeded(state: 42)
        // A trajectory-like cloud, plus points no distance should ever come from.
        var points = (0..<2000).map { _ in Point(random.next() * 1200 - 100, random.next() * 900 - 100) }
        points += [Point(.nan, 3), Point(.infinity, 10), Point(1e300, -1e300)]
        let buckets = PointBuckets(points, cell: 80)
        for _ in 0..<500 {
            let box = Rect(x: random.next() * 1000, y: random.next() * 700, width: 5 + random.next() * 40, height: 5 + random.next() * 20)
            var brute = Double.infinity
            for q in points { brute = min(brute, box.distance(to: q)) }
            let found = buckets.nearestDistance(to: box, limit: 80)
            if brute < 80 { #expect(found == brute, "\(box)") } else { #expect(found >= 80, "\(box)") }
        }
    }

    @Test func sparsePointsAndNoPoints() {
        let box = Rect(x: 100, y: 100, width: 20, height: 10)
        #expect(PointBuckets([], cell: 80).nearestDistance(to: box, limit: 80) == .infinity)
        // 30 px right of the box: exact. 500 px away: beyond the limit, so only "at least 80".
        #expect(PointBuckets([Point(150, 105)], cell: 80).nearestDistance(to: box, limit: 80) == 30)
        #expect(PointBuckets([Point(620, 105)], cell: 80).nearestDistance(to: box, limit: 80) >= 80)
        // On a cell boundary, and in a negative cell.
        #expect(PointBuckets([Point(160, 80)], cell: 80).nearestDistance(to: box, limit: 80) == (40.0 * 40 + 20 * 20).squareRoot())
        #expect(PointBuckets([Point(-10, 100)], cell: 80).nearestDistance(to: box, limit: 200) == 110)
    }
}
