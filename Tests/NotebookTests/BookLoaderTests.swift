import Foundation
import Testing
@testable import Notebook

@Suite struct BookLoaderTests {
    private func write(_ files: [String: String], in directory: URL) throws {
        for (name, text) in files {
            try Data(text.utf8).write(to: directory.appending(path: name))
        }
    }

    @Test func chaptersInFileNameOrderAndIntroduction() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write([
            "10-adam.md": "---\ntitle: Adam\n---\n",
            "02-momentum.md": "---\ntitle: Momentum\n---\n",
            "index.md": "---\ntitle: Descent\n---\nWelcome.\n",
            "notes.txt": "ignored",
        ], in: directory)
        let book = try BookLoader(directory: directory, displayPath: "chapters", root: directory).load()
        #expect(book.chapters.map(\.slug) == ["02-momentum", "10-adam"])
        #expect(book.chapters.map(\.path) == ["chapters/02-momentum.md", "chapters/10-adam.md"])
        #expect(book.introduction == BookIntroduction(title: "Descent", body: "Welcome.\n", path: "chapters/index.md"))
    }

    /// A stray fence in the middle chapter is reported there, at its line, and the
    /// chapters around it are unaffected.
    @Test func aStrayFenceIsReportedInItsOwnChapter() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let block = "```swift experiment\nprint(1)\n```\n"
        try write([
            "01-a.md": "---\ntitle: A\n---\n" + block,
            "02-b.md": "---\ntitle: B\n---\n" + block + "\nText.\n\n~~~\nnever closed\n",
            "03-c.md": "---\ntitle: C\n---\n" + block,
            "index.md": "---\ntitle: Book\n---\nWelcome.\n",
        ], in: directory)
        do {
            _ = try BookLoader(directory: directory, displayPath: "chapters", root: directory).load()
            Issue.record("expected an error")
        } catch {
            #expect(error.items.map { "\($0.file):\($0.line ?? 0): \($0.message)" }
                == ["chapters/02-b.md:10: this code block is never closed"])
        }
    }

    @Test func everyProblemOfEveryFileIsReported() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write([
            "01-a.md": "---\ntitle: A\n---\n```swift experiment nope\n```\n",
            "02-b.md": "no front matter",
            "Draft.md": "---\ntitle: D\n---\n",
        ], in: directory)
        do {
            _ = try BookLoader(directory: directory, displayPath: "chapters", root: directory).load()
            Issue.record("expected errors")
        } catch {
            #expect(error.items.map(\.file) == ["chapters/01-a.md", "chapters/02-b.md", "chapters/Draft.md"])
        }
    }

    @Test func missingFolderIsADiagnostic() {
        let loader = BookLoader(directory: URL(filePath: "/nonexistent/chapters"), displayPath: "chapters", root: URL(filePath: "/"))
        #expect(throws: Diagnostics.self) { try loader.load() }
    }

    @Test(arguments: [("05-momentum.md", true), ("5-a-b2.md", true), ("index.md", false), ("05_momentum.md", false),
                      ("05-.md", false), ("momentum.md", false), ("05-Momentum.md", false)])
    func chapterFileNames(name: String, valid: Bool) {
        #expect(BookLoader.isChapterFileName(name) == valid)
    }

    @Test func repositoryRootIsFoundAbovePackageSwift() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data().write(to: directory.appending(path: "Package.swift"))
        let chapters = directory.appending(path: "chapters")
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
        #expect(BookLoader.repositoryRoot(above: chapters).path == directory.standardizedFileURL.path)
    }
}
