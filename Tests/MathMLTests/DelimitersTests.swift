import Testing
@testable import MathML

@Suite struct DelimitersTests {
    static func open(_ text: String) -> String { "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">\(text)</mo>" }
    static func close(_ text: String) -> String { "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\">\(text)</mo>" }

    static let cases: [(String, String)] = [
        ("\\left( x \\right)", "<mrow>" + open("(") + mi("x") + close(")") + "</mrow>"),
        ("\\left[ x \\right]", "<mrow>" + open("[") + mi("x") + close("]") + "</mrow>"),
        ("\\left\\{ x \\right\\}", "<mrow>" + open("{") + mi("x") + close("}") + "</mrow>"),
        ("\\left| x \\right|", "<mrow>" + open("|") + mi("x") + close("|") + "</mrow>"),
        ("\\left\\| x \\right\\|", "<mrow>" + open("‖") + mi("x") + close("‖") + "</mrow>"),
        ("\\left\\lVert x \\right\\rVert", "<mrow>" + open("‖") + mi("x") + close("‖") + "</mrow>"),
        ("\\left\\langle x \\right\\rangle", "<mrow>" + open("⟨") + mi("x") + close("⟩") + "</mrow>"),
        ("\\left\\lfloor x \\right\\rceil", "<mrow>" + open("⌊") + mi("x") + close("⌉") + "</mrow>"),
        ("\\left. x \\right|", "<mrow>" + mi("x") + close("|") + "</mrow>"),
        ("\\left( x \\right.", "<mrow>" + open("(") + mi("x") + "</mrow>"),
        ("\\left.\\frac{a}{b}\\right|_{x=0}", "<msub><mrow><mfrac>" + mi("a") + mi("b") + "</mfrac>" + close("|") + "</mrow><mrow>"
            + mi("x") + mo("=") + mn("0") + "</mrow></msub>"),
        ("\\left( a \\middle| b \\right)", "<mrow>" + open("(") + mi("a") + "<mo fence=\"true\" form=\"infix\" stretchy=\"true\">|</mo>"
            + mi("b") + close(")") + "</mrow>"),
        ("\\left(\\left(x\\right)\\right)", "<mrow>" + open("(") + "<mrow>" + open("(") + mi("x") + close(")") + "</mrow>" + close(")") + "</mrow>"),
        ("\\big(", "<mo stretchy=\"true\" symmetric=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">(</mo>"),
        ("\\Big[", "<mo stretchy=\"true\" symmetric=\"true\" minsize=\"1.623em\" maxsize=\"1.623em\">[</mo>"),
        ("\\bigg\\|", "<mo stretchy=\"true\" symmetric=\"true\" minsize=\"2.047em\" maxsize=\"2.047em\">‖</mo>"),
        ("\\Bigg\\}", "<mo stretchy=\"true\" symmetric=\"true\" minsize=\"2.470em\" maxsize=\"2.470em\">}</mo>"),
        ("\\bigl(", "<mo form=\"prefix\" stretchy=\"true\" symmetric=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">(</mo>"),
        ("\\Bigr)", "<mo form=\"postfix\" stretchy=\"true\" symmetric=\"true\" minsize=\"1.623em\" maxsize=\"1.623em\">)</mo>"),
        ("\\bigm|", "<mo form=\"infix\" stretchy=\"true\" symmetric=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">|</mo>"),
    ]

    @Test(arguments: cases) func delimiters(_ latex: String, _ expected: String) throws {
        #expect(try body(latex) == expected)
    }
}
