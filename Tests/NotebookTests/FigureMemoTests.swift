import Foundation
import Testing
@testable import Notebook

/// The figure memo end to end: a chapter run again after an edit links the images of the
/// figures it draws as before from the memo, and draws the ones that changed.
@Suite struct FigureMemoTests {
    private func chapter(steps: Int, note: String) -> String {
        """
        ---
        title: Memo
        ---
        ```swift experiment
        print("\(note)")
        let fixed = Figure(title: "Fixed", xLabel: "t", yLabel: "y") { Line([(0, 1), (1, 0.5), (2, 0.25)], label: "halving") }
        show(fixed, caption: "The same in every run.", alt: "a halving line")
        let changing = Figure(title: "Changing", xLabel: "t", yLabel: "y") {
            Line((0...\(steps)).map { (Double($0), 1 / Double($0 + 1)) }, label: "1/(t+1)")
        }
        show(changing, caption: "Longer after the edit.", alt: "a falling curve")
        ```
        """
    }

    private func keptImages(_ memo: URL) throws -> [URL] {
        try FileManager.default.subpathsOfDirectory(atPath: memo.path).filter { $0.hasSuffix(".png") }
            .map { memo.appending(path: $0) }
    }

    private func used(_ url: URL) throws -> Date {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date ?? .distantPast
    }

    @Test func anUnchangedFigureComesFromTheMemoAChangedOneIsDrawn() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox() else { return }
        defer { sandbox.remove() }
        try sandbox.write(chapter: "01-memo.md", chapter(steps: 3, note: "first"))
        let first = try #require(try await sandbox.run().first?.value)
        let memo = sandbox.runner().cache.figureMemoRoot
        let kept = try keptImages(memo)
        #expect(kept.count == 8, "two figures in two themes, each with its phone variant: \(kept)")
        // Each kept image is the bytes of one of the run's images.
        let images = try Set(first.figures.flatMap { [$0.lightFile, $0.darkFile] }
            .map { try Data(contentsOf: first.figureDirectory.appending(path: $0)) })
        #expect(try kept.filter { images.contains(try Data(contentsOf: $0)) }.count == 4)
        let longAgo = Date(timeIntervalSinceNow: -3600)
        for url in kept { try FileManager.default.setAttributes([.modificationDate: longAgo], ofItemAtPath: url.path) }

        try sandbox.write(chapter: "01-memo.md", chapter(steps: 6, note: "second"))
        let second = try #require(try await sandbox.run().first?.value)
        #expect(!second.reusedFromCache)
        #expect(second.outputs[0].text == "second\n")
        func bytes(_ run: ChapterRun, _ figure: Int) throws -> Data {
            try Data(contentsOf: run.figureDirectory.appending(path: run.figures[figure].lightFile))
        }
        // The fixed figure: the same bytes, its four images taken from the memo (marked used).
        #expect(try bytes(second, 0) == (try bytes(first, 0)))
        let reused = try kept.filter { try used($0) > longAgo.addingTimeInterval(60) }
        let times = try kept.map { ($0.lastPathComponent, try used($0)) }
        #expect(reused.count == 4, "\(times)")
        // The changed figure: drawn anew, and kept too.
        #expect(try bytes(second, 1) != (try bytes(first, 1)))
        let keptNow = try keptImages(memo)
        #expect(keptNow.count == 12)
        #expect(try keptNow.contains { try Data(contentsOf: $0) == (try bytes(second, 1)) })
    }

    @Test func aDamagedImageInTheMemoIsDrawnAgainNotUsed() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox() else { return }
        defer { sandbox.remove() }
        try sandbox.write(chapter: "01-memo.md", chapter(steps: 3, note: "first"))
        let first = try #require(try await sandbox.run().first?.value)
        let expected = try Data(contentsOf: first.figureDirectory.appending(path: first.figures[0].lightFile))
        for url in try keptImages(sandbox.runner().cache.figureMemoRoot) {
            let bytes = try Data(contentsOf: url)
            try bytes.prefix(bytes.count / 2).write(to: url)  // cut, as a full disk would leave it
        }
        try sandbox.write(chapter: "01-memo.md", chapter(steps: 3, note: "second"))
        let second = try #require(try await sandbox.run().first?.value)
        #expect(try Data(contentsOf: second.figureDirectory.appending(path: second.figures[0].lightFile)) == expected)
    }

    @Test func theMemoForgetsWhatWasNotUsedAndKeepsToItsBudget() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ExperimentCache(directory: folder)
        let memo = try cache.figureMemoDirectory(libraryCode: "library A")
        let other = try cache.figureMemoDirectory(libraryCode: "library B")
        #expect(memo != other)
        func image(_ name: String, in directory: URL, bytes: Int, daysAgo: Double) throws -> URL {
            let url = directory.appending(path: name)
            try Data(repeating: 7, count: bytes).write(to: url)
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -daysAgo * 24 * 3600)], ofItemAtPath: url.path)
            return url
        }
        let stale = try image("stale.png", in: memo, bytes: 10, daysAgo: 20)
        let old = try image("old.png", in: memo, bytes: 600, daysAgo: 3)
        let recent = try image("recent.png", in: memo, bytes: 600, daysAgo: 1)
        let leftover = try image(".123-456.png", in: memo, bytes: 10, daysAgo: 0.5)
        let onlyStale = try image("gone.png", in: other, bytes: 10, daysAgo: 30)
        cache.pruneFigureMemo(olderThan: 14 * 24 * 3600, budget: 1000)
        let exists = { (url: URL) in FileManager.default.fileExists(atPath: url.path) }
        #expect(!exists(stale))
        #expect(!exists(leftover))
        #expect(!exists(old), "the least recently used goes when over budget")
        #expect(exists(recent))
        #expect(!exists(onlyStale) && !exists(other), "an emptied library folder goes too")
    }

    /// The memo's folder is named after what draws the images — `Plotting`'s sources, its C
    /// module maps, the package manifest, the compiler — only while the built library is newer
    /// than all of them; an edit elsewhere in the library keeps the name (and the images).
    @Test func theMemoFolderFollowsPlottingAndOnlyAFreshLibrary() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let sources = root.appending(path: "Sources"), library = root.appending(path: ".build/release")
        for folder in ["Plotting", "CCairo", "Descent"] {
            try FileManager.default.createDirectory(at: sources.appending(path: folder), withIntermediateDirectories: true)
        }
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        var clock = Date(timeIntervalSinceNow: -1000)
        func write(_ path: String, _ text: String) throws {
            let url = root.appending(path: path)
            try Data(text.utf8).write(to: url)
            clock += 10
            try FileManager.default.setAttributes([.modificationDate: clock], ofItemAtPath: url.path)
        }
        try write("Package.swift", "// manifest")
        try write("Sources/Plotting/Figure.swift", "struct Figure {}")
        try write("Sources/CCairo/module.modulemap", "module CCairo {}")
        try write("Sources/Descent/Adam.swift", "struct Adam {}")
        try write(".build/release/libExperiments.so", "built")
        let librarySources = ["Descent", "Plotting"].map { sources.appending(path: $0) }
        func key(compiler: String = "swiftc 6.3") -> String? {
            ExperimentRunner.figureMemoKey(librarySources: librarySources, libraryDirectory: library, compiler: compiler)
        }
        let first = try #require(key())
        #expect(key(compiler: "swiftc 6.4") != first)

        try write("Sources/Descent/Adam.swift", "struct Adam { var β1 = 0.9 }")
        try write(".build/release/libExperiments.so", "built again")
        #expect(key() == first, "an optimizer edit keeps the images")

        try write("Sources/Plotting/Figure.swift", "struct Figure { var title = \"\" }")
        #expect(key() == nil, "a library older than Plotting's sources does not name the folder")
        try write(".build/release/libExperiments.so", "built from the new Plotting")
        let second = try #require(key())
        #expect(second != first)

        try write("Sources/CCairo/module.modulemap", "module CCairo { header \"shim.h\" }")
        try write(".build/release/libExperiments.so", "built once more")
        #expect(key() != second)
        try write("Package.swift", "// another manifest")
        #expect(key() == nil)

        #expect(ExperimentRunner.figureMemoKey(
            librarySources: [sources.appending(path: "Descent")], libraryDirectory: library, compiler: "swiftc") == nil)
    }
}
