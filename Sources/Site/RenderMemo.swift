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
/// numbered, and the book's macros. A chapter's second pass (references resolved) is reused
/// when its draft is reused and the book's reference table and bibliography are equal to the
/// last render's, and so is its part of the search index. A chapter's page HTML is reused when
/// its second pass is, and the layout (course title, every chapter's number and title, the
/// footer), its summary and its previous and next chapters are equal too; its print-page part
/// when its HTML and the book's slugs are; a page's links and ids (for the link check) when its
/// text is. The reference table itself, the home page, the print page and the search index are
/// put together again on every render, so a title changed in one chapter reaches every page.
/// The memo keeps what the latest render made only.
public final class RenderMemo: @unchecked Sendable {
    /// Everything a draft is made from. Equal keys compare every field as a value; the hash is
    /// a fingerprint of the bytes of the longest texts (body, code, printed output) and the
    /// small fields, taken once when the key is made: a `String`'s own hash normalises Unicode
    /// (NFC) on every call, which made hashing the keys of a 13-chapter book half of a serve
    /// render. A text that changed only in its bytes (NFC to NFD) is another key: drafted again.
    struct Key: Hashable {
        var chapter: Chapter
        var outputs: [BlockOutput]
        var figureDirectory: URL
        var figureFiles: [FigureFile]
        var number: ChapterNumber
        var numbered: Bool
        var macros: MathMacros
        private(set) var fingerprint = 0

        init(chapter: Chapter, outputs: [BlockOutput], figureDirectory: URL, figureFiles: [FigureFile],
             number: ChapterNumber, numbered: Bool, macros: MathMacros) {
            self.chapter = chapter
            self.outputs = outputs
            self.figureDirectory = figureDirectory
            self.figureFiles = figureFiles
            self.number = number
            self.numbered = numbered
            self.macros = macros
            var hasher = Hasher()
            func bytes(_ text: String) {
                var text = text
                text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                hasher.combine(text.utf8.count)
            }
            bytes(chapter.path)
            bytes(chapter.title)
            bytes(chapter.body)
            for block in chapter.experiments { bytes(block.code) }
            for output in outputs { bytes(output.text); hasher.combine(output.figures.count) }
            hasher.combine(figureFiles)
            hasher.combine(number)
            hasher.combine(numbered)
            fingerprint = hasher.finalize()
        }

        static func == (a: Key, b: Key) -> Bool {
            a.fingerprint == b.fingerprint && a.number == b.number && a.numbered == b.numbered
                && a.figureFiles == b.figureFiles && a.figureDirectory == b.figureDirectory
                && a.chapter == b.chapter && a.outputs == b.outputs && a.macros == b.macros
        }

        func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }
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
    /// Second passes of the last render, valid for its reference table and bibliography only.
    private var finishedDrafts: [Key: ChapterFinisher.Finished] = [:]
    private var finishedTable: ReferenceTable?
    private var finishedBibliography: Bibliography?
    /// Each chapter's part of the search index, by draft, and the reference table and
    /// bibliography of the second passes it was made from (a render that stopped before
    /// making its search parts leaves second passes of another table behind).
    private var searchPartsByKey: [Key: SearchIndex] = [:]
    private var searchPartsTable: ReferenceTable?
    private var searchPartsBibliography: Bibliography?
    /// Each chapter's page HTML, by what it was made from, and the reference table and
    /// bibliography of the second passes it shows (see the search parts).
    private var pagesByDraft: [Key: (inputs: PageInputs, html: String)] = [:]
    private var pagesTable: ReferenceTable?
    private var pagesBibliography: Bibliography?
    /// Each chapter's package archive, with the bytes of the files in it.
    private var archives: [String: (files: [[UInt8]], bytes: [UInt8])] = [:]
    private var counts = (reused: 0, drafted: 0, finishedReused: 0, pagesReused: 0)
    /// Each chapter's reference targets, by draft.
    private var referenceEntriesByDraft: [Key: [SiteRenderer.ReferenceEntry]] = [:]
    /// The links and ids of each page, for the link check.
    let linkScans = LinkScans()
    /// The chapters of the print page, rewritten.
    let printRewrites = PrintRewrites()
    /// Chapter pages whose HTML the last render reused.
    public var lastPagesReused: Int { lock.lock(); defer { lock.unlock() }; return counts.pagesReused }
    /// Drafts reused by the last render (for tests and `BuildBenchmark`).
    public var lastReused: Int { lock.lock(); defer { lock.unlock() }; return counts.reused }
    /// Drafts made by the last render.
    public var lastDrafted: Int { lock.lock(); defer { lock.unlock() }; return counts.drafted }
    /// Second passes reused by the last render.
    public var lastFinishedReused: Int { lock.lock(); defer { lock.unlock() }; return counts.finishedReused }

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
        counts.reused = reused
        counts.drafted = entries.count - reused
    }

    /// The last render's second passes by draft, if its reference table and bibliography were these.
    func finished(table: ReferenceTable, bibliography: Bibliography) -> [Key: ChapterFinisher.Finished] {
        lock.lock(); defer { lock.unlock() }
        guard finishedTable == table, finishedBibliography == bibliography else { return [:] }
        return finishedDrafts
    }

    func remember(finished: [(Key, ChapterFinisher.Finished)], table: ReferenceTable, bibliography: Bibliography, reused: Int) {
        lock.lock(); defer { lock.unlock() }
        finishedDrafts = Dictionary(finished, uniquingKeysWith: { _, new in new })
        finishedTable = table
        finishedBibliography = bibliography
        counts.finishedReused = reused
    }

    /// The last search parts for the chapters (by index) whose second pass was reused, when
    /// they were made from second passes of this reference table and bibliography.
    func searchParts(for reused: Set<Int>, keys: [Key]?, table: ReferenceTable, bibliography: Bibliography) -> [Int: SearchIndex] {
        guard let keys else { return [:] }
        lock.lock(); defer { lock.unlock() }
        guard searchPartsTable == table, searchPartsBibliography == bibliography else { return [:] }
        var parts: [Int: SearchIndex] = [:]
        for index in reused { parts[index] = searchPartsByKey[keys[index]] }
        return parts
    }

    func remember(searchParts: [(Key, SearchIndex)], table: ReferenceTable, bibliography: Bibliography) {
        lock.lock(); defer { lock.unlock() }
        searchPartsByKey = Dictionary(searchParts, uniquingKeysWith: { _, new in new })
        searchPartsTable = table
        searchPartsBibliography = bibliography
    }

    /// The last render's reference targets of the chapters (by index) whose draft it made too.
    func referenceEntries(for keys: [Key]) -> [Int: [SiteRenderer.ReferenceEntry]] {
        lock.lock(); defer { lock.unlock() }
        var found: [Int: [SiteRenderer.ReferenceEntry]] = [:]
        for (index, key) in keys.enumerated() { found[index] = referenceEntriesByDraft[key] }
        return found
    }

    func remember(referenceEntries: [(Key, [SiteRenderer.ReferenceEntry])]) {
        lock.lock(); defer { lock.unlock() }
        referenceEntriesByDraft = Dictionary(referenceEntries, uniquingKeysWith: { _, new in new })
    }

    /// What a chapter's page is made from besides its draft and second pass.
    struct PageInputs: Equatable {
        var draft: Key
        var layout: PageLayout
        var summary: String
        var previous: PageLayout.Entry?
        var next: PageLayout.Entry?
    }

    /// The last page HTML for the chapters (by index) whose second pass was reused and whose
    /// page inputs are equal, when it showed second passes of this reference table and bibliography.
    func pages(for reused: Set<Int>, inputs: [PageInputs?], table: ReferenceTable, bibliography: Bibliography) -> [Int: String] {
        lock.lock(); defer { lock.unlock() }
        counts.pagesReused = 0
        guard pagesTable == table, pagesBibliography == bibliography else { return [:] }
        var pages: [Int: String] = [:]
        for index in reused {
            guard let inputs = inputs[index], let kept = pagesByDraft[inputs.draft], kept.inputs == inputs else { continue }
            pages[index] = kept.html
        }
        counts.pagesReused = pages.count
        return pages
    }

    func remember(pages: [(PageInputs, String)], table: ReferenceTable, bibliography: Bibliography) {
        lock.lock(); defer { lock.unlock() }
        pagesTable = table
        pagesBibliography = bibliography
        pagesByDraft = Dictionary(pages.map { ($0.0.draft, (inputs: $0.0, html: $0.1)) }, uniquingKeysWith: { _, new in new })
    }

    /// The package archive of `package`: the last one made when the files in it have the same
    /// paths and bytes (compared as bytes: code that changed only in its Unicode form is
    /// packed again).
    func archive(of package: ChapterPackage) -> [UInt8] {
        let files = package.files.flatMap { [Array($0.path.utf8), Array($0.contents.utf8)] }
        lock.lock()
        if let kept = archives[package.chapter.slug], kept.files == files {
            lock.unlock()
            return kept.bytes
        }
        lock.unlock()
        let bytes = package.archive
        lock.lock(); defer { lock.unlock() }
        archives[package.chapter.slug] = (files, bytes)
        return bytes
    }

    static func key(run: ChapterRun, number: ChapterNumber, numbered: Bool, macros: MathMacros) -> Key {
        // A draft reads figure files only for the figures the outputs name (a chapter without
        // figures may point at the whole cache folder, which other chapters' runs change).
        let hasFigures = run.outputs.contains { !$0.figures.isEmpty }
        return Key(chapter: run.chapter, outputs: run.outputs, figureDirectory: run.figureDirectory.standardizedFileURL,
                   figureFiles: hasFigures ? files(in: run.figureDirectory) : [], number: number, numbered: numbered, macros: macros)
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
