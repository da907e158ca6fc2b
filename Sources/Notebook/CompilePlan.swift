import Foundation
import Synchronization

/// The commands `swiftc` runs to turn a chapter program into an executable — the Swift
/// frontend, then the linker — learnt once from the driver itself (`swiftc -###`, and
/// `clang -###` for the link line) and then run directly, without the drivers.
///
/// Why: the Swift driver costs ≈ 0.06 s per compile before the frontend starts, clang as
/// the linker's front ≈ 0.015 s and `swift-autolink-extract` ≈ 0.02 s (its work, reading one
/// ELF section, is done in process by ``AutolinkEntries``): together about a third of an
/// experiment edit's compile of a short chapter (measured: a program that only imports
/// `Experiments` compiles and links in 0.14 s through `swiftc`, 0.08 s this way).
///
/// The plan is asked for in a scratch folder of its own (``placeholder``), whose path is
/// replaced by each chapter's work folder; it is kept in memory and in the cache folder under a key
/// naming everything that shapes it (the compiler's identity, every argument, the current
/// folder). Anything unexpected — a job list of another shape, a link that fails — falls
/// back to the driver (see ``ChapterExecutor``): the plan can make a compile faster, never
/// different.
struct CompilePlan: Codable, Sendable, Equatable {
    /// The scratch folder the plan was asked for in: stands for a chapter's work folder.
    var placeholder: String
    /// The frontend's command line (program first), with ``placeholder`` paths.
    var frontend: [String]
    /// The linker's command line (program first), with ``placeholder`` paths and
    /// ``autolinkPlaceholder`` where the object's autolink entries go.
    var link: [String]

    /// Stands for the object's autolink entries in the link line.
    static let autolinkPlaceholder = "-ldescent-compile-plan-autolink"
    /// The program's source, object and executable in a work folder (the names
    /// ``ChapterExecutor`` uses).
    static let sourceName = "main.swift", objectName = "main.o", outputName = "experiments"

    /// The frontend's command line for a program in `work`.
    func frontendCommand(work: URL) -> [String] { frontend.map { replacingPlaceholder($0, with: work) } }

    /// The linker's command line for a program in `work` whose object asks for `autolink`.
    func linkCommand(work: URL, autolink: [String]) -> [String] {
        link.flatMap { $0 == Self.autolinkPlaceholder ? autolink : [replacingPlaceholder($0, with: work)] }
    }

    private func replacingPlaceholder(_ argument: String, with work: URL) -> String {
        argument.contains(placeholder) ? argument.replacingOccurrences(of: placeholder, with: work.path) : argument
    }

    /// Builds the plan from what the drivers print, or nil when the job list has any other
    /// shape than: one frontend job compiling one file to one object, optionally
    /// `swift-autolink-extract` on that object, then one `clang` link of it.
    ///
    /// - Parameters:
    ///   - swiftJobs: the output of `swiftc -###` for the placeholder source and output.
    ///   - clangLinkLine: given the clang link command (autolink file replaced by the
    ///     placeholder), the `clang -###` output for it; nil if it cannot be had.
    static func parse(swiftJobs: String, in placeholder: URL, clangLinkLine: ([String]) -> String?) -> CompilePlan? {
        let source = placeholder.appending(path: sourceName).path, output = placeholder.appending(path: outputName).path
        let lines = swiftJobs.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        guard lines.count == 2 || lines.count == 3 else { return nil }
        guard let jobs = Optional(lines.compactMap(ShellWords.split)), jobs.count == lines.count else { return nil }
        var frontend = jobs[0]
        guard frontend.first.map(programName) == "swift-frontend", frontend.dropFirst().first == "-frontend",
              frontend.contains("-c"), frontend.filter({ $0 == "-primary-file" }).count == 1,
              frontend.contains(source),
              let outputFlag = frontend.firstIndex(of: "-o"), outputFlag + 1 < frontend.count,
              frontend.filter({ $0 == "-o" }).count == 1
        else { return nil }
        let driverObject = frontend[outputFlag + 1]
        let object = placeholder.appending(path: objectName).path
        frontend[outputFlag + 1] = object

        var autolinkFile: String?
        if jobs.count == 3 {
            let extract = jobs[1]
            guard extract.first.map(programName) == "swift-autolink-extract",
                  extract.contains(driverObject), let out = extract.firstIndex(of: "-o"), out + 1 < extract.count
            else { return nil }
            autolinkFile = extract[out + 1]
        }
        var clang = jobs[jobs.count - 1]
        guard let linker = clang.first, ["clang", "clang++"].contains(programName(linker)),
              clang.contains(driverObject), clang.contains(output)
        else { return nil }
        var sawAutolink = autolinkFile == nil
        clang = clang.map { argument in
            if argument == driverObject { return object }
            if let autolinkFile, argument == "@" + autolinkFile { sawAutolink = true; return autolinkPlaceholder }
            return argument
        }
        guard sawAutolink, let expanded = clangLinkLine(clang) else { return nil }
        // clang -### prints its version and settings, then the commands it would run, quoted.
        let commands = expanded.split(whereSeparator: \.isNewline).filter { $0.hasPrefix(" \"") }
        guard commands.count == 1, let link = ShellWords.split(commands[0]), let program = link.first,
              ["ld.lld", "ld", "ld.gold", "ld.bfd", "lld"].contains(programName(program)),
              link.contains(object), link.contains(output),
              autolinkFile == nil || link.contains(autolinkPlaceholder)
        else { return nil }
        return CompilePlan(placeholder: placeholder.path, frontend: frontend, link: link)
    }

    private static func programName(_ path: String) -> String {
        URL(filePath: path).lastPathComponent
    }
}

/// Makes and keeps the ``CompilePlan`` of a toolchain: in memory for the process (a
/// preview server compiles many times), on disk for the next `descent build`.
final class CompilePlans: Sendable {
    /// The plans of this process, by key.
    static let shared = CompilePlans()
    private let plans = Mutex<[String: CompilePlan?]>([:])

    /// The plan for compiling with `toolchain` against `moduleCache`, from memory, from
    /// `file` when it was made under the same key, or asked of the drivers (then saved in
    /// `file`). Nil when the drivers' jobs do not have the expected shape.
    /// - Parameter scratch: a new empty folder the drivers may be asked about (clang wants
    ///   the files it is to link to exist); removed when done.
    func plan(for toolchain: ExperimentToolchain, moduleCache: URL, file: URL, scratch: () throws -> URL) -> CompilePlan? {
        // The key's arguments name a fixed folder so that it does not change with each scratch folder.
        let fixed = URL(filePath: "/")
        let template = toolchain.arguments(
            source: fixed.appending(path: CompilePlan.sourceName), output: fixed.appending(path: CompilePlan.outputName),
            moduleCache: moduleCache)
        let key = ([toolchain.compilerFingerprint, FileManager.default.currentDirectoryPath] + template)
            .joined(separator: "\n")
        if let known = plans.withLock({ $0[key] }) { return known }
        let saved = (try? Data(contentsOf: file)).flatMap { try? JSONDecoder().decode(Saved.self, from: $0) }
        if let saved, saved.key == key {
            plans.withLock { $0[key] = .some(saved.plan) }
            return saved.plan
        }
        var plan: CompilePlan?
        if let folder = try? scratch() {
            plan = Self.ask(toolchain: toolchain, moduleCache: moduleCache, in: folder)
            try? FileManager.default.removeItem(at: folder)
        }
        plans.withLock { $0[key] = .some(plan) }
        if let plan, let data = try? JSONEncoder().encode(Saved(key: key, plan: plan)) {
            try? data.write(to: file, options: .atomic)
        }
        return plan
    }

    /// Forgets the plan of `toolchain` (in memory and on disk), after it failed where the
    /// driver did not: the next compile asks the drivers again.
    func discard(file: URL) {
        plans.withLock { $0.removeAll() }
        try? FileManager.default.removeItem(at: file)
    }

    private struct Saved: Codable {
        var key: String
        var plan: CompilePlan?
    }

    private static func ask(toolchain: ExperimentToolchain, moduleCache: URL, in folder: URL) -> CompilePlan? {
        let names = [CompilePlan.sourceName, CompilePlan.objectName]
        guard names.allSatisfy({ FileManager.default.createFile(atPath: folder.appending(path: $0).path, contents: Data()) })
        else { return nil }
        let arguments = toolchain.arguments(
            source: folder.appending(path: CompilePlan.sourceName), output: folder.appending(path: CompilePlan.outputName),
            moduleCache: moduleCache)
        // The driver makes the temporary folder its jobs name even when only printing them:
        // in the scratch folder, it goes with it.
        guard let jobs = output(of: toolchain.swiftc, arguments + ["-###"], temporaryFolder: folder) else { return nil }
        return CompilePlan.parse(swiftJobs: jobs, in: folder) { clang in
            output(of: clang[0], Array(clang.dropFirst()) + ["-###"], temporaryFolder: folder)
        }
    }

    /// Standard output and error of a short command, or nil if it fails.
    private static func output(of program: String, _ arguments: [String], temporaryFolder: URL) -> String? {
        let process = Process()
        process.executableURL = URL(filePath: program)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporaryFolder.path
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
