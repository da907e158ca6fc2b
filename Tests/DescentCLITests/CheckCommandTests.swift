import Foundation
import Testing
@testable import DescentCLI

/// `descent check` builds everything and keeps nothing.
@Suite struct CheckCommandTests {
    @Test func checkLeavesTheOutputFolderAndCacheFolderClean() async throws {
        guard Library.isBuilt() else { return }
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-one.md", TestBook.chapter(title: "One", message: "checked"))
        let site = URL(filePath: FileManager.default.currentDirectoryPath).appending(path: "site")
        let siteBefore = try? FileManager.default.contentsOfDirectory(atPath: site.path)
        let result = await runCaptured(book.arguments("check", output: false))
        #expect(result.status == 0)
        #expect(result.output.contains("Checked 1 chapter (1 run, 0 from cache)"))
        #expect(!FileManager.default.fileExists(atPath: book.site.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: book.cache.path).filter { $0.hasPrefix("check-") }
        #expect(leftovers.isEmpty, "the temporary site is deleted")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: site.path)) == siteBefore, "./site is untouched")
    }

    @Test func checkFindsADanglingReference() async throws {
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-one.md", "---\ntitle: One\n---\nAs @fig:missing shows.\n")
        let result = await runCaptured(book.arguments("check", output: false))
        #expect(result.status == ExitStatus.contentError)
        #expect(result.error.contains("01-one.md:4:4: error: dangling reference: no figure 'missing'"))
        #expect(result.error.contains("Check failed at the render step: 1 error"))
        #expect(!result.error.contains("left unchanged"))
    }
}
