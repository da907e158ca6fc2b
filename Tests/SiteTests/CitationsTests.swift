import Foundation
import Notebook
import Testing
@testable import Site

@Suite struct CitationsTests {
    static let bib = """
        @inproceedings{kingma2015, author = {Kingma, Diederik P. and Ba, Jimmy}, title = {Adam: A Method for Stochastic Optimization},
          booktitle = {ICLR}, year = {2015}, eprint = {1412.6980}}
        @article{polyak1964, author = {Polyak, Boris T.}, title = {Some Methods}, journal = {USSR Comp. Math.}, volume = {4},
          number = {5}, pages = {1--17}, year = {1964}, doi = {10.1016/0041-5553(64)90137-5}}
        @misc{a2017, author = {Loshchilov, Ilya and Hutter, Frank}, title = {SGDR}, year = {2017}}
        @misc{b2017, author = {Loshchilov, Ilya and Hutter, Frank}, title = {AdamW}, year = {2017}}
        @misc{many, author = {One, A. and Two, B. and Three, C.}, title = {Three Authors}, year = {2020}}
        """

    static func citations() throws -> Citations {
        Citations(bibliography: try Bibliography.parse(bib, file: "references.bib"))
    }

    @Test func labels() throws {
        let citations = try Self.citations()
        let entries = try citations.resolve("kingma2015,polyak1964").get()
        #expect(citations.plain(entries, textual: false) == "(Kingma & Ba, 2015; Polyak, 1964)")
        #expect(citations.plain(entries, textual: true) == "Kingma & Ba (2015); Polyak (1964)")
        #expect(citations.plain(try citations.resolve("many").get(), textual: false) == "(One et al., 2020)")
        // Same authors and year: a and b, by key order.
        #expect(citations.plain(try citations.resolve("b2017,a2017").get(), textual: false)
            == "(Loshchilov & Hutter, 2017b; Loshchilov & Hutter, 2017a)")
    }

    @Test func linksToTheReferenceEntry() throws {
        let citations = try Self.citations()
        let html = citations.html(try citations.resolve("kingma2015").get(), textual: false)
        #expect(html.hasPrefix("(<a class=\"cite\" href=\"#ref-kingma2015\" title=\"Kingma, D. P., &amp; Ba, J. (2015). Adam"))
        #expect(html.hasSuffix(">Kingma &amp; Ba, 2015</a>)"))
    }

    @Test func referencesSectionListsCitedWorksSorted() throws {
        let citations = try Self.citations()
        let section = citations.section(citing: ["polyak1964", "kingma2015", "polyak1964"])
        let kingma = try #require(section.range(of: "id=\"ref-kingma2015\""))
        let polyak = try #require(section.range(of: "id=\"ref-polyak1964\""))
        #expect(kingma.lowerBound < polyak.lowerBound)
        #expect(section.contains("<a href=\"https://arxiv.org/abs/1412.6980\">arXiv:1412.6980</a>"))
        #expect(section.contains("Polyak, B. T. (1964). Some Methods. <i>USSR Comp. Math.</i>, 4(5), 1–17."))
        #expect(section.contains("<a href=\"https://doi.org/10.1016/0041-5553(64)90137-5\">"))
        #expect(!section.contains("a2017"))
        #expect(citations.section(citing: []) == "")
    }

    @Test func danglingKeysSayWhatIsClosest() throws {
        let citations = try Self.citations()
        guard case .failure(let failure) = citations.resolve("kingma2105,polyak1964") else {
            Issue.record("resolved a missing key")
            return
        }
        #expect(failure.message == "dangling citation: no work 'kingma2105' in the bibliography")
        #expect(failure.hint?.contains("kingma2015") == true)
    }

    static func render(_ body: String, bibliography: String = bib) throws -> (html: String, error: SiteBuildError?) {
        let chapter = try FixtureBook.chapter("03-cites", title: "Cites", summary: nil, body: body)
        let run = ChapterRun(chapter: chapter, outputs: [], figureDirectory: FixtureBook.figures)
        var renderer = SiteRenderer(title: "T", introduction: "")
        renderer.printsWarnings = false
        renderer.resources.bibliography = try Bibliography.parse(bibliography, file: "chapters/references.bib")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-cite-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            try renderer.render([run], into: directory)
            return (try String(contentsOf: directory.appendingPathComponent("03-cites.html"), encoding: .utf8), nil)
        } catch let error as SiteBuildError {
            return ("", error)
        }
    }

    @Test func aChapterThatCitesGetsReferences() throws {
        let (html, error) = try Self.render("# Intro\n\nAdam @cite:kingma2015, and @citet:polyak1964 before it, see @cite:kingma2015,polyak1964.\n")
        #expect(error == nil)
        #expect(html.contains("Adam (<a class=\"cite\" href=\"#ref-kingma2015\""))
        #expect(html.contains(">Polyak (1964)</a> before it"))
        #expect(html.contains("<h2 id=\"references\">References"))
        #expect(html.contains("<li id=\"ref-polyak1964\">"))
        #expect(html.contains("href=\"#references\""))   // in the sidebar
    }

    @Test func aChapterWithoutCitationsHasNoReferences() throws {
        let (html, _) = try Self.render("# Intro\n\nNo citations, an e-mail a@cite.org and `@cite:code`.\n")
        #expect(!html.contains("id=\"references\""))
    }

    @Test func aDanglingCitationIsALocatedError() throws {
        let (_, error) = try Self.render("# Intro\n\nText.\n\nAs shown @cite:kingma2015,nobody2020 here.\n")
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.file == "chapters/03-cites.md")
        #expect(diagnostic.line == FixtureBook.bodyFirstLine + 4)
        #expect(diagnostic.column == 10)
        #expect(diagnostic.message == "dangling citation: no work 'nobody2020' in the bibliography")
    }
}
