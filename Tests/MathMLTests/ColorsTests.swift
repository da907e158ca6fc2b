import Testing
@testable import MathML

@Suite struct ColorsTests {
    static let cases: [(String, String)] = [
        ("\\color{red} x + y", "<mstyle mathcolor=\"red\">" + mi("x") + mo("+") + mi("y") + "</mstyle>"),
        ("{\\color{#1f77b4} x} + y", "<mstyle mathcolor=\"#1f77b4\">" + mi("x") + "</mstyle>" + mo("+") + mi("y")),
        ("\\textcolor{Teal}{x} y", "<mstyle mathcolor=\"Teal\">" + mi("x") + "</mstyle>" + mi("y")),
        ("\\textcolor{ #abc }{x}", "<mstyle mathcolor=\"#abc\">" + mi("x") + "</mstyle>"),
    ]

    @Test(arguments: cases) func colors(_ latex: String, _ expected: String) throws {
        #expect(try body(latex) == expected)
    }

    @Test(arguments: ["red!50", "#12", "#ggg", "rde", "", "url(x)"]) func badColorsAreErrors(_ color: String) {
        #expect(conversionError("\\textcolor{\(color)}{x}") != nil)
        #expect(!Colors.isValid(color))
    }
}
