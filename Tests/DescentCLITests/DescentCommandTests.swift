import Foundation
import Testing
@testable import DescentCLI
import Notebook

/// Exit statuses and the whole `descent build` path on small books written on the fly.
@Suite struct DescentCommandTests {
    private func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "descent-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appending(path: "chapters"), withIntermediateDirectories: true)
        return url
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    @Test(arguments: [
        (["build", "--jobs", "0"], ExitStatus.usage),
        (["frobnicate"], ExitStatus.usage),
        (["build", "--no-such-option"], ExitStatus.usage),
        (["build", "--help"], 0),
        (["--help"], 0),
    ] as [([String], Int32)])
    func usageStatuses(arguments: [String], status: Int32) async {
        #expect(await DescentCommand.run(arguments) == status)
    }

    @Test func contentErrorExitsOneAndLeavesTheSiteAlone() async throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("no front matter here\n", to: folder.appending(path: "chapters/01-broken.md"))
        let site = folder.appending(path: "site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try write("previous", to: site.appending(path: "index.html"))
        let status = await DescentCommand.run([
            "build", "--chapters", folder.appending(path: "chapters").path, "--output", site.path,
            "--cache-dir", folder.appending(path: "cache").path,
        ])
        #expect(status == ExitStatus.contentError)
        #expect(try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8) == "previous")
    }

    /// Needs the Experiments library built in the tests' build folder; skipped (with a
    /// message) otherwise.
    @Test func buildRunsExperimentsAndPublishes() async throws {
        let library = ExperimentToolchain.defaultLibraryDirectory()
        let toolchain = ExperimentToolchain(libraryDirectory: library, root: URL(filePath: "/"))
        if let missing = toolchain.missingLibrary() {
            Issue.record("\(missing.message): build it first with `swift build --scratch-path <same> --product Experiments`")
            return
        }
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("---\ntitle: Test course\n---\nHello.\n", to: folder.appending(path: "chapters/index.md"))
        try write("""
            ---
            title: One
            ---
            Text.

            ```swift experiment
            print("six times seven is", 6 * 7)
            ```
            """, to: folder.appending(path: "chapters/01-one.md"))
        let arguments = [
            "build", "--chapters", folder.appending(path: "chapters").path,
            "--output", folder.appending(path: "site").path, "--cache-dir", folder.appending(path: "cache").path,
            "--library-dir", library.path, "--jobs", "1",
        ]
        #expect(await DescentCommand.run(arguments) == 0)
        let page = try String(contentsOf: folder.appending(path: "site/01-one.html"), encoding: .utf8)
        #expect(page.contains("six times seven is 42"))

        // A second build reuses the run.
        let configuration = BuildConfiguration(
            chapters: folder.appending(path: "chapters"), output: folder.appending(path: "site"),
            libraryDirectory: library, cacheDirectory: folder.appending(path: "cache"))
        let again = await SiteBuild(configuration: configuration).run()
        #expect(again.succeeded)
        #expect(again.chapters.map { $0.run?.reusedFromCache } == [true])
    }
}

@Suite struct BuildConsoleTests {
    private let chapter = Chapter(
        path: "chapters/05-momentum.md", slug: "05-momentum", title: "Momentum", summary: nil, body: "",
        bodyFirstLine: 4, experiments: [ExperimentBlock(index: 0, code: "print(1)", firstLine: 6)])
    private let figure = RenderedFigure(id: nil, caption: "", alt: "", lightFile: "l", darkFile: "d", width: 1, height: 1)

    @Test func chapterLines() {
        let fresh = ChapterRun(
            chapter: chapter, outputs: [BlockOutput(blockIndex: 0, text: "", figures: [figure, figure])],
            figureDirectory: URL(filePath: "/"), compileSeconds: 0.64, runSeconds: 0.21)
        #expect(BuildConsole.line(for: .init(chapter: chapter, run: fresh, diagnostics: []))
            == "05-momentum.md  compiled 0.6 s · ran 0.2 s · 2 figures")
        var cached = fresh
        cached.reusedFromCache = true
        #expect(BuildConsole.line(for: .init(chapter: chapter, run: cached, diagnostics: []))
            == "05-momentum.md  cached · 2 figures")
        let failed = SiteBuild.ChapterReport(chapter: chapter, run: nil, diagnostics: [Diagnostic(file: "x", message: "m")])
        #expect(BuildConsole.line(for: failed) == "05-momentum.md  failed (1 error)")
    }
}
