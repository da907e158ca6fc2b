import Foundation
import Testing
@testable import Notebook

/// The Experiments library the chapter programs of these tests link against: the one
/// built in the same build folder as the tests.
enum BuiltLibrary {
    /// The build folder holding the test bundle (and, if built, `libExperiments.so`).
    static var directory: URL {
        Bundle.module.bundleURL.deletingLastPathComponent()
    }

    /// A toolchain for `directory`, or a recorded issue explaining how to build the library.
    static func toolchain() -> ExperimentToolchain? {
        let toolchain = ExperimentToolchain(
            libraryDirectory: directory, root: URL(filePath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        if let missing = toolchain.missingLibrary() {
            Issue.record("""
                \(missing.message) in \(directory.path).
                Build it in the same build folder as the tests first, e.g.
                    swift build --scratch-path .build-notebook --product Experiments
                    swift test --scratch-path .build-notebook --filter NotebookTests
                """)
            return nil
        }
        return toolchain
    }

    /// A runner with its own cache folder and a fake library-sources folder the test can edit.
    struct Sandbox {
        var folder: URL
        var toolchain: ExperimentToolchain
        var cache: URL { folder.appending(path: "cache") }
        var librarySources: URL { folder.appending(path: "library") }
        var chapters: URL { folder.appending(path: "chapters") }

        init?(copying book: String? = nil) throws {
            guard let toolchain = BuiltLibrary.toolchain() else { return nil }
            self.toolchain = toolchain
            folder = try Fixtures.temporaryDirectory()
            try FileManager.default.createDirectory(at: librarySources, withIntermediateDirectories: true)
            try Data("let version = 1\n".utf8).write(to: librarySources.appending(path: "Library.swift"))
            if let book {
                try FileManager.default.copyItem(at: Fixtures.book(book), to: chapters)
            }
        }

        func runner(jobs: Int = 2, forced: Set<String> = []) -> ExperimentRunner {
            ExperimentRunner(
                toolchain: toolchain, cacheDirectory: cache, librarySources: [librarySources], jobs: jobs,
                workingDirectory: folder, forced: forced)
        }

        /// Writes `text` to `chapters/<name>` (creating the folder).
        func write(chapter name: String, _ text: String) throws {
            try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: chapters.appending(path: name))
        }

        /// Writes `text` to `<book root>/<path>` (creating folders).
        func write(file path: String, _ text: String) throws {
            let url = folder.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func load() throws -> [Chapter] {
            try BookLoader(directory: chapters, displayPath: "chapters", root: folder).load().chapters
        }

        /// Loads and runs the book; returns the outcomes.
        func run(forced: Set<String> = []) async throws -> [ExperimentRunner.Outcome] {
            await runner(forced: forced).run(try load())
        }

        func remove() {
            try? FileManager.default.removeItem(at: folder)
        }
    }
}

extension Result where Failure == Diagnostics {
    /// The diagnostics of a failure (empty on success).
    var problems: [Diagnostic] {
        if case .failure(let diagnostics) = self { return diagnostics.items }
        return []
    }

    /// The value of a success, or nil.
    var value: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
