import Testing
@testable import MathML

@Suite struct FontsTests {
    static let cases: [(String, String)] = [
        ("\\mathbf{x}", mi("𝐱")),
        ("\\mathbf{W}x", mi("𝐖") + mi("x")),
        ("\\mathbf{x}_t", "<msub>" + mi("𝐱") + mi("t") + "</msub>"),
        ("\\mathbf{ab}", "<mrow>" + mi("𝐚") + mi("𝐛") + "</mrow>"),
        ("\\mathbf{0}", mn("𝟎")),
        ("\\mathbf{\\Sigma}", mi("𝚺")),
        ("\\boldsymbol{\\theta}", mi("𝜽")),
        ("\\boldsymbol{x}", mi("𝒙")),
        ("\\boldsymbol\\mu", mi("𝝁")),
        ("\\bm{\\nabla}", mi("𝜵")),
        ("\\mathbb{R}^n", "<msup>" + mi("ℝ") + mi("n") + "</msup>"),
        ("\\mathbb{E}", mi("𝔼")),
        ("\\mathbb{1}", mn("𝟙")),
        ("\\mathcal{L}", mi("ℒ")),
        ("\\mathcal{N}", mi("𝒩")),
        ("\\mathsf{T}", mi("𝖳")),
        ("\\mathtt{x}", mi("𝚡")),
        ("\\mathfrak{g}", mi("𝔤")),
        ("\\mathit{ab}", "<mrow>" + mi("𝑎") + mi("𝑏") + "</mrow>"),
        ("\\mathrm{d}x", "<mi mathvariant=\"normal\">d</mi>" + mi("x")),
        ("\\mathrm{KL}", mi("KL")),
        ("\\mathrm{Var}(X)", mi("Var") + "<mo stretchy=\"false\">(</mo>" + mi("X") + "<mo stretchy=\"false\">)</mo>"),
        ("\\mathrm{\\Delta}", "<mi mathvariant=\"normal\">Δ</mi>"),
        ("\\mathbf{x+1}", "<mrow>" + mi("𝐱") + mo("+") + mn("𝟏") + "</mrow>"),
    ]

    @Test(arguments: cases) func fonts(_ latex: String, _ expected: String) throws {
        #expect(try body(latex) == expected)
    }
}
