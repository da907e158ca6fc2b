#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MathML
import Notebook

/// Drafts of the last render, kept by a long-lived process (`descent serve`) so that the next
/// render drafts only the chapters whose inputs changed — Markdown, math, highlighting and
/// experiment HTML are most of a render.
///
/// A draft is reused only when everything it is made from is *equal*, compared as values,
/// not by a digest: the chapter (its text after includes, front matter and experiment
/// blocks), the block outputs, the folder of its figures and the name, size and modification
/// time of every file in it (a draft reads the figure files), its number, whether it is
/// numbered, and the book's macros. Everything book-wide — cross-references, the sidebar, the
/// bibliography, the home and print pages, the search index — is still rebuilt from all the
/// drafts on every render, so a title changed in one chapter reaches every page.
/// The memo keeps the drafts of the latest render only.
public final class RenderMemo: @unchecked Sendable {
    struct Key: Hashable {
        var chapter: Chapter
        var outputs: [BlockOutput]
        var figureDirectory: URL
        var figureFiles: [FigureFile]
        var number: ChapterNumber
        var numbered: Bool
        var macros: MathMacros
    }

    /// A file of the figure folder as a draft may see it.
    struct FigureFile: Hashable {
        var name: String
        var size: Int64
        var modified: Int64
        var modifiedNanoseconds: Int64
    }

    private let lock = NSLock()
    private var drafts: [Key: ChapterDraft] = [:]
    /// Drafts reused and made by the last render (for tests and `--verbose`).
    public private(set) var lastReused = 0
    public private(set) var lastDrafted = 0

    /// An empty memo.
    public init() {}

    /// Whether no render has filled it yet.
    public var isEmpty: Bool {
        lock.lock(); defer { lock.unlock() }
        return drafts.isEmpty
    }

    func lookUp(_ key: Key) -> ChapterDraft? {
        lock.lock(); defer { lock.unlock() }
        return drafts[key]
    }

    func replace(with entries: [(Key, ChapterDraft)], reused: Int) {
        lock.lock(); defer { lock.unlock() }
        drafts = Dictionary(entries, uniquingKeysWith: { _, new in new })
        lastReused = reused
        lastDrafted = entries.count - reused
    }

    static func key(run: ChapterRun, number: ChapterNumber, numbered: Bool, macros: MathMacros) -> Key {
        Key(chapter: run.chapter, outputs: run.outputs, figureDirectory: run.figureDirectory.standardizedFileURL,
            figureFiles: files(in: run.figureDirectory), number: number, numbered: numbered, macros: macros)
    }

    /// Name, size and modification time of every file in `directory` (sorted; empty when absent).
    static func files(in directory: URL) -> [FigureFile] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.sorted().map { name in
            var info = stat()
            guard stat(directory.appendingPathComponent(name).path, &info) == 0 else {
                return FigureFile(name: name, size: -1, modified: 0, modifiedNanoseconds: 0)
            }
            #if canImport(Darwin)
            let time = info.st_mtimespec
            #else
            let time = info.st_mtim
            #endif
            return FigureFile(name: name, size: Int64(info.st_size), modified: Int64(time.tv_sec), modifiedNanoseconds: Int64(time.tv_nsec))
        }
    }
}

/// Runs `body` for every index, spread over the cores (results by index, order kept).
/// `body` must be safe to call from several threads at once: the drafting and finishing
/// passes only read shared values and build their own.
func concurrentMap<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
    guard count > 1 else { return (0..<count).map(body) }
    var results = [T?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { buffer in
        withoutActuallyEscaping(body) { body in
            // Each index writes only its own slot.
            let shared = UncheckedSendable((buffer.baseAddress!, body))
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (shared.value.0 + index).pointee = shared.value.1(index)
            }
        }
    }
    return results.map { $0! }
}

private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Seconds spent in each step of a render (for `BuildBenchmark` and `--verbose`).
public final class RenderStepTimes: @unchecked Sendable {
    private let lock = NSLock()
    private var last = ContinuousClock.now
    private var recorded: [(step: String, seconds: Double)] = []

    /// No steps yet.
    public init() {}

    /// The steps of the last render, in order.
    public var steps: [(step: String, seconds: Double)] {
        lock.lock(); defer { lock.unlock() }
        return recorded
    }

    func start() {
        lock.lock(); defer { lock.unlock() }
        recorded = []
        last = .now
    }

    func lap(_ step: String) {
        lock.lock(); defer { lock.unlock() }
        let now = ContinuousClock.now
        let (seconds, attoseconds) = (now - last).components
        recorded.append((step, Double(seconds) + Double(attoseconds) / 1e18))
        last = now
    }
}
