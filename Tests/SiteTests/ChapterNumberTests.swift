import Foundation
import Notebook
import Testing
@testable import Site

/// Appendices (`appendix: true`) are lettered, everything else keeps its number.
@Suite struct ChapterNumberTests {
    @Test func appendixLetters() {
        #expect(ChapterNumber.appendix(0).label == "Appendix A")
        #expect(ChapterNumber.appendix(25).description == "Z")
        #expect(ChapterNumber.appendix(26).description == "AA")
        #expect(ChapterNumber(5).label == "Chapter 5")
    }

    private func run(_ slug: String, appendix: Bool = false, body: String = "") -> ChapterRun {
        ChapterRun(
            chapter: Chapter(path: "chapters/\(slug).md", slug: slug, title: slug, summary: nil, body: body,
                             bodyFirstLine: 5, experiments: [], isAppendix: appendix),
            outputs: [], figureDirectory: FixtureBook.figures)
    }

    @Test func appendicesDoNotCountAsChapters() {
        let numbers = SiteRenderer.chapterNumbers([run("01-a"), run("05-b"), run("90-guide", appendix: true), run("91-more", appendix: true)])
        #expect(numbers.map(\.label) == ["Chapter 1", "Chapter 5", "Appendix A", "Appendix B"])
    }

    @Test func appendixPageSectionsAndReferences() throws {
        let guide = run("90-guide", appendix: true, body: "## Start {#start}\n\n$$ x = 1 \\label{one} $$\n\nSee @sec:start, @eq:one.\n")
        let first = run("01-first", body: "The guide is @ch:guide.\n")
        let site = FileManager.default.temporaryDirectory.appending(path: "descent-appendix-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: site) }
        try SiteRenderer(title: "T", introduction: "").render([first, guide], into: site)
        let page = try String(contentsOf: site.appending(path: "90-guide.html"), encoding: .utf8)
        #expect(page.contains("<p class=\"kicker\">Appendix A</p>"))
        #expect(page.contains("<span class=\"secnum\">A.1</span>"))
        #expect(page.contains("<span class=\"eqno\">(A.1)</span>"))
        #expect(page.contains("← Chapter 1"))
        let firstPage = try String(contentsOf: site.appending(path: "01-first.html"), encoding: .utf8)
        #expect(firstPage.contains(">Appendix A</a>"))
        // The last lesson does not send the reader on into the appendix as if it were the next lesson.
        #expect(!firstPage.contains("Appendix A →"))
        #expect(!firstPage.contains("rel=\"next\""))
    }
}
