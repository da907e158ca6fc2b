import Foundation
import Testing
@testable import DescentCLI

/// File names, numbering and the text of a new chapter.
@Suite struct ChapterScaffoldTests {
    @Test(arguments: [
        ("Adaptive learning rates", "adaptive-learning-rates"),
        ("Adam & AdamW: moments, bias correction", "adam-adamw-moments-bias-correction"),
        ("Newton's method", "newtons-method"),
        ("  Régularisation   élastique ", "regularisation-elastique"),
        ("L2 — weight decay (2024)", "l2-weight-decay-2024"),
        ("∇²", ""),
    ])
    func slugs(title: String, slug: String) {
        #expect(ChapterScaffold.slug(title) == slug)
    }

    @Test func longTitlesAreCutAtAWord() {
        let slug = ChapterScaffold.slug(String(repeating: "gradient ", count: 20))
        #expect(slug.count <= 60)
        #expect(!slug.hasSuffix("-"))
    }

    @Test func numbersAfterTheHighestChapterSkippingAppendices() throws {
        let book = try TestBook()
        defer { book.remove() }
        #expect(try ChapterScaffold(title: "First", in: book.chapters).fileName == "01-first.md")
        try book.write("03-three.md", "---\ntitle: Three\n---\n")
        try book.write("01-one.md", "---\ntitle: One\n---\n")
        try book.write("90-guide.md", "---\ntitle: Guide\nappendix: true\n---\n")
        try book.write("index.md", "---\ntitle: Course\n---\n")
        #expect(try ChapterScaffold(title: "Momentum", in: book.chapters).fileName == "04-momentum.md")
    }

    /// The real authoring guide includes library sources that do not resolve from a bare
    /// chapters folder; it is still an appendix, so the next chapter is not 91.
    @Test func anAppendixWhoseIncludesDoNotResolveStillDoesNotCount() throws {
        let book = try TestBook()
        defer { book.remove() }
        try book.write("05-five.md", "---\ntitle: Five\n---\n")
        try book.write("90-guide.md", """
            ---
            title: Guide
            appendix: 'true'   # the authoring guide
            timeout: 120
            ---

            {{#include ../Sources/Descent/Nowhere.swift:anchor}}
            """)
        #expect(try ChapterScaffold(title: "SGD", in: book.chapters).fileName == "06-sgd.md")
        try book.write("91-extra.md", "---\ntitle: Extra\nappendix: false\n---\n")
        #expect(try ChapterScaffold(title: "SGD", in: book.chapters).fileName == "92-sgd.md")
    }

    @Test func keepsTheWidthOfExistingNumbers() throws {
        let book = try TestBook()
        defer { book.remove() }
        try book.write("009-nine.md", "---\ntitle: Nine\n---\n")
        #expect(try ChapterScaffold(title: "Ten", in: book.chapters).fileName == "010-ten.md")
    }

    @Test func refusesEmptyTitlesAndExistingSlugs() throws {
        let book = try TestBook()
        defer { book.remove() }
        try book.write("02-momentum.md", "---\ntitle: Momentum\n---\n")
        #expect(throws: ChapterScaffold.Refusal.self) { try ChapterScaffold(title: "  ", in: book.chapters) }
        #expect(throws: ChapterScaffold.Refusal.self) { try ChapterScaffold(title: "Momentum", in: book.chapters) }
    }

    @Test func neverWritesOverAFile() throws {
        let book = try TestBook()
        defer { book.remove() }
        let scaffold = try ChapterScaffold(title: "Fresh", in: book.chapters)
        try book.write(scaffold.fileName, "mine")
        #expect(throws: ChapterScaffold.Refusal.self) { try scaffold.write(into: book.chapters) }
        #expect(try String(contentsOf: book.chapters.appending(path: scaffold.fileName), encoding: .utf8) == "mine")
    }

    @Test func quotesTitlesThatWouldReadAsQuotedOrComments() throws {
        let book = try TestBook()
        defer { book.remove() }
        let scaffold = try ChapterScaffold(title: "\"Adam\" in practice", in: book.chapters)
        #expect(scaffold.text.hasPrefix("---\ntitle: '\"Adam\" in practice'\n"))
    }
}
