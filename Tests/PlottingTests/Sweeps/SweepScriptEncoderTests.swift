import Testing
@testable import Plotting

/// The path mini-language and numbers the page's canvas reads.
@Suite struct SweepScriptEncoderTests {
    @Test(arguments: [
        (Path.polyline([Point(1, 2), Point(4, 6), Point(4.06, 5.94)]), "M1 2l3 4 0.1-0.1"),
        (Path.polyline([Point(-1.25, 0), Point(0, 0)], closed: true), "M-1.3 0l1.3 0Z"),
        ({ var p = Path(); p.addCircle(center: Point(10, 10), radius: 2.1); p.addCircle(center: Point(12, 9), radius: 2.1)
           p.addCircle(center: Point(0, 0), radius: 3); return p }(), "O10 10 2.1o2-1O0 0 3"),
        (Path.polyline([Point(0, 0), Point(.nan, 1), Point(2, 2)]), "M0 0l2 2"),
    ])
    func paths(path: Path, encoded: String) {
        #expect(SweepScriptEncoder.path(path) == encoded)
    }

    @Test func relativeSegmentsDoNotDrift() {
        // 100 steps of 0.33 px: rounding each delta alone would end 3 px short.
        let points = (0...100).map { Point(Double($0) * 0.33, 0) }
        let encoded = SweepScriptEncoder.path(.polyline(points))
        let deltas = encoded.dropFirst("M0 0l".count).split(separator: " ").map { Double($0)! }
        #expect(abs(deltas.enumerated().filter { $0.offset % 2 == 0 }.map(\.element).reduce(0, +) - 33) < 0.051)
    }

    @Test(arguments: [(1.0, "1"), (0.25, "0.3"), (-0.04, "0"), (-2.56, "-2.6"), (123.45, "123.5")])
    func numbers(value: Double, text: String) {
        #expect(SweepScriptEncoder.number(value) == text)
    }

    @Test func colours() {
        #expect(SweepScriptEncoder.css(Color(hex: 0x0072B2)) == "#0072b2")
        #expect(SweepScriptEncoder.css(Color(hex: 0xFFFFFF, alpha: 0.8)) == "rgba(255,255,255,0.8)")
    }

    @Test func textIsSafeInsideAScriptFile() {
        #expect(JSONText.string("a</script>\"\n") == #""a\u003c/script>\"\n""#)
    }
}
