import Foundation
import Testing
@testable import DescentCLI
import Notebook

/// A small book written on the fly into a temporary folder: `chapters/`, a `cache/` and an
/// output folder `site/`, with the Experiments library of the tests' build folder.
struct TestBook {
    let folder: URL
    var chapters: URL { folder.appending(path: "chapters") }
    var site: URL { folder.appending(path: "site") }
    var cache: URL { folder.appending(path: "cache") }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "descent-cli-tests-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `text` to `chapters/<name>`.
    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: chapters.appending(path: name))
    }

    /// The text of a file of the site.
    func page(_ name: String) throws -> String {
        try String(contentsOf: site.appending(path: name), encoding: .utf8)
    }

    /// Arguments pointing a command at this book and the tests' library.
    func arguments(_ command: String, output: Bool = true) -> [String] {
        var arguments = [command, "--chapters", chapters.path, "--cache-dir", cache.path,
                         "--library-dir", Library.directory.path, "--jobs", "2"]
        if output { arguments += ["--output", site.path] }
        return arguments
    }

    var configuration: BuildConfiguration {
        BuildConfiguration(chapters: chapters, output: site, jobs: 2, libraryDirectory: Library.directory, cacheDirectory: cache)
    }

    /// A chapter with one experiment printing `message`.
    static func chapter(title: String, message: String) -> String {
        """
        ---
        title: \(title)
        ---
        Some prose about \(title).

        ```swift experiment
        print("\(message)")
        ```

        """
    }
}

/// The Experiments library built in the same build folder as the tests.
enum Library {
    static var directory: URL { ExperimentToolchain.defaultLibraryDirectory() }

    /// True when it is built; otherwise records an issue saying how to build it.
    static func isBuilt() -> Bool {
        let toolchain = ExperimentToolchain(libraryDirectory: directory, root: URL(filePath: "/"))
        guard let missing = toolchain.missingLibrary() else { return true }
        Issue.record("""
            \(missing.message) in \(directory.path). Build it in the tests' build folder first, e.g.
                swift build --scratch-path .build-cli --product Experiments
                swift test --scratch-path .build-cli --filter DescentCLITests
            """)
        return false
    }
}

/// Runs a `descent` command line with its output captured.
func runCaptured(_ arguments: [String], interactive: Bool = false, colors: Bool = false) async -> (status: Int32, output: String, error: String) {
    let capture = Terminal.Capture()
    let status = await Terminal.$current.withValue(capture.terminal(interactive: interactive, colors: colors)) {
        await DescentCommand.run(arguments)
    }
    return (status, capture.output, capture.error)
}
