import Testing
@testable import MathML

@Suite struct FunctionsTests {
    static let cases: [(String, Bool, String)] = [
        ("\\sin x", false, mi("sin") + apply + thin + mi("x")),
        ("\\cos(x)", false, mi("cos") + apply + "<mo stretchy=\"false\">(</mo>" + mi("x") + "<mo stretchy=\"false\">)</mo>"),
        ("\\tanh\\cosh\\exp\\log", false, mi("tanh") + apply + thin + mi("cosh") + apply + thin + mi("exp") + apply + thin + mi("log")),
        ("2\\ln x", false, mn("2") + thin + mi("ln") + apply + thin + mi("x")),
        ("\\sin^2 x", false, "<msup>" + mi("sin") + mn("2") + "</msup>" + apply + thin + mi("x")),
        ("\\log_2 n", true, "<msub>" + mi("log") + mn("2") + "</msub>" + apply + thin + mi("n")),
        ("\\lim_{n\\to\\infty} a_n", true,
         "<munder>" + mi("lim") + "<mrow>" + mi("n") + mo("→") + mi("∞") + "</mrow></munder>" + apply + thin + "<msub>" + mi("a") + mi("n") + "</msub>"),
        ("\\lim_{n} a", false, "<msub>" + mi("lim") + mi("n") + "</msub>" + apply + thin + mi("a")),
        ("\\max_x f", true, "<munder>" + mi("max") + mi("x") + "</munder>" + apply + thin + mi("f")),
        ("\\min_x f", false, "<msub>" + mi("min") + mi("x") + "</msub>" + apply + thin + mi("f")),
        ("\\arg\\min_x f", true, mi("arg") + apply + thin + "<munder>" + mi("min") + mi("x") + "</munder>" + apply + thin + mi("f")),
        ("\\argmin_x f", true, "<munder>" + mi("arg\u{2009}min") + mi("x") + "</munder>" + apply + thin + mi("f")),
        ("\\operatorname*{argmin}_\\theta L", true, "<munder>" + mi("argmin") + mi("θ") + "</munder>" + apply + thin + mi("L")),
        ("\\operatorname{softmax}_i", true, "<msub>" + mi("softmax") + mi("i") + "</msub>"),
        ("\\operatorname{E}[X]", false, "<mi mathvariant=\"normal\">E</mi>" + apply + "<mo stretchy=\"false\">[</mo>" + mi("X") + "<mo stretchy=\"false\">]</mo>"),
        ("\\operatorname{arg\\,max}", false, "<mrow>" + mi("arg") + thin + mi("max") + "</mrow>"),
        ("\\sin\\left(x\\right)", false,
         mi("sin") + apply + "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo>" + mi("x") + "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo></mrow>"),
        ("\\sin = 1", false, mi("sin") + apply + mo("=") + mn("1")),
    ]

    @Test(arguments: cases) func functions(_ latex: String, _ display: Bool, _ expected: String) throws {
        #expect(try body(latex, display: display) == expected)
    }
}
