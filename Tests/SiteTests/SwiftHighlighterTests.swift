import Testing
@testable import Site

@Suite struct SwiftHighlighterTests {
    private func html(_ code: String) -> String { SwiftHighlighter().highlight(code) }

    @Test(arguments: [
        ("let x = 1", "<span class=k>let</span> x = <span class=n>1</span>"),
        ("Double", "<span class=t>Double</span>"),
        ("1.5e-3", "<span class=n>1.5e-3</span>"),
        ("0xFF_FF", "<span class=n>0xFF_FF</span>"),
        ("// a < b", "<span class=c>// a &lt; b</span>"),
        ("/* a /* b */ c */x", "<span class=c>/* a /* b */ c */</span>x"),
        ("@MainActor", "<span class=a>@MainActor</span>"),
        ("#sourceLocation(file: \"a\", line: 1)",
         "<span class=d>#sourceLocation</span>(file: <span class=s>\"a\"</span>, line: <span class=n>1</span>)"),
        ("x.self", "x.self"),
    ])
    func highlights(code: String, expected: String) {
        #expect(html(code) == expected)
    }

    @Test func interpolationIsCode() {
        #expect(html("\"a \\(b + 1) c\"") ==
            "<span class=s>\"a </span><span class=s>\\(</span>b + <span class=n>1</span><span class=s>) c\"</span>")
    }

    @Test func multiLineAndRawStrings() {
        #expect(html("\"\"\"\nlet \"x\"\n\"\"\" let") == "<span class=s>\"\"\"\nlet \"x\"\n\"\"\"</span> <span class=k>let</span>")
        #expect(html("#\"a\\n\"#") == "<span class=s>#\"a\\n\"#</span>")
    }
}
