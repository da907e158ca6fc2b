import Foundation
import Testing
@testable import DescentCLI

/// What a reader gets from a real build: runtime warnings at their chapter line, and a chapter
/// package that builds and runs against this repository's library.
@Suite(.serialized) struct ReaderFeaturesTests {
    @Test func aFigureThatWouldBeEmptyIsAWarningAtItsLine() async throws {
        guard Library.isBuilt() else { return }
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-empty.md", """
            ---
            title: Empty
            ---
            A figure of a function that is NaN everywhere.

            ```swift experiment
            let nowhere = Figure { Contour(x: -1...1, y: -1...1) { _, _ in .nan } }
            show(nowhere, caption: "Nothing.", alt: "An empty plot.")
            ```

            """)
        let result = await runCaptured(book.arguments("build"))
        #expect(result.status == 0, "a warning does not stop the build: \(result.error)")
        let printed = result.output + result.error
        #expect(printed.contains("01-empty.md:8: warning: in the figure shown here, every sample of the contour grid is NaN: nothing is drawn"),
                "\(printed)")
    }

    /// The slow one: unpacks a chapter's package from the built site and runs it with
    /// `swift run` against this checkout (as a reader does against a clone), in a scratch
    /// folder kept between runs so later runs are incremental.
    @Test(.timeLimit(.minutes(20))) func theChapterPackageBuildsAndRunsAgainstTheLibrary() async throws {
        guard Library.isBuilt() else { return }
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-run-it.md", """
            ---
            title: Run it
            ---
            The hidden block defines the rate the visible one uses.

            ```swift experiment hide
            let hiddenRate = 0.25
            ```

            ```swift experiment
            let run = try GradientDescent(learningRate: hiddenRate).run(on: .bowl, from: [-5, -2.5], steps: 12)
            print("package ran:", significant(run.finalValue, digits: 3))
            show(Figure.contours(of: .bowl, runs: [run], labels: ["η"]), caption: "A run.", alt: "A path into a bowl.")
            ```

            """)
        let built = await runCaptured(book.arguments("build"))
        #expect(built.status == 0, "\(built.error)")
        let page = try book.page("01-run-it.html")
        #expect(page.contains("href=\"packages/01-run-it.tar\""))
        let expected = try #require(page.range(of: "package ran: ")).upperBound
        let value = page[expected...].prefix { !$0.isWhitespace && $0 != "<" }

        let unpacked = book.folder.appending(path: "reader")
        try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
        #expect(try Self.run(["tar", "xf", book.site.appending(path: "packages/01-run-it.tar").path, "-C", unpacked.path], in: unpacked).status == 0)
        let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let scratch = FileManager.default.temporaryDirectory.appending(path: "descent-chapter-package-scratch")
        let ran = try Self.run(
            ["swift", "run", "--package-path", unpacked.appending(path: "01-run-it").path, "--scratch-path", scratch.path],
            in: repository, environment: ["DESCENT_PATH": repository.path])
        #expect(ran.status == 0, "\(ran.output)")
        #expect(ran.output.contains("package ran: \(value)"), "the package prints what the page printed: \(ran.output.suffix(2000))")
        #expect(ran.output.contains("[figure: A run.]"))
    }

    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let log = FileManager.default.temporaryDirectory.appending(path: "descent-run-\(UUID().uuidString.prefix(8)).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
