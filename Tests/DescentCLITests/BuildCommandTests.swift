import Foundation
import Testing
@testable import DescentCLI
import Notebook

/// `descent build` end to end on small books: exit statuses, diagnostics, the cache.
@Suite struct BuildCommandTests {
    @Test func contentErrorExitsOneAndLeavesTheSiteAlone() async throws {
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-broken.md", "no front matter here\n")
        try FileManager.default.createDirectory(at: book.site, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: book.site.appending(path: "index.html"))
        let result = await runCaptured(book.arguments("build"))
        #expect(result.status == ExitStatus.contentError)
        #expect(result.error.contains("01-broken.md:1:1: error: missing front matter"))
        #expect(result.error.contains("left unchanged"))
        #expect(try book.page("index.html") == "previous")
    }

    @Test func brokenExperimentPrintsItsChapterLine() async throws {
        guard Library.isBuilt() else { return }
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-typo.md", "---\ntitle: Typo\n---\nText.\n\n```swift experiment\nlet x: Int = \"seven\"\n```\n")
        let result = await runCaptured(book.arguments("build"))
        #expect(result.status == ExitStatus.contentError)
        #expect(result.error.contains("01-typo.md:7:"), "the diagnostic names the chapter line: \(result.error)")
        #expect(result.output.contains("[1/1] 01-typo.md  failed (1 error)"))
        #expect(!FileManager.default.fileExists(atPath: book.site.path))
    }

    /// Needs the Experiments library built in the tests' build folder.
    @Test func buildRunsExperimentsPublishesAndReusesTheCache() async throws {
        guard Library.isBuilt() else { return }
        let book = try TestBook()
        defer { book.remove() }
        try book.write("index.md", "---\ntitle: Test course\n---\nHello.\n")
        try book.write("01-one.md", TestBook.chapter(title: "One", message: "six times seven is \\(6 * 7)"))
        let first = await runCaptured(book.arguments("build"))
        #expect(first.status == 0)
        #expect(first.output.contains("[1/1] 01-one.md  compiled "))
        #expect(first.output.contains("Built 1 chapter (1 run, 0 from cache), 0 figures → "))
        #expect(try book.page("01-one.html").contains("six times seven is 42"))

        let again = await runCaptured(book.arguments("build"))
        #expect(again.status == 0)
        #expect(again.output.contains("[1/1] 01-one.md  cached · 0 figures"))
        #expect(again.output.contains("(0 run, 1 from cache)"))
    }
}
