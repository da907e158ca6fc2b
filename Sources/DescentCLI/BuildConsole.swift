import Foundation
import Notebook
import Synchronization

/// Shows a build as it goes and how it ended.
///
/// - One line per chapter as it finishes: `[3/14] 05-momentum.md  compiled 0.6 s · ran 0.2 s · 4 figures`
///   (or `cached`), plain text unless the terminal takes colours.
/// - On an interactive terminal, a status line under them (`building… 3/14 · 4.2 s`),
///   redrawn in place and erased at the end.
/// - Every diagnostic, on standard error, then a summary line.
///
/// `--quiet` keeps only diagnostics and the failure line; `--verbose` adds where the build
/// reads and writes, per-block counts and the time of each step.
final class BuildConsole: Sendable {
    /// How much to say.
    enum Verbosity: Sendable {
        case quiet, normal, verbose
    }

    private struct State {
        var total = 0
        var finished = 0
        var statusShown = false
        var phase = "running experiments"
        var started = ContinuousClock.now
    }

    let terminal: Terminal
    let verbosity: Verbosity
    /// The output folder as the author typed it, for the summary.
    let outputName: String
    /// What the summary says was done: "Built" or "Checked".
    let verb: String
    /// Whether chapters reused from the cache get a line (serve's rebuilds leave them out).
    let reportsCached: Bool
    /// Whether each chapter's line says why it ran (`--explain`).
    let explains: Bool
    private let state = Mutex(State())
    private let ticker = Mutex<Task<Void, Never>?>(nil)

    init(
        terminal: Terminal = .current, verbosity: Verbosity = .normal, outputName: String, verb: String = "Built",
        reportsCached: Bool = true, explains: Bool = false
    ) {
        self.explains = explains
        self.reportsCached = reportsCached
        self.terminal = terminal
        self.verbosity = verbosity
        self.outputName = outputName
        self.verb = verb
    }

    /// Whether a status line is drawn.
    private var live: Bool { terminal.isInteractive && verbosity != .quiet }

    /// Says where the build reads and writes (verbose only).
    func start(_ configuration: BuildConfiguration) {
        state.withLock { $0.started = .now }
        guard verbosity == .verbose else { return }
        terminal.line(terminal.styled("chapters  \(configuration.chapters.path)", .dim))
        terminal.line(terminal.styled("library   \(configuration.libraryDirectory.path)", .dim))
        terminal.line(terminal.styled("cache     \(configuration.cacheDirectory.path)", .dim))
        terminal.line(terminal.styled("contained \(Containment.current.summary)", .dim))
    }

    /// Handles one event of the build.
    func handle(_ event: SiteBuild.Event) {
        switch event {
        case .loaded(let count):
            state.withLock { $0.total = count }
            if live { startTicker() }
        case .chapterFinished(let report):
            let (finished, total) = state.withLock { state -> (Int, Int) in
                state.finished += 1
                return (state.finished, state.total)
            }
            guard verbosity != .quiet else { return }
            if !reportsCached, report.run?.reusedFromCache == true { return }
            var text = "\(terminal.styled("[\(finished)/\(total)]", .dim)) \(Self.line(for: report, terminal: terminal))"
            if explains { text += terminal.styled("  — " + Self.explanation(for: report), .dim) }
            if verbosity == .verbose, let run = report.run, !run.chapter.experiments.isEmpty {
                let blocks = run.chapter.experiments.count
                text += terminal.styled("  (\(blocks) block\(blocks == 1 ? "" : "s"))", .dim)
            }
            printAboveStatus(text)
            for warning in report.run?.warnings ?? [] {
                printAboveStatus(terminal.styled(warning.description, .yellow))
            }
        case .rendering:
            state.withLock { $0.phase = "rendering the site" }
            if live { drawStatus() }
        }
    }

    /// Prints the diagnostics and the summary.
    func finish(_ result: SiteBuild.Result) {
        stopTicker()
        if !result.diagnostics.isEmpty {
            let text = result.diagnostics.map { Self.describe($0, terminal: terminal) }.joined(separator: "\n\n")
            terminal.write("\n" + text + "\n\n", .error)
        }
        if verbosity == .verbose {
            let t = result.timings
            terminal.line(terminal.styled(
                "load \(Self.format(t.load)) s · run \(Self.format(t.run)) s · render \(Self.format(t.render)) s · publish \(Self.format(t.publish)) s",
                .dim))
            if result.siteUnchanged {
                terminal.line(terminal.styled("the site's inputs are unchanged: nothing rendered or published", .dim))
            } else if !t.renderSteps.isEmpty {
                terminal.line(terminal.styled(
                    "render: " + t.renderSteps.map { "\($0.step) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: " · "), .dim))
            }
        }
        let summary = Self.summary(result, output: outputName, verb: verb)
        if !result.succeeded {
            terminal.errorLine(terminal.styled(summary, .red, on: .error))
        } else if verbosity != .quiet {
            terminal.line(terminal.styled(summary, .bold))
        }
    }

    // MARK: Text

    /// The line for one chapter, e.g. `05-momentum.md  compiled 0.6 s · ran 0.2 s · 4 figures`.
    static func line(for report: SiteBuild.ChapterReport, terminal: Terminal? = nil) -> String {
        let style = { (text: String, style: TextStyle) in terminal?.styled(text, style) ?? text }
        let name = report.chapter.path.split(separator: "/").last.map(String.init) ?? report.chapter.path
        guard let run = report.run else {
            let count = report.diagnostics.count
            return "\(name)  " + style("failed (\(count) error\(count == 1 ? "" : "s"))", .red)
        }
        let figures = run.figures.count
        let figureText = "\(figures) figure\(figures == 1 ? "" : "s")"
        if run.chapter.experiments.isEmpty { return "\(name)  " + style("no experiments", .dim) }
        if run.reusedFromCache { return "\(name)  " + style("cached", .dim) + " · \(figureText)" }
        return "\(name)  " + style("compiled \(format(run.compileSeconds)) s · ran \(format(run.runSeconds)) s", .green)
            + " · \(figureText)"
    }

    /// Why the chapter's experiments ran or were reused (`--explain`).
    static func explanation(for report: SiteBuild.ChapterReport) -> String {
        guard let run = report.run else { return "failed" }
        if run.chapter.experiments.isEmpty { return "nothing to run" }
        var text = run.reusedFromCache ? "reused: same code, library, compiler and data files"
            : "ran: " + (run.reason?.description ?? "no cached run")
        if !run.inputs.isEmpty { text += " (reads " + run.inputs.joined(separator: ", ") + ")" }
        return text
    }

    /// The closing summary: chapters built and reused from the cache, figures, total time.
    static func summary(_ result: SiteBuild.Result, output: String, verb: String = "Built") -> String {
        let runs = result.chapters.compactMap(\.run)
        let cached = runs.filter { $0.reusedFromCache && !$0.chapter.experiments.isEmpty }.count
        let ran = runs.filter { !$0.reusedFromCache }.count
        let figures = runs.reduce(0) { $0 + $1.figures.count }
        let total = format(result.timings.total)
        if result.succeeded {
            let chapters = "\(runs.count) chapter\(runs.count == 1 ? "" : "s")"
            let destination = verb == "Built" ? " → \(output)/" : ""
            return "\(verb) \(chapters) (\(ran) run, \(cached) from cache), \(figures) figure\(figures == 1 ? "" : "s")\(destination) in \(total) s"
        }
        let count = result.diagnostics.count
        let kept = verb == "Built" ? "; \(output)/ left unchanged" : ""
        return "\(verb == "Built" ? "Build" : "Check") failed at the \(result.failedStep ?? "?") step: \(count) error\(count == 1 ? "" : "s")\(kept)"
    }

    /// A diagnostic with `error:` in red when standard error takes colours.
    static func describe(_ diagnostic: Diagnostic, terminal: Terminal) -> String {
        let text = diagnostic.description
        guard terminal.colorsErrors, let range = text.range(of: ": error: ") else { return text }
        let location = String(text[..<range.lowerBound])
        return TextStyle.bold.apply(to: location) + ": " + TextStyle.red.apply(to: "error:") + " "
            + text[range.upperBound...]
    }

    static func format(_ seconds: Double) -> String {
        String(format: "%.1f", seconds)
    }

    // MARK: Status line

    private func statusText() -> String {
        let (finished, total, phase, started) = state.withLock { ($0.finished, $0.total, $0.phase, $0.started) }
        let elapsed = Self.format(Self.seconds(ContinuousClock.now - started))
        return terminal.styled("\(phase)… \(finished)/\(total) · \(elapsed) s", .cyan)
    }

    private func drawStatus() {
        terminal.write("\r\u{1B}[2K" + statusText(), .output)
        state.withLock { $0.statusShown = true }
    }

    private func clearStatus() {
        let shown = state.withLock { state -> Bool in
            defer { state.statusShown = false }
            return state.statusShown
        }
        if shown { terminal.write("\r\u{1B}[2K", .output) }
    }

    private func printAboveStatus(_ text: String) {
        guard live else { return terminal.line(text) }
        ticker.withLock { _ in
            terminal.write("\r\u{1B}[2K" + text + "\n" + statusText(), .output)
            state.withLock { $0.statusShown = true }
        }
    }

    private func startTicker() {
        ticker.withLock { task in
            task = Task { [weak self] in
                while !Task.isCancelled {
                    guard let self else { return }
                    self.ticker.withLock { _ in if !Task.isCancelled { self.drawStatus() } }
                    try? await Task.sleep(for: .milliseconds(200))
                }
            }
        }
    }

    private func stopTicker() {
        ticker.withLock { task in
            task?.cancel()
            task = nil
            clearStatus()
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
