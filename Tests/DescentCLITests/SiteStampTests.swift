import Foundation
import Testing
@testable import DescentCLI
import Notebook
import Site

/// A build whose render inputs are those of the published site skips rendering and
/// publishing (``SiteStamp``); any change to an input renders again.
@Suite struct SiteStampTests {
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        let prefix = folder.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try Data(contentsOf: url)
        }
        return files
    }

    static func prose(_ title: String, _ text: String) -> String { "---\ntitle: \(title)\n---\n\(text)\n" }

    @Test func anUnchangedBookIsNotRenderedAgain() async throws {
        let book = try TestBook()
        defer { book.remove() }
        try book.write("index.md", "---\ntitle: Test course\n---\nHello.\n")
        try book.write("01-one.md", Self.prose("One", "First chapter; see @ch:02-two."))
        try book.write("02-two.md", Self.prose("Two", "Second chapter."))
        let first = await SiteBuild(configuration: book.configuration).run()
        #expect(first.succeeded && !first.siteUnchanged)
        let published = try Self.tree(book.site)
        let again = await SiteBuild(configuration: book.configuration).run()
        #expect(again.succeeded && again.siteUnchanged)
        #expect(try Self.tree(book.site) == published)

        // A full render of the same book elsewhere writes the same bytes.
        var elsewhere = book.configuration
        elsewhere.output = book.folder.appending(path: "other-site")
        elsewhere.cacheDirectory = book.folder.appending(path: "other-cache")
        #expect(await SiteBuild(configuration: elsewhere).run().succeeded)
        #expect(try Self.tree(elsewhere.output) == published)
    }

    @Test func everyChangeRendersAgain() async throws {
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-one.md", Self.prose("One", "First chapter."))
        try book.write("02-two.md", Self.prose("Two", "Second chapter."))
        #expect(await SiteBuild(configuration: book.configuration).run().succeeded)

        // A title changed in chapter 2 reaches the sidebar of chapter 1.
        try book.write("02-two.md", Self.prose("Two, retitled", "Second chapter."))
        var result = await SiteBuild(configuration: book.configuration).run()
        #expect(result.succeeded && !result.siteUnchanged)
        #expect(try book.page("01-one.html").contains("Two, retitled"))

        // The bibliography, a file beside the chapters, is an input.
        try book.write("references.bib", "@book{knuth1984, author = {Donald E. Knuth}, title = {The TeXbook}, year = {1984}}\n")
        result = await SiteBuild(configuration: book.configuration).run()
        #expect(result.succeeded && !result.siteUnchanged)

        // A site deleted, or replaced, is written again.
        try FileManager.default.removeItem(at: book.site)
        result = await SiteBuild(configuration: book.configuration).run()
        #expect(result.succeeded && !result.siteUnchanged)
        #expect(FileManager.default.fileExists(atPath: book.site.appending(path: "01-one.html").path))
        try FileManager.default.removeItem(at: book.site.appending(path: "02-two.html"))
        result = await SiteBuild(configuration: book.configuration).run()
        #expect(result.succeeded && !result.siteUnchanged)
        #expect(FileManager.default.fileExists(atPath: book.site.appending(path: "02-two.html").path))

        // Nothing changed: skipped.
        result = await SiteBuild(configuration: book.configuration).run()
        #expect(result.succeeded && result.siteUnchanged)
    }

    @Test func aServeSessionReusesDraftsAndWritesTheSameSite() async throws {
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-one.md", Self.prose("One", "First chapter."))
        try book.write("02-two.md", Self.prose("Two", "Second chapter, $x^2$."))
        var configuration = book.configuration
        let memo = RenderMemo()
        configuration.renderMemo = memo
        #expect(await SiteBuild(configuration: configuration).run().succeeded)
        try book.write("01-one.md", Self.prose("One", "First chapter, edited."))
        #expect(await SiteBuild(configuration: configuration).run().succeeded)
        #expect(memo.lastDrafted == 1 && memo.lastReused == 1, "drafted \(memo.lastDrafted), reused \(memo.lastReused)")
        var full = book.configuration
        full.output = book.folder.appending(path: "full-site")
        full.cacheDirectory = book.folder.appending(path: "full-cache")
        #expect(await SiteBuild(configuration: full).run().succeeded)
        #expect(try Self.tree(book.site) == Self.tree(full.output))
        #expect(try book.page("01-one.html").contains("edited"))
    }
}
