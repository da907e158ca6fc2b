import Testing
@testable import MathML

@Suite struct AccentsTests {
    static func accent(_ base: String, _ mark: String, stretchy: Bool = false) -> String {
        "<mover accent=\"true\">" + base + (stretchy ? mo(mark) : "<mo stretchy=\"false\">\(mark)</mo>") + "</mover>"
    }

    static let cases: [(String, String)] = [
        ("\\hat{x}", accent(mi("x"), "^")),
        ("\\hat\\theta", accent(mi("θ"), "^")),
        ("\\bar{x}", accent(mi("x"), "¯")),
        ("\\tilde{x}", accent(mi("x"), "~")),
        ("\\dot{x}", accent(mi("x"), "˙")),
        ("\\ddot{x}", accent(mi("x"), "¨")),
        ("\\vec{v}", accent(mi("v"), "→")),
        ("\\overline{xy}", accent("<mrow>" + mi("x") + mi("y") + "</mrow>", "‾", stretchy: true)),
        ("\\widehat{AB}", accent("<mrow>" + mi("A") + mi("B") + "</mrow>", "^", stretchy: true)),
        ("\\hat{x}_t", "<msub>" + accent(mi("x"), "^") + mi("t") + "</msub>"),
        ("\\hat{\\mathbf{m}}_t", "<msub>" + accent(mi("𝐦"), "^") + mi("t") + "</msub>"),
        ("\\underline{x}", "<munder accentunder=\"true\">" + mi("x") + mo("_") + "</munder>"),
        ("\\underbrace{a+b}_{n}", "<munder><munder><mrow>" + mi("a") + mo("+") + mi("b") + "</mrow>" + mo("⏟") + "</munder>" + mi("n") + "</munder>"),
        ("\\overbrace{a}^{n}", "<mover><mover>" + mi("a") + mo("⏞") + "</mover>" + mi("n") + "</mover>"),
    ]

    @Test(arguments: cases) func accents(_ latex: String, _ expected: String) throws {
        #expect(try body(latex) == expected)
    }
}
