import Testing
@testable import Experiments

@Suite struct FixedTests {
    @Test(arguments: [
        (0.51649, 3, "0.516"), (0.5165, 3, "0.517"), (2.675, 2, "2.68"), (2.5, 0, "3"), (-2.5, 0, "-3"),
        (1.0, 2, "1.00"), (0.0, 3, "0.000"), (-0.0, 1, "0.0"), (-0.0004, 2, "0.00"), (-0.004, 2, "0.00"), (-0.005, 2, "-0.01"),
        (9.995, 2, "10.00"), (0.000123, 5, "0.00012"), (1e-7, 3, "0.000"), (5e-7, 6, "0.000001"),
        (123456.789, 1, "123456.8"), (1e21, 1, "1000000000000000000000.0"), (1.5e-5, 5, "0.00002"),
        (7.269388, 0, "7"), (0.1 + 0.2, 2, "0.30"), (Double.nan, 2, "nan"), (Double.infinity, 2, "inf"),
        (-Double.infinity, 0, "-inf"),
    ] as [(Double, Int, String)])
    func fixedDecimals(x: Double, decimals: Int, text: String) {
        #expect(fixed(x, decimals) == text)
    }

    @Test(arguments: [
        (0.0012345, 3, "0.00123"), (12345.0, 3, "12300"), (9.996, 3, "10.0"), (0.5, 3, "0.500"),
        (-0.031416, 2, "-0.031"), (0.0, 3, "0.00"), (1.0, 1, "1"), (99.5, 2, "100"), (123.456, 4, "123.5"),
    ] as [(Double, Int, String)])
    func significantDigits(x: Double, digits: Int, text: String) {
        #expect(significantText(x, digits) == text)
    }

    /// Against the naive route through a scaled integer, on many values where both are exact.
    @Test func agreesWithIntegerRoundingOnExactValues() {
        for numerator in stride(from: -2000, through: 2000, by: 7) {
            let x = Double(numerator) / 8   // exact in binary and in decimal
            let scaled = (x * 1000).rounded(.toNearestOrAwayFromZero) / 1000
            #expect(Double(fixed(x, 3)) == scaled, "\(x)")
        }
    }

    @Test(arguments: [("eta", true), ("final-loss", true), ("adam.beta_1", true), ("x2", true),
                      ("", false), ("2x", false), ("η", false), ("a b", false), ("a}}", false)])
    func noteNames(name: String, valid: Bool) {
        #expect(isValidNoteName(name) == valid)
    }
}
