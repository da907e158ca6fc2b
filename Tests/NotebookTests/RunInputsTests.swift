import Foundation
import Testing
@testable import Notebook

/// Every input of a run is in its cache key: the data files it read, and why a chapter
/// re-ran is reported; the experiment runs in the book root whatever the builder's folder.
@Suite struct RunInputsTests {
    static let readsData = """
        ---
        title: Data
        ---
        ```swift experiment
        let data = try Dataset(csvFile: "data/points.csv")
        print("examples:", data.count)
        ```
        """

    @Test func editingADataFileReRunsTheChapter() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox() else { return }
        defer { sandbox.remove() }
        try sandbox.write(chapter: "01-data.md", Self.readsData)
        try sandbox.write(file: "data/points.csv", "x,y\n1,2\n3,4\n")

        let first = try #require(try await sandbox.run().first?.value)
        #expect(!first.reusedFromCache)
        #expect(first.reason == .noEntry)
        #expect(first.outputs.first?.text == "examples: 2\n")
        #expect(first.inputs == ["data/points.csv"])

        let second = try #require(try await sandbox.run().first?.value)
        #expect(second.reusedFromCache)
        #expect(second.inputs == ["data/points.csv"])

        try sandbox.write(file: "data/points.csv", "x,y\n1,2\n3,4\n5,6\n")
        let third = try #require(try await sandbox.run().first?.value)
        #expect(!third.reusedFromCache)
        #expect(third.reason == .dataFileChanged("data/points.csv"))
        #expect(third.outputs.first?.text == "examples: 3\n")
        #expect(try #require(try await sandbox.run().first?.value).reusedFromCache)
    }

    @Test func relativePathsResolveAgainstTheBookRootNotTheBuildersFolder() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox() else { return }
        defer { sandbox.remove() }
        try sandbox.write(chapter: "01-data.md", Self.readsData)
        try sandbox.write(file: "data/points.csv", "x,y\n1,2\n")
        // The builder's own folder has no data/: only the book root does.
        #expect(!FileManager.default.fileExists(atPath: "data/points.csv"))
        let run = try #require(try await sandbox.run().first?.value, "the chapter should find data/points.csv")
        #expect(run.outputs.first?.text == "examples: 1\n")
    }

    @Test func theReasonForARunIsReported() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "cache") else { return }
        defer { sandbox.remove() }
        #expect(try await sandbox.run().compactMap(\.value?.reason) == [.noEntry, .noEntry])
        let second = sandbox.chapters.appending(path: "02-second.md")
        let text = try String(contentsOf: second, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "2 * 3", with: "2 * 4").utf8).write(to: second)
        let afterEdit = try await sandbox.run()
        #expect(afterEdit.map(\.value?.reason) == [nil, .codeChanged])

        try Data("let version = 2\n".utf8).write(to: sandbox.librarySources.appending(path: "Library.swift"))
        #expect(try await sandbox.run().map(\.value?.reason) == [.libraryChanged, .libraryChanged])

        let forced = try await sandbox.run(forced: ["01-first"])
        #expect(forced.map(\.value?.reason) == [.forced, nil])
        #expect(forced[0].value?.reusedFromCache == false)

        try FileManager.default.removeItem(at: sandbox.cache.appending(path: "entries"))
        #expect(try await sandbox.run().map(\.value?.reason) == [.entryLost, .entryLost])
    }

    @Test func aForgedFigureNameIsRefusedAndNothingOutsideIsTouched() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox() else { return }
        defer { sandbox.remove() }
        let victim = sandbox.folder.appending(path: "victim.txt")
        try Data("keep me".utf8).write(to: victim)
        // An experiment that writes its own event naming a file outside its output folder.
        try sandbox.write(chapter: "01-forge.md", #"""
            ---
            title: Forge
            ---
            ```swift experiment
            import Foundation
            let folder = ProcessInfo.processInfo.environment["DESCENT_EXPERIMENT_OUTPUT"]!
            let line = #"{"v":2,"event":"figure","block":0,"figure":{"id":null,"caption":"c","alt":"a","lightFile":"../../../victim.txt","darkFile":"../../../victim.txt","width":1,"height":1}}"# + "\n"
            let handle = FileHandle(forWritingAtPath: folder + "/events.jsonl") ?? {
                FileManager.default.createFile(atPath: folder + "/events.jsonl", contents: nil)
                return FileHandle(forWritingAtPath: folder + "/events.jsonl")!
            }()
            handle.seekToEndOfFile()
            handle.write(line.data(using: .utf8)!)
            ```
            """#)
        let outcome = try #require(try await sandbox.run().first)
        let problem = try #require(outcome.problems.first, "a forged figure name must fail the chapter")
        #expect(problem.file == "chapters/01-forge.md")
        #expect(problem.message.contains("../../../victim.txt"))
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
    }

    @Test func aSymbolicLinkPosingAsAFigureIsRefused() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "fig-1.png").path, withDestinationPath: "/etc/passwd")
        try Data([1, 2, 3]).write(to: folder.appending(path: "fig-2.png"))
        #expect(ExperimentCache.regularFileSize("fig-1.png", in: folder) == nil)
        #expect(ExperimentCache.regularFileSize("fig-2.png", in: folder) == 3)
        for name in ["../fig-2.png", "a/b.png", ".", "..", "", ".hidden.png", "manifest.json"] {
            #expect(!ExperimentCache.isSafeFigureName(name), "\(name)")
        }
    }

    @Test func inputDigestsNeverOpenDevicesOrFifos() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(ExperimentCache.inputDigest("/dev/zero", workingDirectory: folder) == "not-a-file")
        #expect(mkfifo(folder.appending(path: "pipe").path, 0o600) == 0)
        #expect(ExperimentCache.inputDigest("pipe", workingDirectory: folder) == "not-a-file")
        #expect(ExperimentCache.inputDigest("missing.csv", workingDirectory: folder) == "absent")
        try Data("a".utf8).write(to: folder.appending(path: "a.csv"))
        #expect(ExperimentCache.inputDigest("a.csv", workingDirectory: folder).count == 64)
    }
}
