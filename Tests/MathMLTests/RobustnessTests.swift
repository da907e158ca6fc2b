import Testing
@testable import MathML

/// No input may crash or hang the converter: it returns or throws.
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let soup = [
        "{", "}", "^", "_", "&", "\\\\", "'", "[", "]", "(", ")", "|", "x", "1", ".", "-", "=", " ", "\n", "%", "~", "$",
        "\\frac", "\\sqrt", "\\left", "\\right", "\\middle", "\\begin{pmatrix}", "\\end{pmatrix}", "\\begin{cases}",
        "\\end{aligned}", "\\begin", "\\end", "{matrix}", "\\text{", "\\label{a}", "\\mathbf", "\\hat", "\\sum", "\\limits",
        "\\displaystyle", "\\operatorname*", "\\big", "\\not", "\\foo", "\\", "\\alpha", "\\,", "\\{", "\\|", "\\sin",
        "\\binom", "\\overset", "\\underbrace", "é", "\u{0}", "\u{7}",
    ]

    @Test func randomTokenSoupReturnsOrThrows() {
        var generator = SplitMix64(state: 42)
        var converted = 0
        for _ in 0..<3000 {
            let length = Int.random(in: 0...30, using: &generator)
            let latex = (0..<length).map { _ in Self.soup.randomElement(using: &generator)! }.joined()
            for display in [false, true] {
                if (try? MathConverter().convert(latex, display: display)) != nil { converted += 1 }
            }
        }
        #expect(converted > 0)
    }

    @Test func randomBytesReturnOrThrow() {
        var generator = SplitMix64(state: 7)
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let latex = String(decoding: bytes, as: UTF8.self)
            _ = try? MathConverter().convert(latex, display: true)
        }
    }

    static let deep: [String] = [
        String(repeating: "{", count: 10_000),
        String(repeating: "{", count: 10_000) + String(repeating: "}", count: 10_000),
        String(repeating: "x^{", count: 10_000),
        String(repeating: "\\hat", count: 10_000) + "x",
        String(repeating: "\\frac{", count: 10_000),
        String(repeating: "\\left(", count: 10_000),
        String(repeating: "\\sqrt[", count: 10_000),
        String(repeating: "\\begin{matrix}", count: 10_000),
        String(repeating: "\\not", count: 10_000) + "=",
        String(repeating: "\\mathbf", count: 10_000) + "x",
        "\\text{" + String(repeating: "{", count: 10_000),
    ]

    @Test(arguments: deep) func deepNestingIsAnErrorNotACrash(_ latex: String) {
        let error = conversionError(latex)
        #expect(error != nil)
    }

    @Test func nestingJustUnderTheLimitWorks() throws {
        let depth = Parser.maxDepth - 1
        let latex = String(repeating: "\\frac{", count: depth) + "x" + String(repeating: "}{y}", count: depth)
        #expect(try MathConverter().convert(latex, display: true).mathML.hasPrefix("<math"))
        #expect(conversionError(String(repeating: "{", count: 10_000))?.message == "formula is nested too deeply (more than 100 levels)")
    }

    @Test func longFlatInputsAreFine() throws {
        let long = Array(repeating: "x_i + ", count: 5000).joined() + "1"
        #expect(try MathConverter().convert(long, display: false).mathML.count > 5000)
        #expect(try MathConverter().convert(String(repeating: "'", count: 1000), display: false).mathML.hasPrefix("<math"))
    }
}
