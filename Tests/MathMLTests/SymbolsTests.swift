import Testing
@testable import MathML

/// One row per symbol family: Greek, ordinary symbols, operators, relations, arrows, dots, fences.
@Suite struct SymbolsTests {
    static let cases: [(String, String)] = [
        ("\\alpha\\beta\\theta\\lambda\\sigma\\omega", ["α", "β", "θ", "λ", "σ", "ω"].map(mi).joined()),
        ("\\epsilon\\varepsilon\\phi\\varphi\\vartheta", ["ϵ", "ε", "ϕ", "φ", "ϑ"].map(mi).joined()),
        ("\\Gamma\\Delta\\Omega", ["Γ", "Δ", "Ω"].map { "<mi mathvariant=\"normal\">\($0)</mi>" }.joined()),
        ("\\varGamma", mi("Γ")),
        ("\\ell\\infty\\nabla\\partial", ["ℓ", "∞", "∇", "∂"].map(mi).joined()),
        ("x^\\top", "<msup>" + mi("x") + "<mi mathvariant=\"normal\">⊤</mi></msup>"),
        ("a\\cdot b", mi("a") + mo("⋅") + mi("b")),
        ("a\\times b\\odot c", mi("a") + mo("×") + mi("b") + mo("⊙") + mi("c")),
        ("\\pm 1", "<mo form=\"prefix\">±</mo>" + mn("1")),
        ("a\\leq b\\geq c\\neq d\\approx e", mi("a") + mo("≤") + mi("b") + mo("≥") + mi("c") + mo("≠") + mi("d") + mo("≈") + mi("e")),
        ("x\\in A", mi("x") + mo("∈") + mi("A")),
        ("\\to\\rightarrow\\leftarrow\\Rightarrow\\gets", ["→", "→", "←", "⇒", "←"].map(mo).joined()),
        ("a\\mid b", mi("a") + mo("∣") + mi("b")),
        ("\\ldots\\cdots\\vdots\\ddots", ["…", "⋯", "⋮", "⋱"].map(mo).joined()),
        ("\\|x\\|", bar("‖") + mi("x") + bar("‖")),
        ("\\{\\}", "<mo stretchy=\"false\">{</mo><mo stretchy=\"false\">}</mo>"),
        ("\\lVert\\rVert\\langle\\rangle", bar("‖") + bar("‖") + ["⟨", "⟩"].map { "<mo stretchy=\"false\">\($0)</mo>" }.joined()),
        ("x^\\intercal", "<msup>" + mi("x") + "<mi mathvariant=\"normal\">⊺</mi></msup>"),
        ("\\forall\\exists", ord("∀") + ord("∃")),
        ("\\%\\&\\_", ord("%") + ord("&amp;") + ord("_")),
        ("\\not=", mo("≠")),
        ("\\not\\in", mo("∉")),
        ("\\not\\leftarrow", mo("←\u{0338}")),
    ]

    @Test(arguments: cases) func symbols(_ latex: String, _ expected: String) throws {
        #expect(try body(latex) == expected)
    }

    static let largeOperators: [(String, Bool, String)] = [
        ("\\sum_{i=1}^n", true, "<munderover><mo>∑</mo><mrow>" + mi("i") + mo("=") + mn("1") + "</mrow>" + mi("n") + "</munderover>"),
        ("\\sum_{i=1}^n", false, "<msubsup><mo>∑</mo><mrow>" + mi("i") + mo("=") + mn("1") + "</mrow>" + mi("n") + "</msubsup>"),
        ("\\prod_i", true, "<munder><mo>∏</mo>" + mi("i") + "</munder>"),
        ("\\prod^n", false, "<msup><mo>∏</mo>" + mi("n") + "</msup>"),
        ("\\int_0^1", true, "<msubsup><mo>∫</mo>" + mn("0") + mn("1") + "</msubsup>"),
        ("\\int\\limits_0^1", false, "<munderover><mo>∫</mo>" + mn("0") + mn("1") + "</munderover>"),
        ("\\sum\\nolimits_i", true, "<msub><mo>∑</mo>" + mi("i") + "</msub>"),
        ("\\frac{\\sum_i}{2}", true, "<mfrac><msub><mo>∑</mo>" + mi("i") + "</msub>" + mn("2") + "</mfrac>"),
    ]

    @Test(arguments: largeOperators) func limits(_ latex: String, _ display: Bool, _ expected: String) throws {
        #expect(try body(latex, display: display) == expected)
    }
}
