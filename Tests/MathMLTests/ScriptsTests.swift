import Testing
@testable import MathML

@Suite struct ScriptsTests {
    static let cases: [(String, String)] = [
        ("x_i", "<msub>" + mi("x") + mi("i") + "</msub>"),
        ("x^2", "<msup>" + mi("x") + mn("2") + "</msup>"),
        ("x^23", "<msup>" + mi("x") + mn("2") + "</msup>" + mn("3")),
        ("x_i^2", "<msubsup>" + mi("x") + mi("i") + mn("2") + "</msubsup>"),
        ("x^2_i", "<msubsup>" + mi("x") + mi("i") + mn("2") + "</msubsup>"),
        ("x _ {t+1}", "<msub>" + mi("x") + "<mrow>" + mi("t") + mo("+") + mn("1") + "</mrow></msub>"),
        ("x^{-1}", "<msup>" + mi("x") + "<mrow><mo form=\"prefix\">−</mo>" + mn("1") + "</mrow></msup>"),
        ("e^{\\alpha}", "<msup>" + mi("e") + mi("α") + "</msup>"),
        ("x^\\alpha", "<msup>" + mi("x") + mi("α") + "</msup>"),
        ("f'", "<mrow>" + mi("f") + prime("′") + "</mrow>"),
        ("f''(x)", "<mrow>" + mi("f") + prime("″") + "</mrow><mo stretchy=\"false\">(</mo>" + mi("x") + "<mo stretchy=\"false\">)</mo>"),
        ("f'''", "<mrow>" + mi("f") + prime("‴") + "</mrow>"),
        ("f'^2", "<msup><mrow>" + mi("f") + prime("′") + "</mrow>" + mn("2") + "</msup>"),
        ("f'_k", "<msub><mrow>" + mi("f") + prime("′") + "</mrow>" + mi("k") + "</msub>"),
        ("^2", "<msup><mrow></mrow>" + mn("2") + "</msup>"),
        ("{}_a", "<msub><mrow></mrow>" + mi("a") + "</msub>"),
        // A sized delimiter keeps its size under a script: it is wrapped, not an embellished operator.
        ("\\big)^2", "<msup><mrow><mo stretchy=\"true\" symmetric=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">)</mo></mrow>"
            + mn("2") + "</msup>"),
        ("\\Bigr|_0", "<msub><mrow><mo form=\"postfix\" stretchy=\"true\" symmetric=\"true\" minsize=\"1.623em\" maxsize=\"1.623em\">|</mo>"
            + "</mrow>" + mn("0") + "</msub>"),
        ("{(x)}^2", "<msup><mrow><mo stretchy=\"false\">(</mo>" + mi("x") + "<mo stretchy=\"false\">)</mo></mrow>" + mn("2") + "</msup>"),
    ]

    @Test(arguments: cases) func scripts(_ latex: String, _ expected: String) throws {
        #expect(try body(latex) == expected)
    }

    @Test func primeGlyphs() {
        #expect(Scripts.primeText(4) == "⁗")
        #expect(Scripts.primeText(5) == "′′′′′")
    }
}

/// A prime as the converter sets it: an operator glyph with no space around it.
private func prime(_ glyph: String) -> String { "<mo lspace=\"0em\" rspace=\"0em\">\(glyph)</mo>" }
