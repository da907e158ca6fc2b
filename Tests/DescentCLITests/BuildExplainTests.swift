import Foundation
import Testing
@testable import DescentCLI
import Notebook

/// `descent build --explain` and `--rerun`, data files read from the book root, images
/// beside the chapters, and a library older than its sources.
@Suite struct BuildExplainTests {
    @Test func explainSaysWhyAndRerunForcesOneChapter() async throws {
        guard Library.isBuilt() else { return }
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-one.md", TestBook.chapter(title: "One", message: "one"))
        try book.write("02-data.md", """
            ---
            title: Data
            ---
            ```swift experiment
            let data = try Dataset(csvFile: "data/tiny.csv")
            print(data.count, "examples")
            ```
            """)
        let data = book.folder.appending(path: "data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data("x,y\n1,2\n".utf8).write(to: data.appending(path: "tiny.csv"))

        let first = await runCaptured(book.arguments("build") + ["--explain"])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("01-one.md  compiled"))
        #expect(first.output.contains("ran: no cached run"))
        #expect(first.output.contains("(reads data/tiny.csv)"))
        #expect(try book.page("02-data.html").contains("1 examples"))

        try Data("x,y\n1,2\n3,4\n".utf8).write(to: data.appending(path: "tiny.csv"))
        let second = await runCaptured(book.arguments("build") + ["--explain", "--rerun", "01"])
        #expect(second.status == 0, "\(second.error)")
        #expect(second.output.contains("01-one.md  compiled"))
        #expect(second.output.contains("ran: asked for with --rerun"))
        #expect(second.output.contains("ran: data file data/tiny.csv changed"))
        #expect(try book.page("02-data.html").contains("2 examples"))

        let third = await runCaptured(book.arguments("build") + ["--explain"])
        #expect(third.output.contains("reused: same code, library, compiler and data files"))

        let unknown = await runCaptured(book.arguments("build") + ["--rerun", "07"])
        #expect(unknown.status == ExitStatus.contentError)
        #expect(unknown.error.contains("no chapter is named `07`"))
    }

    @Test func imagesBesideTheChaptersArePublished() async throws {
        guard Library.isBuilt() else { return }
        let book = try TestBook()
        defer { book.remove() }
        let images = book.chapters.appending(path: "images")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: images.appending(path: "d.png"))
        try book.write("01-one.md", "---\ntitle: One\n---\n![A drawing](images/d.png)\n")
        let result = await runCaptured(book.arguments("build"))
        #expect(result.status == 0, "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: book.site.appending(path: "images/d.png").path))
    }

    @Test func aLibraryOlderThanItsSourcesIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "descent-stale-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sources = folder.appending(path: "Sources/Descent")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        let library = folder.appending(path: "libExperiments.so")
        try Data().write(to: library)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: library.path)
        let old = sources.appending(path: "Old.swift")
        try Data().write(to: old)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -120)], ofItemAtPath: old.path)
        #expect(LibraryFreshness.newerSource(than: library, in: [sources]) == nil)
        let edited = sources.appending(path: "Rule.swift")
        try Data("// edited".utf8).write(to: edited)
        #expect(LibraryFreshness.newerSource(than: library, in: [sources])?.lastPathComponent == "Rule.swift")
        let message = LibraryFreshness.staleDiagnostic(library: library, source: edited, root: folder).description
        #expect(message.hasPrefix("Sources/Descent/Rule.swift: error: changed after the Experiments library was built"))
        #expect(message.contains("swift build -c release --product Experiments"))
    }

    @Test func aStaleLibraryOutsideAPackageStopsTheBuild() async throws {
        let book = try TestBook()
        defer { book.remove() }
        // A copy of a "library" folder older than a library source under the book's root.
        let library = book.folder.appending(path: "lib")
        try FileManager.default.createDirectory(at: library.appending(path: "Modules/Experiments.swiftmodule"), withIntermediateDirectories: true)
        try Data().write(to: library.appending(path: "libExperiments.so"))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: library.appending(path: "libExperiments.so").path)
        let sources = book.folder.appending(path: "Sources/Descent")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try Data("// new rule".utf8).write(to: sources.appending(path: "Rule.swift"))
        try book.write("01-one.md", TestBook.chapter(title: "One", message: "one"))
        let result = await runCaptured([
            "build", "--chapters", book.chapters.path, "--cache-dir", book.cache.path,
            "--library-dir", library.path, "--output", book.site.path])
        #expect(result.status == ExitStatus.contentError)
        #expect(result.error.contains("Sources/Descent/Rule.swift: error: changed after the Experiments library was built"))
        #expect(!FileManager.default.fileExists(atPath: book.site.path))
    }
}
