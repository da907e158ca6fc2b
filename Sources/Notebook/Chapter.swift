/// A chapter of the course, parsed from `chapters/NN-slug.md`.
///
/// The builder and the site share this model: the Notebook module parses and runs
/// chapters, the Site module renders them.
public struct Chapter: Sendable, Hashable, Codable {
    /// The path used in messages, as the author would type it (e.g. `chapters/05-momentum.md`).
    public var path: String
    /// The file name without extension (`05-momentum`); the page is `<slug>.html`.
    public var slug: String
    /// The title from the front matter.
    public var title: String
    /// The optional one-line summary from the front matter.
    public var summary: String?
    /// The file line of the summary, for messages about it.
    public var summaryLine: Int?
    /// The file column of the summary's first character.
    public var summaryColumn: Int?
    /// The Markdown after the front matter, with `{{#include …}}` directives expanded
    /// (experiment fences included, otherwise unchanged).
    public var body: String
    /// The 1-based line of the chapter file on which `body` starts.
    public var bodyFirstLine: Int
    /// For each line of `body` (0-based index), the 1-based line of the chapter file it
    /// comes from; lines brought in by an include map to the directive's line.
    /// Empty means no include was expanded: line `i` is `bodyFirstLine + i`.
    public var bodyLineMap: [Int]
    /// Repository-relative paths of the files included by `{{#include …}}`.
    public var includedFiles: [String]
    /// The ```` ```swift experiment ```` blocks, in document order.
    public var experiments: [ExperimentBlock]
    /// Wall-clock limit for running all the chapter's experiments, in seconds.
    public var timeLimit: Double
    /// The most memory the chapter's experiments may use at once, in bytes (resident set of
    /// the whole process tree); `memory-limit:` in the front matter, ``defaultMemoryLimit``
    /// otherwise.
    public var memoryLimit: Int = Chapter.defaultMemoryLimit
    /// The most bytes one block's printed output may show on the page; the rest is cut
    /// with a note and a warning.
    public var outputLimit: Int = Chapter.defaultOutputLimit
    /// 4 GiB: far above what a course experiment needs, far below a workstation's memory.
    public static let defaultMemoryLimit = 4 << 30
    /// 256 KiB of printed text per block.
    public static let defaultOutputLimit = 256 << 10
    /// `appendix: true` in the front matter: the site letters it ("Appendix A") instead of
    /// numbering it, and `descent new` does not count it when choosing the next number.
    public var isAppendix: Bool

    /// Chapter-file line `line` if it is experiment code: the code as compiled, the line as
    /// written in the file, and how many leading characters the fence's indentation took
    /// from it (add them to a column in the code to get the file's column).
    public func experimentLine(_ line: Int) -> (code: String, text: String, indent: Int)? {
        for block in experiments where line >= block.firstLine {
            let code = block.code.split(separator: "\n", omittingEmptySubsequences: false)
            let offset = line - block.firstLine
            guard offset < code.count else { continue }
            let bodyLines = body.split(separator: "\n", omittingEmptySubsequences: false)
            let index = block.bodyLine + 1 + offset
            let text = index < bodyLines.count ? String(bodyLines[index]) : String(code[offset])
            let indent = text.hasSuffix(code[offset]) ? text.count - code[offset].count : 0
            return (String(code[offset]), indent == 0 ? String(code[offset]) : text, indent)
        }
        return nil
    }

    /// The 1-based line of the chapter file for a 0-based line of `body`.
    public func fileLine(forBodyLine bodyLine: Int) -> Int {
        if bodyLine >= 0, bodyLine < bodyLineMap.count { return bodyLineMap[bodyLine] }
        return bodyFirstLine + bodyLine
    }

    /// Creates a chapter from its parts.
    public init(
        path: String, slug: String, title: String, summary: String?, body: String,
        bodyFirstLine: Int, bodyLineMap: [Int] = [], includedFiles: [String] = [],
        experiments: [ExperimentBlock], timeLimit: Double = 60, isAppendix: Bool = false,
        summaryLine: Int? = nil, summaryColumn: Int? = nil, memoryLimit: Int = Chapter.defaultMemoryLimit
    ) {
        self.memoryLimit = memoryLimit
        self.summaryLine = summaryLine
        self.summaryColumn = summaryColumn
        self.path = path
        self.slug = slug
        self.title = title
        self.summary = summary
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.bodyLineMap = bodyLineMap
        self.includedFiles = includedFiles
        self.experiments = experiments
        self.timeLimit = timeLimit
        self.isAppendix = isAppendix
    }
}

/// One ```` ```swift experiment ```` block of a chapter.
public struct ExperimentBlock: Sendable, Hashable, Codable {
    /// Position among the chapter's experiment blocks, from 0.
    public var index: Int
    /// The code exactly as written in the chapter.
    public var code: String
    /// The 1-based line in the chapter file of the first line of `code`.
    public var firstLine: Int
    /// `hide`: run, but show no code.
    public var hidden: Bool
    /// `fold`: show the code collapsed.
    public var folded: Bool
    /// `id=name`: an anchor for cross-references, if given.
    public var id: String?
    /// The block's identity: the 0-based line of its opening fence in ``Chapter/body``.
    /// The page finds the block it renders by this line, never by counting blocks.
    public var bodyLine: Int
    /// The 1-based column of the opening fence.
    public var column: Int

    /// Creates a block from its parts.
    public init(
        index: Int, code: String, firstLine: Int, bodyLine: Int, hidden: Bool = false, folded: Bool = false,
        id: String? = nil, column: Int = 1
    ) {
        self.index = index
        self.code = code
        self.firstLine = firstLine
        self.hidden = hidden
        self.folded = folded
        self.id = id
        self.bodyLine = bodyLine
        self.column = column
    }
}
