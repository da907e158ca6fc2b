// Splits a chapter program's compilation into the compiler's phases by re-running `swiftc`
// on the same generated program three times: type-check only, compile to an object file,
// and link that object against the library. Also lists the slowest expressions to
// type-check (`-debug-time-expression-type-checking`), located in the chapter file by the
// program's `#sourceLocation` lines.
import Foundation
import Notebook

struct CompileBreakdown {
    /// `swiftc -typecheck`: parsing, name lookup and type-checking.
    var typeCheck: Double
    /// `swiftc -c` minus type-checking: SIL, IR generation and LLVM.
    var codeGeneration: Double
    /// Linking the object file against `libExperiments`.
    var link: Double
    /// The slowest expressions to type-check: milliseconds and chapter location.
    var slowest: [(milliseconds: Double, location: String)]

    var total: Double { typeCheck + codeGeneration + link }
}

struct CompileProfiler {
    var toolchain: ExperimentToolchain
    var work: URL
    var moduleCache: URL

    init(libraryDirectory: URL, root: URL, work: URL) {
        // Warnings must stay on: the expression timings are reported as remarks/warnings.
        let flags = ExperimentToolchain.defaultFlags
        toolchain = ExperimentToolchain(libraryDirectory: libraryDirectory, root: root, flags: flags)
        self.work = work
        moduleCache = work.appending(path: "module-cache")
    }

    /// Runs `swiftc` with `arguments`, returning wall-clock seconds and combined output.
    func swiftc(_ arguments: [String]) throws -> (seconds: Double, output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(filePath: toolchain.swiftc)
        process.arguments = arguments
        let log = work.appending(path: "swiftc-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        let start = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        let elapsed = ContinuousClock.now - start
        try handle.close()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: log)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (seconds, output, process.terminationStatus)
    }

    /// Compiles `chapter`'s program phase by phase; nil if it has no experiments or fails.
    func profile(_ chapter: Chapter) throws -> CompileBreakdown? {
        guard !chapter.experiments.isEmpty else { return nil }
        let name = chapter.slug
        let source = work.appending(path: "\(name).swift")
        let object = work.appending(path: "\(name).o")
        let binary = work.appending(path: "\(name).exe")
        try Data(ExperimentProgram(chapter: chapter).source.utf8).write(to: source)
        let full = toolchain.arguments(source: source, output: binary, moduleCache: moduleCache)
        // Everything but the source file and `-o <output>`.
        var common = Array(full.dropFirst(3))
        // The link-only flags do not matter to -typecheck / -c.
        let typeCheck = try swiftc([source.path] + common + ["-typecheck",
            "-Xfrontend", "-debug-time-expression-type-checking",
            // Without an explicit threshold swiftc 6 prints no expression times; 600 s is the default.
            "-Xfrontend", "-solver-expression-time-threshold=600"])
        guard typeCheck.status == 0 else { return nil }
        let compile = try swiftc([source.path, "-o", object.path] + common + ["-c"])
        guard compile.status == 0 else { return nil }
        common = common.filter { $0 != "-module-name" && $0 != "ChapterExperiments" }
        let link = try swiftc([object.path, "-o", binary.path] + common)
        guard link.status == 0 else { return nil }

        // Lines look like "12.34ms\t<work>/minibatch-sgd.swift:120:17", with chapter lines.
        var slowest: [(Double, String)] = []
        for line in typeCheck.output.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, parts[0].hasSuffix("ms"), let ms = Double(parts[0].dropLast(2)) else { continue }
            // The lines are the chapter's (`#sourceLocation` applies); only the file name is the
            // generated one's.
            let fields = parts[1].split(separator: ":")
            guard fields.count >= 3 else { continue }
            let file = chapter.path.split(separator: "/").last.map(String.init) ?? chapter.path
            slowest.append((ms, "\(file):\(fields[fields.count - 2]):\(fields[fields.count - 1])"))
        }
        slowest.sort { $0.0 > $1.0 }
        return CompileBreakdown(
            typeCheck: typeCheck.seconds, codeGeneration: max(0, compile.seconds - typeCheck.seconds),
            link: link.seconds, slowest: slowest.prefix(3).map { (milliseconds: $0.0, location: $0.1) })
    }
}
