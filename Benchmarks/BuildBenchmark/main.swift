// Measures `descent build` on a chapters folder: a cold build, a no-op rebuild, a rebuild
// after a prose edit and one after editing one experiment, plus per-chapter compile and
// run times and the render and publish steps.
//
//     swift build -c release --product Experiments
//     swift run -c release BuildBenchmark [--chapters DIR] [--library-dir DIR] [--baseline-library-dir DIR]
//
// --no-breakdown skips the per-chapter compile breakdown at the end. --serve-rounds N (5)
// times N prose edits one after another in the serve session and prints the medians.
// With --baseline-library-dir (another build of the Experiments library, e.g. of main), a
// cold build against that library runs first, and its per-chapter compile and run times
// are printed beside those of --library-dir: a library change measured side by side.
//
// The chapters are copied to a scratch folder (edits never touch the originals; includes
// still resolve against the repository), and the cache and site live there too, so the
// cold build is really cold.
import DescentCLI
import Foundation
import Notebook
import Site

struct Options {
    var chapters: URL
    var libraryDirectory: URL?
    var baselineLibraryDirectory: URL?
    var root: URL
    var compileBreakdown = true
    /// Prose edits timed one after another in the serve session (medians printed).
    var serveRounds = 5

    static func parse(_ arguments: [String]) -> Options {
        var chapters: String?
        var library: String?
        var baseline: String?
        var breakdown = true
        var serveRounds = 5
        var index = 0
        while index < arguments.count {
            let value = index + 1 < arguments.count ? arguments[index + 1] : nil
            switch arguments[index] {
            case "--chapters": chapters = value; index += 1
            case "--library-dir": library = value; index += 1
            case "--baseline-library-dir": baseline = value; index += 1
            case "--no-breakdown": breakdown = false
            case "--serve-rounds": serveRounds = value.flatMap(Int.init) ?? serveRounds; index += 1
            default:
                print("usage: BuildBenchmark [--chapters DIR] [--library-dir DIR] [--baseline-library-dir DIR] [--no-breakdown] [--serve-rounds N]")
                exit(2)
            }
            index += 1
        }
        let current = URL(filePath: FileManager.default.currentDirectoryPath)
        let root = BookLoader.repositoryRoot(above: current.appending(path: "chapters"))
        let realChapters = root.appending(path: "chapters")
        let hasChapters = ((try? FileManager.default.contentsOfDirectory(atPath: realChapters.path)) ?? [])
            .contains(where: BookLoader.isChapterFileName)
        let fallback = root.appending(path: "Tests/NotebookTests/Fixtures/benchmark")
        return Options(
            chapters: chapters.map { URL(filePath: $0) } ?? (hasChapters ? realChapters : fallback),
            libraryDirectory: library.map { URL(filePath: $0) },
            baselineLibraryDirectory: baseline.map { URL(filePath: $0) }, root: root, compileBreakdown: breakdown,
            serveRounds: serveRounds)
    }
}

func format(_ seconds: Double) -> String { String(format: "%6.3f s", seconds) }

/// Runs `body` with standard error sent to /dev/null: the page budget warnings are the same for every build.
func quietly<T>(_ body: () async throws -> T) async rethrows -> T {
    let stderr = dup(STDERR_FILENO)
    let null = open("/dev/null", O_WRONLY)
    dup2(null, STDERR_FILENO)
    defer { dup2(stderr, STDERR_FILENO); close(stderr); close(null) }
    return try await body()
}

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
let scratch = FileManager.default.temporaryDirectory.appending(path: "build-benchmark-\(UUID().uuidString)")
let chapters = scratch.appending(path: "chapters")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
try FileManager.default.copyItem(at: options.chapters, to: chapters)
// The scratch folder is the book root: experiments read `data/…` relative to it.
let data = options.root.appending(path: "data")
if FileManager.default.fileExists(atPath: data.path) {
    try FileManager.default.copyItem(at: data, to: scratch.appending(path: "data"))
}
defer { try? FileManager.default.removeItem(at: scratch) }

let configuration = BuildConfiguration(
    chapters: chapters, output: scratch.appending(path: "site"), root: options.root,
    libraryDirectory: options.libraryDirectory, cacheDirectory: scratch.appending(path: "cache"))
print("Chapters: \(options.chapters.path)")
print("Library:  \(configuration.libraryDirectory.path)")
print("Cores:    \(ProcessInfo.processInfo.activeProcessorCount)\n")

func build(_ label: String, goal: Double? = nil, configuration: BuildConfiguration = configuration) async -> (result: SiteBuild.Result, seconds: Double) {
    let start = ContinuousClock.now
    let result = await quietly { await SiteBuild(configuration: configuration).run() }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    guard result.succeeded else {
        print("\(label): build failed at \(result.failedStep ?? "?")")
        result.diagnostics.forEach { print($0) }
        exit(1)
    }
    let ran = result.chapters.filter { $0.run?.reusedFromCache == false }.count
    let goalText = goal.map { seconds < $0 ? "  (goal < \($0) s: met)" : "  (goal < \($0) s: MISSED)" } ?? ""
    let steps = "load \(format(result.timings.load)) · run \(format(result.timings.run)) · render \(format(result.timings.render)) · publish \(format(result.timings.publish))"
    // A serve session updating its site in place: when the open page reloads, before the rest of the render.
    let reload = result.timings.pagesWritten.map { "  page reloads at \(format($0))" } ?? ""
    print("\(label.padding(toLength: 22, withPad: " ", startingAt: 0)) \(format(seconds))\(reload)  chapters run: \(ran)\(goalText)\n    \(steps)")
    if !result.timings.renderSteps.isEmpty {
        print("    render: " + result.timings.renderSteps.map { "\($0.step) \(String(format: "%.3f", $0.seconds))" }.joined(separator: " · "))
    }
    return (result, seconds)
}

/// Applies `change` to the text of the first chapter with an experiment.
func editFirstExperimentChapter(_ change: (String) -> String) throws {
    try editFirstExperimentChapter(in: chapters, change)
}

/// Applies `change` to the text of the first chapter with an experiment in `chapters`.
func editFirstExperimentChapter(in chapters: URL, _ change: (String) -> String) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: chapters.path).filter(BookLoader.isChapterFileName).sorted()
    for name in names {
        let url = chapters.appending(path: name)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard text.contains("```swift experiment") else { continue }
        try Data(change(text).utf8).write(to: url)
        return
    }
}

var baseline: (result: SiteBuild.Result, seconds: Double)?
if let library = options.baselineLibraryDirectory {
    let other = BuildConfiguration(
        chapters: chapters, output: scratch.appending(path: "baseline-site"), root: options.root,
        libraryDirectory: library, cacheDirectory: scratch.appending(path: "baseline-cache"))
    print("Baseline: \(library.path)")
    baseline = await build("cold build (baseline)", configuration: other)
}
let (cold, coldSeconds) = await build("cold build")
if let baseline {
    print("\nBaseline library vs this library, cold build per chapter (compile · run, seconds):")
    for report in cold.chapters {
        guard let run = report.run,
              let old = baseline.result.chapters.first(where: { $0.chapter.path == report.chapter.path })?.run else { continue }
        let name = report.chapter.path.split(separator: "/").last.map(String.init) ?? report.chapter.path
        print("  \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) baseline \(format(old.compileSeconds)) · \(format(old.runSeconds))   now \(format(run.compileSeconds)) · \(format(run.runSeconds))")
    }
    let figures = max(cold.chapters.reduce(0) { $0 + ($1.run?.figures.count ?? 0) }, 1)
    print("  whole cold build: baseline \(format(baseline.seconds)) (\(format(baseline.seconds / Double(figures))) per figure), now \(format(coldSeconds)) (\(format(coldSeconds / Double(figures))) per figure)\n")
}
_ = await build("no-op rebuild", goal: 0.3)
try editFirstExperimentChapter { $0 + "\nA sentence added by the benchmark.\n" }
_ = await build("prose edit", goal: 0.5)
try editFirstExperimentChapter { text in
    // Insert a statement as the first line of the first experiment block.
    guard let range = text.range(of: "```swift experiment") else { return text }
    let lineEnd = text[range.upperBound...].firstIndex(of: "\n") ?? text.endIndex
    return text.replacingCharacters(in: lineEnd..<lineEnd, with: "\nlet benchmarkEdit = 1")
}
let (_, editSeconds) = await build("experiment edit", goal: 2)

// `descent serve` keeps the drafts of its last render (RenderMemo) and writes into the served
// folder only the files that changed, the pages first (LiveSite), and parses only the chapters
// whose files changed (ChapterLoadMemo): the same edits again.
var serving = configuration
serving.renderMemo = RenderMemo()
serving.liveSite = LiveSite(folder: serving.output)
serving.chapterMemo = ChapterLoadMemo()
_ = await build("serve: first build", configuration: serving)
try editFirstExperimentChapter { $0 + "\nAnother sentence added by the benchmark.\n" }
let (proseResult, serveProse) = await build("serve: prose edit", goal: 0.5, configuration: serving)
try editFirstExperimentChapter { $0.replacingOccurrences(of: "let benchmarkEdit = 1", with: "let benchmarkEdit = 2") }
let (editResult, serveEdit) = await build("serve: experiment edit", goal: 2, configuration: serving)

// Prose edits in the serve session, one after another: medians (one build is noisy on a shared machine).
if options.serveRounds > 0 {
    var reloads: [Double] = [], wholes: [Double] = [], steps: [String: [Double]] = [:], order: [String] = []
    for round in 0..<options.serveRounds {
        try editFirstExperimentChapter { $0 + "\nSentence \(round) of the serve rounds.\n" }
        let start = ContinuousClock.now
        let result = await quietly { await SiteBuild(configuration: serving).run() }
        let elapsed = ContinuousClock.now - start
        guard result.succeeded else { print("serve round \(round) failed: \(result.diagnostics)"); exit(1) }
        wholes.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        reloads.append(result.timings.pagesWritten ?? wholes.last!)
        for (step, seconds) in [("load", result.timings.load), ("run", result.timings.run)] + result.timings.renderSteps {
            if steps[step] == nil { order.append(step) }
            steps[step, default: []].append(seconds)
        }
    }
    func median(_ values: [Double]) -> Double { let sorted = values.sorted(); return sorted[sorted.count / 2] }
    print("serve: prose edit ×\(options.serveRounds)   page reloads at \(format(median(reloads))), build done at \(format(median(wholes))) (medians)")
    print("    " + order.map { "\($0) \(String(format: "%.3f", median(steps[$0]!)))" }.joined(separator: " · "))
    // Of the run step (every chapter found in the cache): the digest of the library sources it starts with.
    let digests = (0..<options.serveRounds).map { _ in
        let start = ContinuousClock.now
        _ = SourceDigest.compute(serving.librarySources)
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
    print("    (of the run step: the library sources' digest \(String(format: "%.3f", median(digests))) s)")

    // The same edits through a serve session's file watcher and build loop: from writing the
    // file to the reload, what the author waits for.
    let folder = chapters
    let edits: [@Sendable () throws -> Void] = (0..<options.serveRounds).map { round in
        { try editFirstExperimentChapter(in: folder) { $0 + "\nSaved sentence \(round).\n" } }
    }
    // Serve's watcher, and the one it had before (100 ms polls, then a fixed 80 ms wait), alternated.
    var now: [ServeLatency.Timing] = [], before: [ServeLatency.Timing] = []
    for half in [edits.prefix(edits.count / 2 + 1), edits.suffix(edits.count - edits.count / 2 - 1)] where !half.isEmpty {
        now += try await quietly { try await ServeLatency.measure(serving, edits: Array(half)) }
        before += try await quietly {
            try await ServeLatency.measure(serving, edits: Array(half), pollInterval: .milliseconds(100), settleInterval: .milliseconds(80))
        }
    }
    for (label, saves) in [("serve's watcher", now), ("the watcher before (100 ms polls, 80 ms wait)", before)] where !saves.isEmpty {
        print("serve: save to page ×\(saves.count)   page reloads at \(format(median(saves.map(\.reload)))), build done at \(format(median(saves.map(\.done)))) (medians from the file's write; \(label))")
    }
    // An experiment edit saved: the chapter is compiled and run again before its page is written.
    let experimentEdits: [@Sendable () throws -> Void] = (0..<max(1, options.serveRounds / 2)).map { round in
        { try editFirstExperimentChapter(in: folder) { $0.replacing(#/let benchmarkEdit = \d+/#, with: "let benchmarkEdit = \(round + 100)") } }
    }
    let experimentSaves = try await quietly { try await ServeLatency.measure(serving, edits: experimentEdits) }
    if !experimentSaves.isEmpty {
        print("serve: experiment save to page ×\(experimentSaves.count)   page reloads at \(format(median(experimentSaves.map(\.reload)))), build done at \(format(median(experimentSaves.map(\.done)))) (medians from the file's write)")
    }
}

// The edit loop's parts side by side: the first chapter, and the one with the most figures
// among those that run in under two seconds (where drawing figures is much of the run).
let mostFigures = cold.chapters.filter { ($0.run?.runSeconds ?? .infinity) < 2 }
    .max { ($0.run?.figures.count ?? 0) < ($1.run?.figures.count ?? 0) }
for path in Set([cold.chapters.first { $0.run?.figures.isEmpty == false }?.chapter.path, mostFigures?.chapter.path].compactMap { $0 }).sorted() {
    let file = chapters.appending(path: URL(filePath: path).lastPathComponent)
    try await compareEditVariants(chapter: file, rounds: 5, configuration: configuration)
}

print("\nPer chapter (cold build):")
for report in cold.chapters {
    guard let run = report.run else { continue }
    let name = report.chapter.path.split(separator: "/").last.map(String.init) ?? report.chapter.path
    print("  \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) compile \(format(run.compileSeconds)) · run \(format(run.runSeconds)) · \(run.figures.count) figures")
}
let count = max(cold.chapters.count, 1)
let figureCount = cold.chapters.reduce(0) { $0 + ($1.run?.figures.count ?? 0) }
print("  render (whole site, one step): \(format(cold.timings.render)), \(format(cold.timings.render / Double(count))) per chapter on average")

let toPage = { (result: SiteBuild.Result, whole: Double) in
    result.timings.pagesWritten.map { "page reloads at \(format($0)), build done at \(format(whole))" } ?? format(whole)
}
print("\nEdit loop: experiment edit to page \(format(editSeconds)) (serve: \(toPage(editResult, serveEdit)); prose edit \(toPage(proseResult, serveProse))); cold build \(format(coldSeconds)) for \(figureCount) figures = \(format(coldSeconds / Double(max(figureCount, 1)))) per figure")
print("  (compare: python3 Benchmarks/JupyterReference/warm_cell.py — a warm Jupyter cell drawing one contour figure)")

// Where each chapter's compile time goes, measured by compiling its program again phase
// by phase (sequentially, so the numbers are not inflated by the parallel cold build).
if !options.compileBreakdown { exit(0) }
print("\nCompile breakdown per chapter (swiftc re-run phase by phase, one at a time):")
print("  chapter                       type-check   codegen      link      run  slowest expressions to type-check")
let profileWork = scratch.appending(path: "profile")
try FileManager.default.createDirectory(at: profileWork, withIntermediateDirectories: true)
let profiler = CompileProfiler(libraryDirectory: configuration.libraryDirectory, root: options.root, work: profileWork)
var warmedModuleCache = false
for report in cold.chapters {
    guard let run = report.run else { continue }
    if !warmedModuleCache { _ = try profiler.profile(report.chapter); warmedModuleCache = true }
    guard let phases = try profiler.profile(report.chapter) else { continue }
    let name = report.chapter.path.split(separator: "/").last.map(String.init) ?? report.chapter.path
    let slow = phases.slowest.map { "\(String(format: "%.0f", $0.milliseconds)) ms \($0.location)" }.joined(separator: ", ")
    print("  \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(format(phases.typeCheck)) \(format(phases.codeGeneration)) \(format(phases.link)) \(format(run.runSeconds))  \(slow)")
}
