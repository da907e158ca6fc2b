#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Explains a chapter program that did not run to the end: a trap or crash, a non-zero
/// exit, an early `exit(0)`, or the time limit — naming the chapter, the block and,
/// when the runtime's message or backtrace carries it, the line.
struct RunFailure {
    var chapter: Chapter
    var transcript: RunEvents.Transcript
    var standardError: String

    func diagnostic(for termination: ChildProcess.Termination) -> Diagnostic {
        let block = transcript.lastBlock.map { chapter.experiments[$0] }
        let blockName = block.map { "block \($0.index + 1) (line \($0.firstLine))" } ?? "the program"
        let line = crashLine() ?? block?.firstLine
        let source = line.flatMap { chapter.experimentLine($0)?.text }
        switch termination {
        case .timedOut:
            return Diagnostic(
                file: chapter.path, line: block?.firstLine,
                message: "the experiments did not finish within the time limit of \(Self.format(chapter.timeLimit)) s; stopped in \(blockName)",
                hint: "make the experiment cheaper, or raise the limit with `timeout: <seconds>` in the front matter",
                sourceLine: block.flatMap { $0.code.split(separator: "\n").first.map(String.init) })
        case .memoryExceeded(let bytes):
            return Diagnostic(
                file: chapter.path, line: block?.firstLine,
                message: "\(blockName) went over the memory limit of \(Self.formatBytes(chapter.memoryLimit)) "
                    + "(it held \(Self.formatBytes(bytes)) when it was stopped)",
                hint: "look for an array or a run that grows without end; if the experiment really needs more, "
                    + "set `memory-limit: 8 GiB` in the front matter",
                sourceLine: block.flatMap { $0.code.split(separator: "\n").first.map(String.init) })
        case .signaled(let signal):
            let what = fatalMessage() ?? Self.describe(signal: signal)
            return Diagnostic(
                file: chapter.path, line: line, message: "\(blockName) crashed: \(what)",
                hint: outputHint(), sourceLine: source)
        case .exited(let status) where status != 0:
            let what = fatalMessage() ?? "exited with status \(status)"
            return Diagnostic(
                file: chapter.path, line: line, message: "\(blockName) failed: \(what)", hint: outputHint(),
                sourceLine: source)
        case .exited:
            return Diagnostic(
                file: chapter.path, line: block?.firstLine,
                message: "the experiments stopped in \(blockName) before the last block ran",
                hint: "an experiment must not call exit(); let every block run to its end")
        }
    }

    /// `bytes` in GiB or MiB, e.g. "4 GiB", "1.5 GiB", "512 MiB".
    static func formatBytes(_ bytes: Int) -> String {
        let gib = Double(bytes) / Double(1 << 30)
        if gib >= 1 {
            let rounded = (gib * 10).rounded() / 10
            return rounded == rounded.rounded() ? "\(Int(rounded)) GiB" : "\(rounded) GiB"
        }
        return "\(Int((Double(bytes) / Double(1 << 20)).rounded())) MiB"
    }

    /// The runtime's `Fatal error: …` message, if any.
    func fatalMessage() -> String? {
        for line in standardError.split(separator: "\n") {
            if let range = line.firstRange(of: "Fatal error: ") {
                let message = line[range.upperBound...].trimmingWhitespace()
                return message.isEmpty ? "fatal error" : message
            }
        }
        return nil
    }

    /// The first chapter line named in standard error (`chapters/x.md:42` in a fatal
    /// error message or a backtrace frame) that is experiment code.
    func crashLine() -> Int? {
        // `#fileID` in a fatal error message reads `Module/05-momentum.md`; backtraces
        // carry the path given to `#sourceLocation`.
        let fileName = chapter.path.split(separator: "/").last.map(String.init) ?? chapter.path
        for needle in [chapter.path + ":", "/" + fileName + ":"] {
            if let line = firstExperimentLine(after: needle) { return line }
        }
        return nil
    }

    private func firstExperimentLine(after needle: String) -> Int? {
        var rest = Substring(standardError)
        while let range = rest.firstRange(of: needle) {
            let digits = rest[range.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
            if let line = Int(digits), chapter.experiments.contains(where: { block in
                line >= block.firstLine
                    && line < block.firstLine + block.code.split(separator: "\n", omittingEmptySubsequences: false).count
            }) {
                return line
            }
            rest = rest[range.upperBound...]
        }
        return nil
    }

    private func outputHint() -> String? {
        guard let last = transcript.lastBlock else { return nil }
        let text = transcript.outputs[last].text.split(separator: "\n").suffix(5)
        guard !text.isEmpty else { return nil }
        return "the block printed, before it stopped:\n    " + text.joined(separator: "\n    ")
    }

    static func describe(signal: Int32) -> String {
        switch signal {
        case SIGILL, SIGTRAP: return "a runtime trap (overflow, out-of-range index, nil unwrap, precondition…)"
        case SIGSEGV, SIGBUS: return "a memory access fault (signal \(signal))"
        case SIGABRT: return "aborted"
        case SIGFPE: return "an arithmetic fault"
        case SIGKILL: return "killed (out of memory?)"
        default: return "signal \(signal)"
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
