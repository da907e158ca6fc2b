import Testing
@testable import Site

@Suite struct MinifyTests {
    @Test func cssLosesCommentsAndSpacesButKeepsSelectorsAndCalc() {
        let css = """
            /* a comment */
            .content > article, h2:hover .anchor { margin: 0 auto; width: calc(100% + .4rem); }
            @media (max-width: 60rem) { :root:not([data-theme="light"]) .icon { display: none; } }
            """
        #expect(Minify.css(css) == ".content>article,h2:hover .anchor{margin:0 auto;width:calc(100% + .4rem)}"
            + "@media (max-width:60rem){:root:not([data-theme=\"light\"]) .icon{display:none}}\n")
    }

    @Test func themeMinifiesWithoutLosingRules() {
        let css = Minify.css(Theme.css)
        #expect(!css.contains("/*"))
        #expect(css.contains("@font-face{font-family:\"Descent Math\""))
        #expect(css.contains("calc(var(--topbar) + 1rem)"))
        #expect(css.filter { $0 == "{" }.count == css.filter { $0 == "}" }.count)
    }

    @Test func jsKeepsLineBreaks() {
        #expect(Minify.js("  /* x */\n  var a = 1\n\n  var b = 2\n") == "var a = 1\nvar b = 2\n")
    }
}
