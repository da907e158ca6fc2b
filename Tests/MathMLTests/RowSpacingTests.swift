import Testing
@testable import MathML

/// Unary operators and the thin spaces around function names.
@Suite struct RowSpacingTests {
    static let prefixMinus = "<mo form=\"prefix\">−</mo>"

    static let cases: [(String, String)] = [
        ("-1", prefixMinus + mn("1")),
        ("+1", "<mo form=\"prefix\">+</mo>" + mn("1")),
        ("a - b", mi("a") + mo("−") + mi("b")),
        ("a \\leq -b", mi("a") + mo("≤") + prefixMinus + mi("b")),
        ("f(-x)", mi("f") + "<mo stretchy=\"false\">(</mo>" + prefixMinus + mi("x") + "<mo stretchy=\"false\">)</mo>"),
        ("a, -b", mi("a") + mo(",") + prefixMinus + mi("b")),
        ("a\\cdot -b", mi("a") + mo("⋅") + prefixMinus + mi("b")),
        ("x \\, - y", mi("x") + thin + mo("−") + mi("y")),
        ("\\sin x", mi("sin") + apply + thin + mi("x")),
        ("\\sin", mi("sin")),
        ("x\\sin", mi("x") + thin + mi("sin")),
        ("(x)\\sin", "<mo stretchy=\"false\">(</mo>" + mi("x") + "<mo stretchy=\"false\">)</mo>" + thin + mi("sin")),
        ("\\sin\\,x", mi("sin") + apply + thin + mi("x")),
        ("\\exp -x", mi("exp") + apply + thin + prefixMinus + mi("x")),
    ]

    @Test(arguments: cases) func rows(_ latex: String, _ expected: String) throws {
        #expect(try body(latex) == expected)
    }
}
