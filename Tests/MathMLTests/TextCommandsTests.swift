import Testing
@testable import MathML

@Suite struct TextCommandsTests {
    static let cases: [(String, String)] = [
        ("\\text{if } x", "<mtext>if\u{A0}</mtext>" + mi("x")),
        ("\\text{ for all  i}", "<mtext>\u{A0}for all i</mtext>"),
        ("\\text{a < b \\& c}", "<mtext>a &lt; b &amp; c</mtext>"),
        ("\\text{{x}}", "<mtext>{x}</mtext>"),
        ("\\textbf{ab}", "<mtext>𝐚𝐛</mtext>"),
        ("\\mbox{ok}", "<mtext>ok</mtext>"),
    ]

    @Test(arguments: cases) func text(_ latex: String, _ expected: String) throws {
        #expect(try body(latex) == expected)
    }

    @Test func edgeSpacesBecomeNonBreaking() {
        #expect(TextCommands.keepingEdgeSpaces(" a b ") == "\u{A0}a b\u{A0}")
        #expect(TextCommands.keepingEdgeSpaces("") == "")
    }
}
