import Foundation
import Notebook

/// Prints a build's progress and outcome: one line per chapter as it finishes, every
/// diagnostic, and a summary. (Live progress, colour and `--quiet` come later.)
final class BuildConsole: Sendable {
    /// The line for one chapter, e.g. `05-momentum.md  compiled 0.6 s · ran 0.2 s · 4 figures`.
    static func line(for report: SiteBuild.ChapterReport) -> String {
        let name = report.chapter.path.split(separator: "/").last.map(String.init) ?? report.chapter.path
        guard let run = report.run else {
            let count = report.diagnostics.count
            return "\(name)  failed (\(count) error\(count == 1 ? "" : "s"))"
        }
        let figures = run.figures.count
        let figureText = "\(figures) figure\(figures == 1 ? "" : "s")"
        if run.chapter.experiments.isEmpty { return "\(name)  no experiments" }
        if run.reusedFromCache { return "\(name)  cached · \(figureText)" }
        return "\(name)  compiled \(format(run.compileSeconds)) s · ran \(format(run.runSeconds)) s · \(figureText)"
    }

    /// The closing summary.
    static func summary(_ result: SiteBuild.Result, output: String) -> String {
        let runs = result.chapters.compactMap(\.run)
        let cached = runs.filter { $0.reusedFromCache && !$0.chapter.experiments.isEmpty }.count
        let ran = runs.filter { !$0.reusedFromCache }.count
        let figures = runs.reduce(0) { $0 + $1.figures.count }
        let total = format(result.timings.total)
        if result.succeeded {
            return "Built \(runs.count) chapters (\(ran) run, \(cached) cached), \(figures) figures → \(output)/ in \(total) s"
        }
        let count = result.diagnostics.count
        return "Build failed at the \(result.failedStep ?? "?") step: \(count) error\(count == 1 ? "" : "s"); \(output)/ left unchanged"
    }

    func chapterFinished(_ report: SiteBuild.ChapterReport) {
        print(Self.line(for: report))
        fflush(nil)
    }

    func finish(_ result: SiteBuild.Result, output: String) {
        if !result.diagnostics.isEmpty {
            let text = result.diagnostics.map(\.description).joined(separator: "\n\n")
            FileHandle.standardError.write(Data(("\n" + text + "\n\n").utf8))
        }
        print(Self.summary(result, output: output))
    }

    static func format(_ seconds: Double) -> String {
        String(format: "%.1f", seconds)
    }
}
