import Foundation
import RunProtocol

/// Compiles a chapter's program with `swiftc` and runs it under the chapter's time limit.
struct ChapterExecutor {
    var toolchain: ExperimentToolchain
    /// Where clang's module cache lives.
    var moduleCache: URL
    /// The folder the program runs in (the book root), or nil for the builder's own.
    var workingDirectory: URL?
    /// Seconds a compilation may take before it is abandoned.
    var compileTimeLimit: Double = 300

    /// The most a chapter program may write to standard output (or any file) in all: past
    /// it, writes fail (the program goes on); each block shows at most the chapter's
    /// ``Chapter/outputLimit`` of it.
    static let standardOutputCap = 64 << 20

    /// How chapter programs and the compiler are tied to the builder.
    var containment: Containment = .current
    /// The frontend and linker commands to run instead of `swiftc`, if known.
    var plan: CompilePlan?
    /// The folder of figure images kept between runs of this library (see
    /// ``ExperimentCache/figureMemoDirectory(libraryCode:)``), nil to draw every figure.
    var figureMemo: URL?
    /// Called when ``plan`` failed where the driver then decided: the plan is forgotten.
    var planFailed: @Sendable () -> Void = {}

    /// What a successful execution produced.
    struct Execution {
        var outputs: [BlockOutput]
        var compileSeconds: Double
        var runSeconds: Double
        /// The files the program read, as it named them.
        var inputs: [String]
        /// Warnings the program printed at chapter lines (see ``RuntimeWarnings``).
        var warnings: [Diagnostic] = []
    }

    /// Compiles in `work` and runs with figures going to `output`.
    func execute(_ chapter: Chapter, work: URL, output: URL) async throws -> Result<Execution, Diagnostics> {
        let program = ExperimentProgram(chapter: chapter)
        let source = work.appending(path: CompilePlan.sourceName)
        let binary = work.appending(path: CompilePlan.outputName)
        try Data(program.source.utf8).write(to: source)

        let compileLog = work.appending(path: "compile.log")
        let compiled: (termination: ChildProcess.Termination, seconds: Double)
        do {
            compiled = try await compile(source: source, binary: binary, work: work, log: compileLog, program: program, chapter: chapter)
        } catch let error as ChildProcess.SpawnError {
            return .failure(Diagnostics([Diagnostic(
                file: chapter.path, message: error.description, hint: "install Swift, or set $SWIFTC to the compiler")]))
        }
        guard compiled.termination == .exited(0) else {
            let log = (try? String(contentsOf: compileLog, encoding: .utf8)) ?? ""
            var problems = CompilerDiagnostics(chapter: chapter, program: program, generatedPath: source.path)
                .diagnostics(fromOutput: log)
            if problems.isEmpty {
                let tail = log.split(separator: "\n").suffix(15).joined(separator: "\n    ")
                let message = compiled.termination == .timedOut
                    ? "compiling the experiments took longer than \(Int(compileTimeLimit)) s"
                    : "compiling the experiments failed"
                problems = [Diagnostic(file: chapter.path, message: message, hint: tail.isEmpty ? nil : "swiftc said:\n    " + tail)]
            }
            return .failure(Diagnostics(problems))
        }

        let compilerLog = (try? String(contentsOf: compileLog, encoding: .utf8)) ?? ""
        let slowTypeChecks = CompilerDiagnostics(chapter: chapter, program: program, generatedPath: source.path)
            .slowTypeChecks(fromOutput: compilerLog)

        var environment = ProcessInfo.processInfo.environment
        environment[RunEvents.outputDirectoryKey] = output.path
        environment[RunEvent.figureMemoKey] = figureMemo?.path
        // A short, symbolicated, colourless backtrace on a crash, without waiting for a debugger.
        environment["SWIFT_BACKTRACE"] = environment["SWIFT_BACKTRACE"]
            ?? "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,limit=16"
        let standardOutput = work.appending(path: "stdout")
        let standardError = work.appending(path: "stderr")
        let runner = ChildProcess(
            executable: binary.path, arguments: [], environment: environment,
            standardOutput: standardOutput.path, standardError: standardError.path, timeLimit: chapter.timeLimit,
            workingDirectory: workingDirectory?.path, memoryLimit: chapter.memoryLimit, containment: containment,
            ownNamespace: true, fileSizeLimit: Self.standardOutputCap)
        let ran = try await runner.run()

        let eventsFile = output.appending(path: RunEvents.eventsFileName)
        let events = FileManager.default.contents(atPath: eventsFile.path) ?? Data()
        let printed = BoundedFile(path: standardOutput.path)
        try? FileManager.default.removeItem(at: eventsFile)
        let transcript = RunEvents.transcript(
            events: Array(events), standardOutputSize: printed.size, blockCount: chapter.experiments.count,
            outputLimit: chapter.outputLimit, read: printed.read)
        if let foreign = transcript.foreignVersion {
            return .failure(Diagnostics([Diagnostic(
                file: chapter.path,
                message: "the Experiments library speaks run-protocol version \(foreign.map(String.init) ?? "unknown"), "
                    + "this descent speaks \(RunEvent.protocolVersion): they were built from different sources",
                hint: "rebuild both: `swift build -c release --product Experiments && swift build -c release --product descent` (./descent does)")]))
        }
        guard ran.termination == .exited(0), transcript.finished else {
            let errors = BoundedFile(path: standardError.path).text(limit: 1 << 20)
            let failure = RunFailure(chapter: chapter, transcript: transcript, standardError: errors)
            return .failure(Diagnostics([failure.diagnostic(for: ran.termination)]))
        }
        if let problem = transcript.unreadableLines.first {
            return .failure(Diagnostics([Diagnostic(
                file: chapter.path, message: "the experiments wrote an event descent cannot read: \(problem)",
                hint: "experiments must not write to \(RunEvents.eventsFileName); if they do not, rebuild the library and descent")]))
        }
        let errors = (try? String(contentsOf: standardError, encoding: .utf8)) ?? ""
        return .success(Execution(
            outputs: transcript.outputs, compileSeconds: compiled.seconds, runSeconds: ran.seconds, inputs: transcript.inputs,
            warnings: slowTypeChecks + RuntimeWarnings.parse(errors, chapter: chapter.path)))
    }

    /// Compiles `source` into `binary`, writing what the compiler said to `log`: through
    /// ``plan`` when there is one (the frontend and the linker run directly), else — or when
    /// the direct route fails where it should not, which may mean the plan is stale — through
    /// `swiftc`, whose verdict then stands.
    private func compile(
        source: URL, binary: URL, work: URL, log: URL, program: ExperimentProgram, chapter: Chapter
    ) async throws -> (termination: ChildProcess.Termination, seconds: Double) {
        if let plan {
            let direct = try await compileDirectly(plan, work: work, binary: binary, log: log)
            switch direct {
            case .finished(let result):
                return result
            case .failedInFrontend(let result):
                // A chapter's own mistake: the frontend located it in the chapter. Anything
                // else (a frontend that rejects its arguments, a crash) is asked of the driver again.
                let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                let located = CompilerDiagnostics(chapter: chapter, program: program, generatedPath: source.path)
                    .diagnostics(fromOutput: said).contains { $0.file == chapter.path }
                if result.termination == .timedOut || located { return result }
            case .unusable:
                break
            }
            planFailed()
        }
        let compiler = ChildProcess(
            executable: toolchain.swiftc,
            arguments: toolchain.arguments(source: source, output: binary, moduleCache: moduleCache),
            standardOutput: log.path, standardError: log.path, timeLimit: compileTimeLimit,
            containment: containment)
        return try await compiler.run()
    }

    private enum DirectCompile {
        case finished((termination: ChildProcess.Termination, seconds: Double))
        case failedInFrontend((termination: ChildProcess.Termination, seconds: Double))
        case unusable
    }

    private func compileDirectly(_ plan: CompilePlan, work: URL, binary: URL, log: URL) async throws -> DirectCompile {
        let frontendCommand = plan.frontendCommand(work: work)
        let frontend = ChildProcess(
            executable: frontendCommand[0], arguments: Array(frontendCommand.dropFirst()),
            standardOutput: log.path, standardError: log.path, timeLimit: compileTimeLimit, containment: containment)
        let compiled = try await frontend.run()
        guard compiled.termination == .exited(0) else { return .failedInFrontend(compiled) }
        let object = work.appending(path: CompilePlan.objectName)
        guard let data = try? Data(contentsOf: object, options: .alwaysMapped),
              let autolink = AutolinkEntries.read(elf: data) else { return .unusable }
        let linkCommand = plan.linkCommand(work: work, autolink: autolink)
        let linkLog = work.appending(path: "link.log")
        let linker = ChildProcess(
            executable: linkCommand[0], arguments: Array(linkCommand.dropFirst()),
            standardOutput: linkLog.path, standardError: linkLog.path,
            timeLimit: max(1, compileTimeLimit - compiled.seconds), containment: containment)
        let linked = try await linker.run()
        guard linked.termination == .exited(0), FileManager.default.isExecutableFile(atPath: binary.path) else { return .unusable }
        // The compile log keeps only the frontend's words (its warnings), as through the driver.
        return .finished((.exited(0), compiled.seconds + linked.seconds))
    }
}
