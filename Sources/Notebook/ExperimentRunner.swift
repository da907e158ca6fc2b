import Foundation

/// Runs the experiments of many chapters: from the cache when it holds the same code
/// against the same library, otherwise compiled and run, several chapters at a time.
public struct ExperimentRunner: Sendable {
    /// The compiler and library.
    public var toolchain: ExperimentToolchain
    /// The cache of finished runs.
    public var cache: ExperimentCache
    /// Digest of the library sources (see ``SourceDigest``).
    public var libraryDigest: String
    /// How many chapters compile and run at once.
    public var jobs: Int
    /// The folder experiments run in — the book root, holding `chapters/` — so relative
    /// data paths such as `data/diabetes.csv` resolve the same whatever folder the builder
    /// was started from. Nil: the builder's current folder.
    public var workingDirectory: URL?
    /// Slugs of chapters to run even when the cache holds their run (`--rerun`).
    public var forced: Set<String> = []

    /// Creates a runner.
    ///
    /// - Parameters:
    ///   - librarySources: folders whose content the runs depend on (`Sources/Descent`,
    ///     `Sources/Plotting`, `Sources/RunProtocol`, `Sources/Experiments`); hashed now.
    public init(
        toolchain: ExperimentToolchain, cacheDirectory: URL, librarySources: [URL], jobs: Int,
        workingDirectory: URL? = nil, forced: Set<String> = []
    ) {
        self.workingDirectory = workingDirectory?.standardizedFileURL
        self.forced = forced
        self.toolchain = toolchain
        self.cache = ExperimentCache(directory: cacheDirectory)
        self.libraryDigest = SourceDigest.compute(librarySources)
        self.librarySources = librarySources
        self.libraryCode = Lazy { LibraryCode.rememberedDigest(libraryDirectory: toolchain.libraryDirectory) }
        let libraryCode = self.libraryCode
        let compiler = toolchain.compilerFingerprint
        self.figureMemoKey = Lazy {
            Self.figureMemoKey(librarySources: librarySources, libraryDirectory: toolchain.libraryDirectory, compiler: compiler)
                ?? libraryCode.value
        }
        self.jobs = max(1, jobs)
    }

    /// The library folders (for ``LibraryCode/isFresh(libraryDirectory:sources:)``).
    let librarySources: [URL]
    /// The digest of what chapter programs get from the built library, computed when first needed.
    let libraryCode: Lazy<String?>
    /// What the figure memo's folder is named after (see ``figureMemoKey(librarySources:libraryDirectory:compiler:)``).
    let figureMemoKey: Lazy<String?>

    /// What names the figure memo's folder when it can stand for the code that draws the images:
    /// the sources of `Plotting` — which alone turns a drawing into a PNG; it depends on no other
    /// module of the library — with its C module maps, `Package.swift` and the compiler, provided
    /// the built library is newer than every one of those files (so it was built from them).
    /// Then an edit elsewhere in the library keeps the images already drawn. Nil otherwise (no
    /// `Plotting` among the sources, or a library older than them): the built library's code
    /// names the folder instead.
    static func figureMemoKey(librarySources: [URL], libraryDirectory: URL, compiler: String) -> String? {
        guard let plotting = librarySources.first(where: { $0.lastPathComponent == "Plotting" }),
              FileManager.default.fileExists(atPath: plotting.path) else { return nil }
        let sources = plotting.deletingLastPathComponent()
        let folders = [plotting] + ["CCairo", "CZlib"].map { sources.appending(path: $0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        let manifest = sources.deletingLastPathComponent().appending(path: "Package.swift")
        guard LibraryCode.isFresh(libraryDirectory: libraryDirectory, sources: folders + [manifest]) else { return nil }
        let manifestText = (try? String(contentsOf: manifest, encoding: .utf8)) ?? ""
        return "plotting " + SourceDigest.compute(folders) + "\n" + SHA256.hex(Array(manifestText.utf8)) + "\n" + compiler
    }

    /// The environment variable that turns the figure memo off: every figure of a chapter
    /// that runs is drawn (to compare, or to rule the memo out).
    public static let noFigureMemoEnvironmentKey = "DESCENT_NO_FIGURE_MEMO"

    /// The library folders of the repository at `root` that chapter runs depend on.
    public static func librarySources(root: URL) -> [URL] {
        ["Descent", "Plotting", "RunProtocol", "Experiments"].map { root.appending(path: "Sources").appending(path: $0) }
    }

    /// The outcome for one chapter: its run, or the problems that stopped it.
    public typealias Outcome = Result<ChapterRun, Diagnostics>

    /// Runs every chapter, calling `progress` as each one finishes (in completion order);
    /// returns the outcomes in chapter order.
    public func run(
        _ chapters: [Chapter], progress: @Sendable (Chapter, Outcome) -> Void = { _, _ in }
    ) async -> [Outcome] {
        cache.removeStaleTemporaries()
        let fingerprint = toolchain.fingerprint
        var outcomes = [Outcome?](repeating: nil, count: chapters.count)
        let order = RunOrder.longestFirst(chapters) { cache.lastRunSeconds(of: $0.slug) }
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0
            func startNext() {
                guard next < chapters.count else { return }
                let index = order[next]
                next += 1
                group.addTask { (index, await self.run(chapters[index], fingerprint: fingerprint)) }
            }
            for _ in 0..<min(jobs, chapters.count) { startNext() }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                progress(chapters[index], outcome)
                startNext()
            }
        }
        cache.pruneUnused()
        return outcomes.map { $0 ?? .failure(Diagnostics([])) }
    }

    /// Runs one chapter, or reuses its cached run.
    public func run(_ chapter: Chapter, fingerprint: String? = nil) async -> Outcome {
        if chapter.experiments.isEmpty {
            return .success(ChapterRun(chapter: chapter, outputs: [], figureDirectory: cache.entriesDirectory, reusedFromCache: true))
        }
        let parts = ExperimentCache.KeyParts(
            chapter: chapter, libraryDigest: libraryDigest, toolchainFingerprint: fingerprint ?? toolchain.fingerprint)
        let key = parts.key
        let directory = workingDirectory ?? URL(filePath: FileManager.default.currentDirectoryPath)
        let reason: RunReason
        if forced.contains(chapter.slug) {
            reason = .forced
            if let stale = cache.entry(for: key) { cache.discard(stale.directory) }
        } else {
            switch cache.lookup(key, workingDirectory: directory) {
            case .hit(let entry):
                cache.recordKeyParts(parts, of: chapter.slug)
                let problems = RunChecks(chapter: chapter).problems(in: entry.outputs)
                guard problems.isEmpty else { return .failure(Diagnostics(problems)) }
                var run = ChapterRun(
                    chapter: chapter, outputs: entry.outputs, figureDirectory: entry.directory, reusedFromCache: true)
                run.inputs = entry.inputs
                return .success(run)
            case .inputChanged(let path):
                reason = .dataFileChanged(path)
            case .missing:
                if let run = reuseAfterLibraryEdit(chapter, parts: parts, workingDirectory: directory) {
                    cache.recordKeyParts(parts, of: chapter.slug)
                    let problems = RunChecks(chapter: chapter).problems(in: run.outputs)
                    guard problems.isEmpty else { return .failure(Diagnostics(problems)) }
                    return .success(run)
                }
                reason = .compare(parts, with: cache.lastKeyParts(of: chapter.slug))
            }
        }
        if let missing = toolchain.missingLibrary() { return .failure(Diagnostics([missing])) }
        var work: URL?
        var output: URL?
        defer {
            if let work { try? FileManager.default.removeItem(at: work) }
            if let output { try? FileManager.default.removeItem(at: output) }
        }
        do {
            work = try cache.makeTemporaryDirectory(label: "work-\(chapter.slug)")
            output = try cache.makeTemporaryDirectory(label: "run-\(key.prefix(16))")
            guard let work, let output else { throw CancellationError() }
            var executor = ChapterExecutor(
                toolchain: toolchain, moduleCache: cache.moduleCacheDirectory, workingDirectory: workingDirectory)
            if ProcessInfo.processInfo.environment[Self.noFigureMemoEnvironmentKey] == nil {
                executor.figureMemo = figureMemoKey.value.flatMap { try? cache.figureMemoDirectory(libraryCode: $0) }
            }
            if toolchain.compilesDirectly {
                let planFile = cache.compilePlanFile
                executor.plan = CompilePlans.shared.plan(
                    for: toolchain, moduleCache: cache.moduleCacheDirectory, file: planFile,
                    scratch: { try cache.makeTemporaryDirectory(label: "plan") })
                executor.planFailed = { CompilePlans.shared.discard(file: planFile) }
            }
            switch try await executor.execute(chapter, work: work, output: output) {
            case .failure(let problems):
                return .failure(problems)
            case .success(let execution):
                var inputs: [String: String] = [:]
                for path in execution.inputs {
                    inputs[path] = ExperimentCache.inputDigest(path, workingDirectory: directory)
                }
                let entry: ExperimentCache.Entry
                do {
                    entry = try cache.store(
                        key: key, outputs: execution.outputs, from: output,
                        compileSeconds: execution.compileSeconds, runSeconds: execution.runSeconds, inputs: inputs,
                        libraryCode: libraryCode.value, compiler: toolchain.compilerFingerprint)
                } catch let error as ExperimentCache.FigureNameError {
                    return .failure(Diagnostics([Diagnostic(
                        file: chapter.path, message: error.description,
                        hint: "figures are written by show(…); do not write into $DESCENT_EXPERIMENT_OUTPUT")]))
                }
                cache.recordKeyParts(parts, of: chapter.slug)
                cache.recordRunSeconds(execution.compileSeconds + execution.runSeconds, of: chapter.slug)
                // Stored even when an expectation failed: the run is what it is, and the next
                // build reports the same failures from the cache without running again.
                let problems = RunChecks(chapter: chapter).problems(in: entry.outputs)
                guard problems.isEmpty else { return .failure(Diagnostics(problems)) }
                var run = ChapterRun(
                    chapter: chapter, outputs: entry.outputs, figureDirectory: entry.directory,
                    compileSeconds: execution.compileSeconds, runSeconds: execution.runSeconds, reason: reason)
                run.inputs = execution.inputs
                run.runtimeWarnings = execution.warnings
                return .success(run)
            }
        } catch {
            return .failure(Diagnostics([Diagnostic(
                file: chapter.path, message: "could not run the experiments: \(error)",
                hint: "check that \(cache.directory.path) is writable")]))
        }
    }

    /// After a library edit that left the built library's code as it was (comments,
    /// documentation): the chapter's last run, stored again under the new key — when the
    /// chapter's code and settings are those of its last run, the compiler and flags are the
    /// same, the library was rebuilt after every source change (it is newer than every
    /// source file), and what chapter programs get from it (``LibraryCode``) is byte for byte
    /// what that run got. The program would then be the same program; its files read are
    /// checked as on any cache hit. Nil otherwise: the chapter runs.
    func reuseAfterLibraryEdit(_ chapter: Chapter, parts: ExperimentCache.KeyParts, workingDirectory: URL) -> ChapterRun? {
        guard let last = cache.lastKeyParts(of: chapter.slug), last.key != parts.key,
              last.code == parts.code, last.settings == parts.settings,
              case .hit(let old) = cache.lookup(last.key, workingDirectory: workingDirectory),
              let oldCode = old.libraryCode, old.compiler == toolchain.compilerFingerprint,
              LibraryCode.isFresh(libraryDirectory: toolchain.libraryDirectory, sources: librarySources),
              let code = libraryCode.value, code == oldCode else { return nil }
        do {
            let copy = try cache.makeTemporaryDirectory(label: "reuse-\(parts.key.prefix(16))")
            for name in try FileManager.default.contentsOfDirectory(atPath: old.directory.path) where name != "manifest.json" {
                try FileManager.default.copyItem(at: old.directory.appending(path: name), to: copy.appending(path: name))
            }
            var inputs: [String: String] = [:]
            for path in old.inputs { inputs[path] = ExperimentCache.inputDigest(path, workingDirectory: workingDirectory) }
            let entry = try cache.store(
                key: parts.key, outputs: old.outputs, from: copy, compileSeconds: 0, runSeconds: 0, inputs: inputs,
                libraryCode: code, compiler: toolchain.compilerFingerprint)
            var run = ChapterRun(chapter: chapter, outputs: entry.outputs, figureDirectory: entry.directory, reusedFromCache: true)
            run.inputs = entry.inputs
            return run
        } catch {
            return nil
        }
    }
}

/// A value computed once, when first asked for, by whichever thread asks first.
final class Lazy<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var computed: Value?
    private let compute: @Sendable () -> Value

    init(_ compute: @escaping @Sendable () -> Value) { self.compute = compute }

    var value: Value {
        lock.lock(); defer { lock.unlock() }
        if let computed { return computed }
        let value = compute()
        computed = value
        return value
    }
}
