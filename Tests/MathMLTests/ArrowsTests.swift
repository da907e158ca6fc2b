import Testing
@testable import MathML

@Suite struct ArrowsTests {
    static let pad = "<mspace width=\"0.2778em\"/>"
    static let arrow = "<mo stretchy=\"true\">→</mo>"

    static let cases: [(String, String)] = [
        ("\\xrightarrow{k}", "<mover>" + arrow + "<mrow>" + pad + mi("k") + pad + "</mrow></mover>"),
        ("\\xrightarrow[n]{k}", "<munderover>" + arrow + "<mrow>" + pad + mi("n") + pad + "</mrow><mrow>" + pad + mi("k") + pad
            + "</mrow></munderover>"),
        ("\\xleftarrow{}", "<mover><mo stretchy=\"true\">←</mo><mrow>" + pad + "<mrow></mrow>" + pad + "</mrow></mover>"),
        ("\\xRightarrow{\\eta \\to 0}", "<mover><mo stretchy=\"true\">⇒</mo><mrow>" + pad + "<mrow>" + mi("η") + mo("→") + mn("0")
            + "</mrow>" + pad + "</mrow></mover>"),
    ]

    @Test(arguments: cases) func arrows(_ latex: String, _ expected: String) throws {
        #expect(try body(latex, display: true) == expected)
    }

    @Test func labelsAreInScriptStyleEvenInDisplay() throws {
        // A sum in the label keeps its limits beside it.
        #expect(try body("\\xrightarrow{\\sum_i x}", display: true).contains("<msub><mo>∑</mo>"))
    }

    @Test func theArrowIsARelation() throws {
        var parser = Parser("a \\xrightarrow{k} -b", displayMode: true)
        let nodes = try parser.parseFormula()
        #expect(nodes[1].atom == .relation)
        #expect(nodes[2].attribute("form") == "prefix")
    }
}
