import Foundation
import Notebook
import Testing
@testable import Site

/// The index a built book gets: typed entries with exact anchors, math as text with its
/// symbols' names, code names and output, alt text, each word once; the same bytes for the same book.
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

        \(Self.longParagraph)
        """

    /// Longer than ``SearchIndex/readable``: its later words are kept once each, not as written.
    static let longParagraph = """
        The velocity is a running average of past gradients, so the steps along the floor of the valley add up \
        while the steps across it cancel. A larger momentum coefficient averages over more steps, which speeds \
        the run along the floor but lets it overshoot: the path swings past the minimum and comes back, and \
        the swings die out only slowly. Some dampening of the velocity is what keeps the heavy ball from \
        circling the minimum for ever; the coefficient β sets how much of the velocity survives each step.
        """

    struct Index: Decodable {
        /// `[k, p, s, a, t, q, w]`, the last two optional (``SearchIndex/Entry``).
        struct Entry: Decodable {
            var k: String, p: Int, s: String, a: String?, t: String, q: Int?, w: String?
            init(from decoder: Decoder) throws {
                var fields = try decoder.unkeyedContainer()
                k = try fields.decode(String.self)
                p = try fields.decode(Int.self)
                s = try fields.decode(String.self)
                let anchor = try fields.decode(String.self)
                a = anchor.isEmpty ? nil : anchor
                t = try fields.decode(String.self)
                let parent = fields.isAtEnd ? -1 : try fields.decode(Int.self)
                q = parent < 0 ? nil : parent
                w = fields.isAtEnd ? nil : try fields.decode(String.self)
                #expect(fields.isAtEnd)
            }
        }
        var chapters: [String]
        var entries: [Entry]
        var pages: [String]
        var symbols: [String: String]

        /// The link, as the script builds it: the chapter's page and the anchor.
        func url(_ entry: Entry) -> String { pages[entry.p] + (entry.a.map { "#" + $0 } ?? "") }
        /// The title, as the script shows it: a figure's, equation's or code's with its section's.
        func title(_ entry: Entry) -> String {
            entry.q.map { entry.s + (entry.k == "c" ? " in " : " · ") + entries[$0].s } ?? entry.s
        }
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
        #expect(index.pages == ["03-search.html"])
        #expect(byKind["s"]?.map(index.url) == ["03-search.html", "03-search.html#heavy-ball"])
        #expect(byKind["e"]?.map(index.url) == ["03-search.html#eq-heavy", "03-search.html#eqn-2"])
        #expect(byKind["e"]?.map(index.title) == ["(3.1) · 3.1 Heavy ball", "Equation · 3.1 Heavy ball"])
        #expect(byKind["f"]?.map(index.url) == ["03-search.html#fig-heavy-path"])
        #expect(byKind["c"]?.map(index.url) == ["03-search.html#code-1", "03-search.html#listing-1"])
        #expect(byKind["c"]?.first.map(index.title) == "Code in 3.1 Heavy ball")
        // The section's title is stored once: the items point at its entry.
        #expect(byKind["c"]?.first?.s == "Code")
        // Every anchor exists on the page.
        for entry in index.entries {
            guard let id = entry.a else { continue }
            #expect(html.contains("id=\"\(id)\""), "no element with id \(id)")
        }
    }

    @Test func mathIsTextWithNamesNotAHole() throws {
        let (_, index, site) = try Self.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let intro = try #require(index.entries.first { $0.k == "s" && $0.s.isEmpty })
        #expect(intro.t == "Gradient descent with a step η on a quadratic of condition number κ.")
        #expect(intro.w == nil)
        // The script finds the names of an entry's symbols in `symbols`.
        #expect(index.symbols["κ"] == "kappa condition number")
        #expect(index.symbols["η"] == "eta learning rate step size")
        let heavy = try #require(index.entries.first { $0.a == "heavy-ball" })
        #expect(heavy.t.contains("velocity: v_(t + 1) = βv_t + ∇f(x_t) and"), "\(heavy.t)")
        #expect(heavy.t.contains("κ = L/μ"))
        let figure = try #require(index.entries.first { $0.k == "f" })
        #expect(figure.t.contains("β = 0.9 rolls through the valley"))
        #expect((figure.t + " " + (figure.w ?? "")).contains("zig"))   // the alt text
        #expect((figure.t + " " + (figure.w ?? "")).contains("across"))
    }

    @Test func codeAndItsOutputAreIndexed() throws {
        let (_, index, site) = try Self.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let code = index.entries.filter { $0.k == "c" }
        // Names and the words of strings and output, each once; no numbers, no common words.
        #expect(code[0].t == "optimizer NesterovMomentum rate print converged steps", "\(code[0].t)")
        #expect(code[0].w == nil)
        #expect(code[1].t == "listingIdentifier")
    }

    /// A name that only a code block has is in that block's entry and no other.
    @Test func aNameOnlyInCodeIsInItsCodeEntry() throws {
        let (_, index, site) = try Self.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let holders = index.entries.filter { ($0.t + " " + ($0.w ?? "")).split(separator: " ").contains("NesterovMomentum") }
        #expect(holders.map(index.url) == ["03-search.html#code-1"])
    }

    /// A long section keeps its opening as written and then each further word once.
    @Test func longSectionKeepsItsOpeningAndEveryWordOnce() throws {
        let (_, index, site) = try Self.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let heavy = try #require(index.entries.first { $0.a == "heavy-ball" })
        #expect(heavy.t.count <= SearchIndex.readable)
        #expect(heavy.t.hasPrefix("Polyak’s method keeps a velocity:") || heavy.t.hasPrefix("Polyak's method keeps a velocity:"), "\(heavy.t)")
        let words = try #require(heavy.w).split(separator: " ")
        for word in ["dampening", "overshoot", "circling", "survives"] { #expect(words.contains(Substring(word)), "\(word)") }
        // Once each, by stem (steps/step, swings/swing), and without the common words.
        #expect(Set(words.map { SearchText.stem($0.lowercased()) }).count == words.count, "\(words)")
        #expect(!words.contains("the") && !words.contains("of"))
        // Nothing a query can find is lost: every word of the paragraph is there by its stem.
        let kept = Set((SearchText.tokens(in: Substring(heavy.t)) + words).map { SearchText.stem($0.lowercased()) })
        for token in SearchText.tokens(in: Substring(Self.longParagraph)) where !SearchText.stopWords.contains(token.lowercased()) {
            #expect(kept.contains(SearchText.stem(token.lowercased())), "\(token)")
        }
    }

    @Test func stemsAreTheSearchScripts() {
        let table = ["steps": "step", "velocities": "velocity", "classes": "class", "running": "run", "updated": "updat",
                     "rolling": "roll", "quickly": "quick", "this": "this", "gas": "gas", "focus": "focus", "Adam": "Adam",
                     "ties": "tie", "sizes": "size", "fly": "fly", "curvy": "curvy", "falling": "fall", "dyed": "dyed"]
        for (word, stem) in table { #expect(SearchText.stem(word) == stem, "\(word)") }
    }

    @Test func codeWordsKeepNamesOnce() {
        #expect(CodeWords.words("let x = f(x, rate: 0.05)\nfor i in 0..<10 { x += 1e-3 }") == "x f rate 0.05 i 0 10 1e 3")
        #expect(CodeWords.words("") == "")
        // A string's words that a figure's caption or alt text has are left to the figure; names stay.
        #expect(CodeWords.words("let a = Adam(rate: 1)\nshow(a, caption: \"Adam rolls \\(a) downhill\")", elsewhere: ["adam", "rolls"])
                == "a Adam rate 1 show caption downhill")
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
