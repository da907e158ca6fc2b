import Testing
@testable import Site

@Suite struct SwiftHighlighterTests {
    private func html(_ code: String) -> String { SwiftHighlighter().highlight(code) }

    @Test(arguments: [
        ("let x = 1", "<span class=\"kw\">let</span> x = <span class=\"num\">1</span>"),
        ("Double", "<span class=\"ty\">Double</span>"),
        ("1.5e-3", "<span class=\"num\">1.5e-3</span>"),
        ("0xFF_FF", "<span class=\"num\">0xFF_FF</span>"),
        ("// a < b", "<span class=\"com\">// a &lt; b</span>"),
        ("/* a /* b */ c */x", "<span class=\"com\">/* a /* b */ c */</span>x"),
        ("@MainActor", "<span class=\"attr\">@MainActor</span>"),
        ("#sourceLocation(file: \"a\", line: 1)",
         "<span class=\"dir\">#sourceLocation</span>(file: <span class=\"str\">\"a\"</span>, line: <span class=\"num\">1</span>)"),
        ("x.self", "x.self"),
    ])
    func highlights(code: String, expected: String) {
        #expect(html(code) == expected)
    }

    @Test func interpolationIsCode() {
        #expect(html("\"a \\(b + 1) c\"") ==
            "<span class=\"str\">\"a </span><span class=\"str\">\\(</span>b + <span class=\"num\">1</span><span class=\"str\">) c\"</span>")
    }

    @Test func multiLineAndRawStrings() {
        #expect(html("\"\"\"\nlet \"x\"\n\"\"\" let") == "<span class=\"str\">\"\"\"\nlet \"x\"\n\"\"\"</span> <span class=\"kw\">let</span>")
        #expect(html("#\"a\\n\"#") == "<span class=\"str\">#\"a\\n\"#</span>")
    }
}
