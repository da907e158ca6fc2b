import Foundation
import Testing
@testable import Site

@Suite struct TypographyTests {
    static let titles: [(String, String)] = [
        ("Newton's method", "Newton’s method"),
        ("\"Flat\" minima", "“Flat” minima"),
        ("The 'heavy ball'", "The ‘heavy ball’"),
        ("Warm-up -- then decay", "Warm-up – then decay"),
        ("Adam --- and Yogi", "Adam — and Yogi"),
        ("Wait...", "Wait…"),
        ("Plain title", "Plain title"),
    ]

    @Test(arguments: titles) func titlesGetTypographicPunctuation(_ input: String, _ expected: String) {
        #expect(Typography.smartPunctuation(input) == expected)
    }

    @Test func proseIsSmartButCodeAndMathAreNot() throws {
        let chapter = try FixtureBook.chapter("01-quotes", title: "Newton's method", summary: nil, body: """
            It's the "condition number" -- not the size. See `let s = "it's"` and $f'(x) = 2$.

            ```swift
            let quote = "don't"
            ```
            """)
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("descent-quotes-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: site) }
        try SiteRenderer(title: "Descent", introduction: "A course.")
            .render([.init(chapter: chapter, outputs: [], figureDirectory: FixtureBook.figures)], into: site)
        let page = try String(contentsOf: site.appendingPathComponent("01-quotes.html"), encoding: .utf8)
        #expect(page.contains("It’s the “condition number” – not the size."))
        #expect(page.contains("<code>let s = &quot;it's&quot;</code>"), "code spans keep straight quotes")
        #expect(page.contains("<span class=s>\"don't\"</span>"), "code blocks keep straight quotes")
        #expect(page.contains("<h1>Newton’s method</h1>"))
        #expect(page.contains("′"), "the prime in math is a prime, not a quote")
        #expect(!page.contains("f’"))
    }
}
