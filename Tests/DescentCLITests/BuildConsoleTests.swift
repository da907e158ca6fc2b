import Foundation
import Testing
@testable import DescentCLI
import Notebook

/// The lines and summary of a build, in each output mode.
@Suite struct BuildConsoleTests {
    private let chapter = Chapter(
        path: "chapters/05-momentum.md", slug: "05-momentum", title: "Momentum", summary: nil, body: "",
        bodyFirstLine: 4, experiments: [ExperimentBlock(index: 0, code: "print(1)", firstLine: 6, bodyLine: 1)])
    private let figure = RenderedFigure(id: nil, caption: "", alt: "", lightFile: "l", darkFile: "d", width: 1, height: 1)

    private var fresh: ChapterRun {
        ChapterRun(
            chapter: chapter, outputs: [BlockOutput(blockIndex: 0, text: "", figures: [figure, figure])],
            figureDirectory: URL(filePath: "/"), compileSeconds: 0.64, runSeconds: 0.21)
    }

    private var succeeded: SiteBuild.Result {
        var result = SiteBuild.Result()
        var cached = fresh
        cached.reusedFromCache = true
        result.chapters = [.init(chapter: chapter, run: fresh, diagnostics: []), .init(chapter: chapter, run: cached, diagnostics: [])]
        result.timings.run = 1.25
        return result
    }

    private var failed: SiteBuild.Result {
        var result = SiteBuild.Result()
        result.failedStep = "run"
        result.diagnostics = [Diagnostic(file: "chapters/05-momentum.md", line: 7, column: 3, message: "no such thing")]
        result.chapters = [.init(chapter: chapter, run: nil, diagnostics: result.diagnostics)]
        return result
    }

    @Test func chapterLines() {
        #expect(BuildConsole.line(for: .init(chapter: chapter, run: fresh, diagnostics: []))
            == "05-momentum.md  compiled 0.6 s · ran 0.2 s · 2 figures")
        var cached = fresh
        cached.reusedFromCache = true
        #expect(BuildConsole.line(for: .init(chapter: chapter, run: cached, diagnostics: []))
            == "05-momentum.md  cached · 2 figures")
        let failed = SiteBuild.ChapterReport(chapter: chapter, run: nil, diagnostics: [Diagnostic(file: "x", message: "m")])
        #expect(BuildConsole.line(for: failed) == "05-momentum.md  failed (1 error)")
    }

    /// Feeds a whole build through a console writing into a capture.
    private func show(_ result: SiteBuild.Result, verbosity: BuildConsole.Verbosity, interactive: Bool = false, colors: Bool = false) -> Terminal.Capture {
        let capture = Terminal.Capture()
        let console = BuildConsole(terminal: capture.terminal(interactive: interactive, colors: colors), verbosity: verbosity, outputName: "site")
        console.start(BuildConfiguration(chapters: URL(filePath: "/book/chapters"), output: URL(filePath: "/book/site")))
        console.handle(.loaded(chapters: result.chapters.count))
        for report in result.chapters { console.handle(.chapterFinished(report)) }
        if result.succeeded { console.handle(.rendering) }
        console.finish(result)
        return capture
    }

    @Test func plainOutputHasNoEscapes() {
        let capture = show(succeeded, verbosity: .normal)
        #expect(capture.output == """
            [1/2] 05-momentum.md  compiled 0.6 s · ran 0.2 s · 2 figures
            [2/2] 05-momentum.md  cached · 2 figures
            Built 2 chapters (1 run, 1 from cache), 4 figures → site/ in 1.2 s

            """)
        #expect(capture.error.isEmpty)
    }

    @Test func quietPrintsNothingOnSuccessAndOnlyErrorsOnFailure() {
        #expect(show(succeeded, verbosity: .quiet).output.isEmpty)
        let capture = show(failed, verbosity: .quiet)
        #expect(capture.output.isEmpty)
        #expect(capture.error.contains("chapters/05-momentum.md:7:3: error: no such thing"))
        #expect(capture.error.contains("Build failed at the run step: 1 error; site/ left unchanged"))
    }

    @Test func verboseAddsFoldersBlocksAndSteps() {
        let output = show(succeeded, verbosity: .verbose).output
        #expect(output.contains("chapters  /book/chapters"))
        #expect(output.contains("cache     /book/.descent-cache"))
        #expect(output.contains("(1 block)"))
        #expect(output.contains("load 0.0 s · run 1.2 s · render 0.0 s · publish 0.0 s"))
    }

    @Test func coloursOnlyWhenAllowed() {
        let coloured = show(failed, verbosity: .normal, colors: true)
        #expect(coloured.output.contains("\u{1B}[31mfailed (1 error)\u{1B}[0m"))
        #expect(coloured.error.contains("\u{1B}[31merror:\u{1B}[0m"))
        let plain = show(failed, verbosity: .normal, colors: false)
        #expect(!plain.output.contains("\u{1B}"))
        #expect(!plain.error.contains("\u{1B}"))
    }

    @Test func interactiveRedrawsAStatusLineAndErasesIt() {
        let output = show(succeeded, verbosity: .normal, interactive: true).output
        #expect(output.contains("\r\u{1B}[2K"))
        #expect(output.contains("running experiments… 1/2"))
        #expect(output.contains("rendering the site… 2/2"))
        // The summary comes after the status line was erased.
        #expect(output.hasSuffix("\r\u{1B}[2KBuilt 2 chapters (1 run, 1 from cache), 4 figures → site/ in 1.2 s\n"))
    }
}
