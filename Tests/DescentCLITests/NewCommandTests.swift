import Foundation
import Testing
@testable import DescentCLI

/// `descent new` writes a chapter that builds, and refuses to overwrite one.
@Suite struct NewCommandTests {
    @Test func scaffoldsAChapterThatBuilds() async throws {
        guard Library.isBuilt() else { return }
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-start.md", "---\ntitle: Start\n---\nHello.\n")
        let created = await runCaptured(["new", "Adaptive learning rates", "--chapters", book.chapters.path])
        #expect(created.status == 0)
        #expect(created.output.contains("Created \(book.chapters.path)/02-adaptive-learning-rates.md"))
        let text = try String(contentsOf: book.chapters.appending(path: "02-adaptive-learning-rates.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: Adaptive learning rates\nsummary: "))

        let built = await runCaptured(book.arguments("build"))
        #expect(built.status == 0, "the scaffold builds: \(built.error)")
        let page = try book.page("02-adaptive-learning-rates.html")
        #expect(page.contains("Figure 2.1"))
        #expect(page.contains("GradientDescent"))
        #expect(FileManager.default.fileExists(atPath: book.site.appending(path: "figures/02-adaptive-learning-rates").path))
    }

    @Test func refusesToOverwriteAndExitsOne() async throws {
        let book = try TestBook()
        defer { book.remove() }
        #expect(await runCaptured(["new", "Momentum", "--chapters", book.chapters.path]).status == 0)
        let original = try String(contentsOf: book.chapters.appending(path: "01-momentum.md"), encoding: .utf8)
        let again = await runCaptured(["new", "Momentum", "--chapters", book.chapters.path])
        #expect(again.status == ExitStatus.contentError)
        #expect(again.error.contains("already exists"))
        #expect(try String(contentsOf: book.chapters.appending(path: "01-momentum.md"), encoding: .utf8) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: book.chapters.path) == ["01-momentum.md"])
    }

    @Test func refusesAnEmptyTitle() async throws {
        let book = try TestBook()
        defer { book.remove() }
        let result = await runCaptured(["new", "", "--chapters", book.chapters.path])
        #expect(result.status == ExitStatus.usage)
        #expect(result.error.contains("the title is empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: book.chapters.path).isEmpty)
    }
}
