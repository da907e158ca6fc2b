import Foundation
import Testing
@testable import Notebook

/// The cache seen from the runner: prose edits run nothing, a block edit runs one
/// chapter, a library edit runs all, a damaged entry is rebuilt.
@Suite struct ExperimentRunnerCacheTests {
    private func ran(_ outcomes: [ExperimentRunner.Outcome]) throws -> [Bool] {
        try outcomes.map { outcome in
            let run = try #require(outcome.value, "\(outcome.problems)")
            return !run.reusedFromCache
        }
    }

    private func edit(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: file)
    }

    @Test func proseBlockAndLibraryEdits() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "cache") else { return }
        defer { sandbox.remove() }
        let first = sandbox.chapters.appending(path: "01-first.md")
        let second = sandbox.chapters.appending(path: "02-second.md")

        #expect(try ran(await sandbox.run()) == [true, true])
        #expect(try ran(await sandbox.run()) == [false, false])

        try edit(first, "Prose of the first chapter.", "Longer prose\nover $x^2$ several\nlines.")
        let afterProse = try await sandbox.run()
        #expect(try ran(afterProse) == [false, false])
        #expect(afterProse[0].value?.outputs.first?.text == "first 2\n")
        #expect(afterProse[0].value?.chapter.experiments.first?.firstLine == 9)

        try edit(second, "2 * 3", "2 * 4")
        let afterBlock = try await sandbox.run()
        #expect(try ran(afterBlock) == [false, true])
        #expect(afterBlock[1].value?.outputs.first?.text == "second 8\n")

        try Data("let version = 2\n".utf8).write(to: sandbox.librarySources.appending(path: "Library.swift"))
        #expect(try ran(await sandbox.run()) == [true, true])
    }

    @Test func damagedEntryIsRebuiltNotTrusted() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "options") else { return }
        defer { sandbox.remove() }
        let original = try #require(await sandbox.run().first?.value)
        let figure = original.figures[0]
        // A truncated figure, as a crash while writing or a full disk would leave it.
        try Data([0x89]).write(to: original.figureDirectory.appending(path: figure.lightFile))
        let rebuilt = try #require(await sandbox.run().first?.value)
        #expect(!rebuilt.reusedFromCache)
        let size = try FileManager.default.attributesOfItem(
            atPath: rebuilt.figureDirectory.appending(path: figure.lightFile).path)[.size] as? Int
        #expect((size ?? 0) > 1)
        // What a kill -9 leaves: a half-written temporary folder and an entry without manifest.
        try FileManager.default.removeItem(at: rebuilt.figureDirectory.appending(path: "manifest.json"))
        try FileManager.default.createDirectory(
            at: sandbox.cache.appending(path: "tmp/run-partial"), withIntermediateDirectories: true)
        let again = try #require(await sandbox.run().first?.value)
        #expect(!again.reusedFromCache)
        #expect(again.outputs == original.outputs)
        #expect(try #require(await sandbox.run().first?.value).reusedFromCache)
    }
}
