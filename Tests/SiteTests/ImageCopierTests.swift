import Foundation
import Notebook
import Testing
@testable import Site

/// Hand-made images beside the chapters are copied into the site and checked like links;
/// nothing outside the chapters folder is ever copied.
@Suite struct ImageCopierTests {
    private struct Book {
        let folder = FileManager.default.temporaryDirectory.appending(path: "descent-images-\(UUID().uuidString.prefix(8))")
        var chapters: URL { folder.appending(path: "chapters") }
        var site: URL { folder.appending(path: "site") }

        init() throws {
            try FileManager.default.createDirectory(at: chapters.appending(path: "images"), withIntermediateDirectories: true)
        }

        func render(_ body: String) throws {
            let run = ChapterRun(
                chapter: Chapter(path: "chapters/01-a.md", slug: "01-a", title: "A", summary: nil, body: body,
                                 bodyFirstLine: 5, experiments: []),
                outputs: [], figureDirectory: FixtureBook.figures)
            var renderer = SiteRenderer(title: "T", introduction: "")
            renderer.sourceDirectory = chapters
            renderer.printsWarnings = false
            try renderer.render([run], into: site)
        }

        func problems(_ body: String) -> [Diagnostic] {
            do {
                try render(body)
                return []
            } catch let error as SiteBuildError {
                return error.diagnostics
            } catch {
                return [Diagnostic(file: "?", message: "\(error)")]
            }
        }
    }

    @Test func anImageBesideTheChaptersIsCopied() throws {
        let book = try Book()
        defer { try? FileManager.default.removeItem(at: book.folder) }
        let bytes = Data([0x89, 0x50, 0x4E, 0x47, 1, 2, 3])
        try bytes.write(to: book.chapters.appending(path: "images/diagram.png"))
        try book.render("Text.\n\n![A diagram](images/diagram.png)\n")
        #expect(FileManager.default.contents(atPath: book.site.appending(path: "images/diagram.png").path) == bytes)
        let page = try String(contentsOf: book.site.appending(path: "01-a.html"), encoding: .utf8)
        #expect(page.contains("src=\"images/diagram.png\""))
    }

    @Test func aMissingImageIsAnErrorAtItsLine() throws {
        let book = try Book()
        defer { try? FileManager.default.removeItem(at: book.folder) }
        let problem = try #require(book.problems("Text.\n\n![A diagram](images/missing.png)\n").first)
        #expect(problem.file == "chapters/01-a.md")
        #expect(problem.line == 7)
        #expect(problem.message.contains("images/missing.png"))
    }

    @Test func imagesOutsideTheChaptersFolderAreRefused() throws {
        let book = try Book()
        defer { try? FileManager.default.removeItem(at: book.folder) }
        try Data("secret".utf8).write(to: book.folder.appending(path: "outside.png"))
        try FileManager.default.createSymbolicLink(
            atPath: book.chapters.appending(path: "images/link.png").path,
            withDestinationPath: book.folder.appending(path: "outside.png").path)
        let cases = ["../outside.png", "images/link.png", "figures/x.png"]
        for path in cases {
            let problems = book.problems("![x](\(path))\n")
            #expect(problems.first?.line == 5, "\(path): \(problems)")
            #expect(!FileManager.default.fileExists(atPath: book.site.appending(path: "images/link.png").path), "\(path)")
            #expect(!FileManager.default.fileExists(atPath: book.site.appending(path: "outside.png").path), "\(path)")
            try? FileManager.default.removeItem(at: book.site)
        }
    }
}
