import Testing
@testable import MathML

@Suite struct SuggestionsTests {
    static let distances: [(String, String, Int)] = [
        ("frac", "frac", 0), ("fracc", "frac", 1), ("farc", "frac", 2), ("", "abc", 3), ("kitten", "sitting", 3),
    ]

    @Test(arguments: distances) func editDistance(_ a: String, _ b: String, _ expected: Int) {
        #expect(Suggestions.editDistance(a, b) == expected)
        #expect(Suggestions.editDistance(b, a) == expected)
    }

    @Test func closest() {
        let names = ["frac", "sqrt", "sum", "lambda", "leq"]
        #expect(Suggestions.closest(to: "lamdba", among: names) == "lambda")
        #expect(Suggestions.closest(to: "sqr", among: names) == "sqrt")
        #expect(Suggestions.closest(to: "xyz", among: names) == nil)
        #expect(Suggestions.closest(to: "q", among: names) == nil)
    }
}
