import Foundation
import Notebook
import Testing
@testable import Site

/// The index a built book gets: typed entries with exact anchors, math as text with its
/// symbols' names, code and output, alt text; the same bytes for the same book.
@Suite struct SearchIndexTests {
    static let body = """
        Gradient descent with a step $\\eta$ on a quadratic of condition number $\\kappa$.

        ## Heavy ball {#heavy-ball}

        Polyak's method keeps a velocity:

        $$
        \\mathbf{v}_{t+1} = \\beta \\mathbf{v}_t + \\nabla f(\\mathbf{x}_t) \\label{eq:heavy}
        $$

        and, without a label,

        $$
        \\kappa = \\frac{L}{\\mu}
        $$

        ```swift experiment
        let optimizer = NesterovMomentum(rate: 0.1)
        print("converged after", 42, "steps")
        ```

        ```swift
        let listingIdentifier = 1
        ```
        """

    struct Index: Decodable {
        struct Entry: Decodable { var k: String; var p: Int; var s: String; var u: String; var t: String; var x: String? }
        var chapters: [String]
        var entries: [Entry]
        var symbols: [String: String]
    }

    static func build() throws -> (script: String, index: Index, site: URL) {
        let chapter = try FixtureBook.chapter("03-search", title: "Searching", summary: nil, body: body)
        let run = ChapterRun(chapter: chapter, outputs: [
            BlockOutput(blockIndex: 0, text: "converged after 42 steps\n", figures: [
                FixtureBook.figure("heavy-path", caption: "The heavy ball with $\\beta = 0.9$ rolls through the valley."),
            ]),
        ], figureDirectory: FixtureBook.figures)
        var renderer = SiteRenderer(title: "T", introduction: "")
        renderer.printsWarnings = false
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("descent-search-\(UUID().uuidString.prefix(8))")
        try renderer.render([run], into: site)
        let bundle = try String(contentsOf: site.appendingPathComponent(Assets.searchBundlePath), encoding: .utf8)
        let line = String(bundle.prefix { $0 != "\n" })
        let json = line.dropFirst("window.DESCENT_SEARCH=".count).dropLast()
        return (line, try JSONDecoder().decode(Index.self, from: Data(json.utf8)), site)
    }

    @Test func partsJoinedInOrderAreTheIndexBuiltInOrder() throws {
        let adds: [(String, String)] = [("1 · One", "a"), ("1 · One", "b"), ("2 · Two", "c"), ("1 · One", "d"), ("3 · Three", "e")]
        var whole = SearchIndex()
        for (chapter, text) in adds { whole.add(chapter: chapter, section: "s", url: "u", text: text) }
        var joined = SearchIndex()
        for group in [Array(adds[0..<2]), Array(adds[2..<3]), Array(adds[3...])] {
            var part = SearchIndex()
            for (chapter, text) in group { part.add(chapter: chapter, section: "s", url: "u", text: text) }
            joined.append(part)
        }
        #expect(joined.chapters == whole.chapters)
        #expect(try joined.script() == whole.script())
        #expect(whole.chapters == ["1 · One", "2 · Two", "1 · One", "3 · Three"])
    }

    @Test func entriesAreTypedAndLinkToTheirAnchors() throws {
        let (_, index, site) = try Self.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let html = try String(contentsOf: site.appendingPathComponent("03-search.html"), encoding: .utf8)
        let byKind = Dictionary(grouping: index.entries, by: \.k)
        #expect(byKind["s"]?.map(\.u) == ["03-search.html", "03-search.html#heavy-ball"])
        #expect(byKind["e"]?.map(\.u) == ["03-search.html#eq-heavy", "03-search.html#eqn-2"])
        #expect(byKind["e"]?.map(\.s) == ["(3.1) · 3.1 Heavy ball", "Equation · 3.1 Heavy ball"])
        #expect(byKind["f"]?.map(\.u) == ["03-search.html#fig-heavy-path"])
        #expect(byKind["c"]?.map(\.u) == ["03-search.html#code-1", "03-search.html#listing-1"])
        #expect(byKind["c"]?.first?.s == "Code in 3.1 Heavy ball")
        // Every anchor exists on the page.
        for entry in index.entries where entry.u.contains("#") {
            let id = entry.u.split(separator: "#")[1]
            #expect(html.contains("id=\"\(id)\""), "no element with id \(id)")
        }
    }

    @Test func mathIsTextWithNamesNotAHole() throws {
        let (_, index, site) = try Self.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let intro = try #require(index.entries.first { $0.k == "s" && $0.s.isEmpty })
        #expect(intro.t == "Gradient descent with a step η on a quadratic of condition number κ.")
        #expect(intro.x == "eta learning rate step size kappa condition number")
        let heavy = try #require(index.entries.first { $0.u.hasSuffix("#heavy-ball") })
        #expect(heavy.t.contains("velocity: v_(t + 1) = βv_t + ∇f(x_t) and"), "\(heavy.t)")
        #expect(heavy.t.contains("κ = L/μ"))
        let figure = try #require(index.entries.first { $0.k == "f" })
        #expect(figure.t.contains("β = 0.9 rolls through the valley"))
        #expect(figure.t.contains("zig-zagging across it"))   // the alt text
        #expect(index.symbols["κ"] == "kappa condition number")
    }

    @Test func codeAndItsOutputAreIndexed() throws {
        let (_, index, site) = try Self.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let code = index.entries.filter { $0.k == "c" }
        #expect(code[0].t.hasPrefix("optimizer NesterovMomentum rate 0.1 print converged after 42 steps"), "\(code[0].t)")
        #expect(code[0].t.hasSuffix("converged after 42 steps"))
        #expect(code[1].t.contains("listingIdentifier"))
    }

    @Test func codeWordsKeepNamesOnce() {
        #expect(CodeWords.words("let x = f(x, rate: 0.05)\nfor i in 0..<10 { x += 1e-3 }") == "x f rate 0.05 i 0 10 1e 3")
        #expect(CodeWords.words("") == "")
    }

    @Test func theSameBookGivesTheSameBytes() throws {
        let first = try Self.build(), second = try Self.build()
        defer {
            try? FileManager.default.removeItem(at: first.site)
            try? FileManager.default.removeItem(at: second.site)
        }
        #expect(first.script == second.script)
        let a = try Data(contentsOf: first.site.appendingPathComponent(Assets.searchBundlePath))
        let b = try Data(contentsOf: second.site.appendingPathComponent(Assets.searchBundlePath))
        #expect(a == b)
    }
}
