import Testing
@testable import MathML

@Suite struct FractionsTests {
    static let cases: [(String, String)] = [
        ("\\frac{a}{b}", "<mfrac>" + mi("a") + mi("b") + "</mfrac>"),
        ("\\frac12", "<mfrac>" + mn("1") + mn("2") + "</mfrac>"),
        ("\\frac 1 {x+1}", "<mfrac>" + mn("1") + "<mrow>" + mi("x") + mo("+") + mn("1") + "</mrow></mfrac>"),
        ("\\frac{\\partial f}{\\partial x}", "<mfrac><mrow>" + mi("∂") + mi("f") + "</mrow><mrow>" + mi("∂") + mi("x") + "</mrow></mfrac>"),
        ("\\tfrac{1}{2}", "<mstyle displaystyle=\"false\"><mfrac>" + mn("1") + mn("2") + "</mfrac></mstyle>"),
        ("\\dfrac{1}{2}", "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac>" + mn("1") + mn("2") + "</mfrac></mstyle>"),
        ("\\binom{n}{k}", "<mrow><mo fence=\"true\" form=\"prefix\">(</mo><mfrac linethickness=\"0\">" + mi("n") + mi("k")
            + "</mfrac><mo fence=\"true\" form=\"postfix\">)</mo></mrow>"),
        ("\\sqrt{x}", "<msqrt>" + mi("x") + "</msqrt>"),
        ("\\sqrt2", "<msqrt>" + mn("2") + "</msqrt>"),
        ("\\sqrt{v_t+\\epsilon}", "<msqrt><mrow><msub>" + mi("v") + mi("t") + "</msub>" + mo("+") + mi("ϵ") + "</mrow></msqrt>"),
        ("\\sqrt[3]{x}", "<mroot>" + mi("x") + mn("3") + "</mroot>"),
        ("\\sqrt[n+1]{x}", "<mroot>" + mi("x") + "<mrow>" + mi("n") + mo("+") + mn("1") + "</mrow></mroot>"),
        ("\\sqrt[{[a]}]{x}", "<mroot>" + mi("x") + "<mrow><mo stretchy=\"false\">[</mo>" + mi("a") + "<mo stretchy=\"false\">]</mo></mrow></mroot>"),
        ("\\overset{!}{=}", "<mover>" + mo("=") + mo("!") + "</mover>"),
        ("\\underset{x}{\\max}", "<munder>" + mi("max") + mi("x") + "</munder>"),
        ("\\stackrel{\\text{def}}{=}", "<mover>" + mo("=") + "<mtext>def</mtext></mover>"),
    ]

    @Test(arguments: cases) func fractions(_ latex: String, _ expected: String) throws {
        #expect(try body(latex) == expected)
    }

    @Test func overStackedRelationKeepsRelationClass() throws {
        #expect(try body("a \\overset{!}{=} -b").contains("<mo form=\"prefix\">−</mo>"))
    }
}
