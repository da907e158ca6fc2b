import Testing
@testable import MathML

/// Characters written directly: numbers, letters, operators and the unary minus.
@Suite struct CharacterSymbolsTests {
    static let cases: [(String, String)] = [
        ("x", mi("x")),
        ("xy", mi("x") + mi("y")),
        ("42", mn("42")),
        ("3.14", mn("3.14")),
        ("1.", mn("1") + ord(".")),
        ("a+b", mi("a") + mo("+") + mi("b")),
        ("a-b", mi("a") + mo("−") + mi("b")),
        ("-x", "<mo form=\"prefix\">−</mo>" + mi("x")),
        ("a=-b", mi("a") + mo("=") + "<mo form=\"prefix\">−</mo>" + mi("b")),
        ("(-1)", "<mo stretchy=\"false\">(</mo><mo form=\"prefix\">−</mo>" + mn("1") + "<mo stretchy=\"false\">)</mo>"),
        ("a*b", mi("a") + mo("∗") + mi("b")),
        ("a<b>c", mi("a") + mo("&lt;") + mi("b") + mo("&gt;") + mi("c")),
        ("x, y; z", mi("x") + mo(",") + mi("y") + mo(";") + mi("z")),
        ("n!", mi("n") + mo("!")),
        ("a/b", mi("a") + ord("/") + mi("b")),
        ("|x|", bar("|") + mi("x") + bar("|")),
        // The review's cases: bars pair up, so a minus after an opening bar is unary.
        ("|1-0.2\\eta|", bar("|") + mn("1") + mo("−") + mn("0.2") + mi("η") + bar("|")),
        ("|-x|", bar("|") + "<mo form=\"prefix\">−</mo>" + mi("x") + bar("|")),
        ("|x_i| \\le 10^6", bar("|") + "<msub>" + mi("x") + mi("i") + "</msub>" + bar("|") + mo("≤") + "<msup>" + mn("10") + mn("6") + "</msup>"),
        ("2 / L.", mn("2") + ord("/") + mi("L") + ord(".")),
        ("[a]", "<mo stretchy=\"false\">[</mo>" + mi("a") + "<mo stretchy=\"false\">]</mo>"),
        ("α", mi("α")),
        ("a ≤ −b", mi("a") + mo("≤") + "<mo form=\"prefix\">−</mo>" + mi("b")),
        ("∑_i ∞", "<msub><mo>∑</mo>" + mi("i") + "</msub>" + mi("∞")),
        ("{x}", mi("x")),
        ("{x+1}", "<mrow>" + mi("x") + mo("+") + mn("1") + "</mrow>"),
        ("{}", "<mrow></mrow>"),
    ]

    @Test(arguments: cases) func characters(_ latex: String, _ expected: String) throws {
        #expect(try body(latex) == expected)
    }
}
