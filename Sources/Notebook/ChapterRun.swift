import Foundation

/// A chapter together with what running its experiments produced: the hand-off from
/// the Notebook module (which compiles and runs) to the Site module (which renders).
public struct ChapterRun: Sendable {
    /// The parsed chapter.
    public var chapter: Chapter
    /// One output per experiment block, in block order.
    public var outputs: [BlockOutput]
    /// The folder holding the PNG files named by the outputs' figures.
    public var figureDirectory: URL
    /// True when the outputs came from the cache and nothing was compiled or run.
    public var reusedFromCache: Bool
    /// Seconds spent compiling the chapter's experiments (0 when reused).
    public var compileSeconds: Double
    /// Seconds spent running them (0 when reused).
    public var runSeconds: Double
    /// Why the experiments ran (nil when reused from the cache).
    public var reason: RunReason?
    /// The files the run read (data files), as the program named them.
    public var inputs: [String] = []
    /// Warnings the program printed at chapter lines while it ran (see ``RuntimeWarnings``):
    /// reported when the chapter runs, not again when its run comes from the cache.
    public var runtimeWarnings: [Diagnostic] = []
    /// Problems that did not stop the build: the program's own warnings (a figure that cannot
    /// show its data), and a block whose printed output was cut at the chapter's output limit.
    public var warnings: [Diagnostic] {
        runtimeWarnings + outputs.compactMap { output in
            guard let omitted = output.omittedBytes, omitted > 0 else { return nil }
            let block = chapter.experiments.first { $0.index == output.blockIndex }
            var warning = Diagnostic(
                file: chapter.path, line: block?.firstLine,
                message: "block \(output.blockIndex + 1) printed at least \(omitted) bytes more than the \(chapter.outputLimit) "
                    + "a block may show; the page shows the first part and says it was cut",
                hint: "print less (a summary, every 100th step), or show a figure instead")
            warning.isWarning = true
            return warning
        }
    }

    /// Creates a chapter run.
    public init(
        chapter: Chapter, outputs: [BlockOutput], figureDirectory: URL,
        reusedFromCache: Bool = false, compileSeconds: Double = 0, runSeconds: Double = 0, reason: RunReason? = nil
    ) {
        self.reason = reason
        self.chapter = chapter
        self.outputs = outputs
        self.figureDirectory = figureDirectory
        self.reusedFromCache = reusedFromCache
        self.compileSeconds = compileSeconds
        self.runSeconds = runSeconds
    }

    /// The figures of all blocks, in document order.
    public var figures: [RenderedFigure] { outputs.flatMap(\.figures) }
}
