import Testing
@testable import Plotting

@Suite struct TicksTests {
    @Test(arguments: [
        (0.0...1.0, 5, [0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (-6.0...6.0, 6, [-6, -4, -2, 0, 2, 4, 6]),
        (0.0...400.0, 5, [0, 100, 200, 300, 400]),
        (-3.0...3.0, 6, [-3, -2, -1, 0, 1, 2, 3]),
    ])
    func linearTicksFollowOneTwoFive(range: ClosedRange<Double>, count: Int, expected: [Double]) {
        let ticks = Ticks.linear(range, maxCount: count).map(\.value)
        #expect(ticks.count == expected.count)
        for (a, b) in zip(ticks, expected) { #expect(abs(a - b) < 1e-12) }
    }

    @Test func labelsUseTypographicMinusAndMatchingDecimals() {
        #expect(Ticks.linear(-1...1, maxCount: 4).map(\.label) == ["−1.0", "−0.5", "0", "0.5", "1.0"])
        #expect(Ticks.linear(0...1000, maxCount: 5).map(\.label) == ["0", "200", "400", "600", "800", "1000"])
    }

    @Test func logTicksAtDecades() {
        let ticks = Ticks.log(1e-3...10, maxCount: 8)
        #expect(ticks.map(\.value) == [1e-3, 1e-2, 1e-1, 1, 10])
        #expect(ticks.map(\.label) == ["10⁻³", "10⁻²", "10⁻¹", "1", "10"])
    }

    @Test func manyDecadesAreThinned() {
        let ticks = Ticks.log(1e-12...1e12, maxCount: 6)
        #expect(ticks.count <= 7)
        #expect(ticks.first?.label == "10⁻¹²")
    }

    @Test func narrowLogRangeFallsBackToOneTwoFive() {
        let ticks = Ticks.log(1.5...40, maxCount: 8)
        #expect(ticks.map(\.value) == [2, 5, 10, 20])
    }

    @Test func extremeMagnitudesUseScientificNotation() {
        #expect(Ticks.format(2e-13, step: 1e-13) == "2×10⁻¹³")
        #expect(Ticks.format(1e12, step: 1e12) == "10¹²")
        #expect(Ticks.format(-2.5e8, step: 5e7) == "−2.5×10⁸")
        let tiny = Ticks.linear(0...1e-12, maxCount: 5)
        #expect(tiny.count >= 3)
        #expect(Set(tiny.map(\.label)).count == tiny.count)
    }

    @Test func narrowWindowFarFromZeroUsesOffsets() {
        let ticks = Ticks.linear(1e9...(1e9 + 2e-3), maxCount: 4)
        #expect(ticks.count >= 3)
        #expect(Set(ticks.map(\.label)).count == ticks.count)
        #expect(ticks.dropFirst().allSatisfy { $0.label.hasPrefix("+") })
    }

    @Test func degenerateRangesDoNotHang() {
        #expect(Ticks.linear(1...1, maxCount: 5).count == 1)
        #expect(Ticks.linear(0...1e300, maxCount: 5).count >= 2)
        #expect(Ticks.linear(1...(1 + 1e-15), maxCount: 5).count <= 1001)
    }
}
