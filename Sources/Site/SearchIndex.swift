import Foundation

/// The search index, built at build time and shipped as a script (`window.DESCENT_SEARCH = {…}`)
/// rather than JSON, because browsers refuse `fetch` on `file://` pages but do run scripts.
///
/// One entry per searchable thing, typed: a section's prose (with its inline and display math
/// as text: "η = 0.1", never a hole), a figure (caption and alt text), a display equation, a
/// block of code (its names and what it printed). Each links to its exact anchor on its
/// chapter's page. Math is kept as its characters after compatibility normalization (𝐰 → w);
/// the script finds the names of an entry's symbols in `symbols` (``MathVocabulary``: κ →
/// "kappa condition number"), so "κ" and "kappa" both find it. An entry's text is its opening as
/// written and then only its new words (``SearchText``), which keeps the whole bundle under the
/// ``SearchBudget``. The output is deterministic: the same book gives the same bytes.
struct SearchIndex {
    /// What an entry is; the result list shows it.
    enum Kind: String, Encodable, Sendable {
        case section = "s", figure = "f", equation = "e", code = "c"
    }

    /// One searchable thing, written as an array, `[k, p, s, a, t, q, w]`: the names of its
    /// fields would be a twentieth of the index. A missing `a` is "", a missing `q` is -1, and
    /// trailing missing fields are left out.
    struct Entry: Encodable {
        /// Its kind.
        var k: Kind
        /// Index into the chapters (and pages) lists.
        var p: Int
        /// Title: the section ("5.2 Heavy ball"), "Figure 5.3", "(5.2)", or "Code"; a figure's,
        /// equation's or code's title is followed by its section's (`q`): "Figure 5.3 · 5.2 Heavy
        /// ball", "Code in 5.2 Heavy ball".
        var s: String
        /// The entry of the section this one is in, whose title completes this one's.
        var q: Int?
        /// Anchor on the chapter's page ("heavy-ball"); none for the top of the page.
        var a: String?
        /// The text shown as the snippet, whitespace collapsed: the whole text, or its opening.
        var t: String
        /// The rest of the text as its new words (``SearchText``), when there is a rest.
        var w: String?

        func encode(to encoder: Encoder) throws {
            var fields = encoder.unkeyedContainer()
            try fields.encode(k)
            try fields.encode(p)
            try fields.encode(s)
            try fields.encode(a ?? "")
            try fields.encode(t)
            if q != nil || w != nil { try fields.encode(q ?? -1) }
            if let w { try fields.encode(w) }
        }
    }

    struct Index: Encodable {
        /// Chapter labels, e.g. "5 · Momentum".
        var chapters: [String]
        var entries: [Entry]
        /// Each chapter's page, e.g. "05-momentum.html", in the order of `chapters`.
        var pages: [String]
        /// Every symbol's names: the words that find an entry with the symbol, and the symbol
        /// the result page highlights when a name found it.
        var symbols: [String: String]
    }

    var chapters: [String] = []
    var pages: [String] = []
    var entries: [Entry] = []

    /// How much of a block's printed output is indexed.
    static let outputLimit = 600

    /// How many characters of a section's or figure's text are kept as written, for snippets.
    static let readable = 200

    /// Adds an entry; empty text with an empty title is skipped.
    /// - Parameter within: the title of the section entry (added before, same chapter) this one is in.
    mutating func add(_ kind: Kind = .section, chapter: String, section: String, within: String? = nil, url: String, text: String) {
        let collapsed = text.precomposedStringWithCompatibilityMapping
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !collapsed.isEmpty || !section.isEmpty else { return }
        let hash = url.firstIndex(of: "#")
        let page = String(url[..<(hash ?? url.endIndex)])
        let anchor = hash.map { String(url[url.index(after: $0)...]) }
        if chapters.last != chapter || pages.last != page { chapters.append(chapter); pages.append(page) }
        let (shown, words) = SearchText.compact(collapsed, readable: kind == .code ? 0 : Self.readable, numbers: kind != .code)
        var title = section, parent: Int?
        if let within {
            parent = entries.lastIndex { $0.k == .section && $0.p == chapters.count - 1 && $0.s == within }
            if parent == nil { title += (kind == .code ? " in " : " · ") + within }
        }
        entries.append(Entry(k: kind, p: chapters.count - 1, s: title, q: parent, a: anchor, t: shown, w: words))
    }

    /// Adds `other`'s entries after these, exactly as if they had been added here one by one
    /// (pages build their parts of the index in parallel; the parts are joined in page order).
    mutating func append(_ other: SearchIndex) {
        let offset = entries.count
        for var entry in other.entries {
            entry.q = entry.q.map { $0 + offset }
            let chapter = other.chapters[entry.p], page = other.pages[entry.p]
            if chapters.last != chapter || pages.last != page { chapters.append(chapter); pages.append(page) }
            entry.p = chapters.count - 1
            entries.append(entry)
        }
    }

    /// The script text.
    func script() throws -> String {
        let symbols = Dictionary(uniqueKeysWithValues: MathVocabulary.names.map { (String($0.key), $0.value) })
        let encoder = JSONEncoder()
        // Sorted keys: the same input gives the same bytes (JSONEncoder's order is a
        // dictionary's otherwise, different in every process).
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let json = String(decoding: try encoder.encode(Index(chapters: chapters, entries: entries, pages: pages, symbols: symbols)), as: UTF8.self)
        return "window.DESCENT_SEARCH=\(json);\n"
    }
}

/// The searchable words of a code block: its identifiers, numbers and the words of its string
/// literals, each once, in order of first appearance, without Swift's keywords. A reader
/// searches code for names (`NesterovMomentum`, `rate`), not for its punctuation, and a
/// course's code is a third of its text: this keeps the index within its budget.
enum CodeWords {
    static let keywords: Set<String> = [
        "let", "var", "func", "for", "in", "return", "if", "else", "guard", "while", "repeat", "switch", "case",
        "default", "break", "continue", "struct", "enum", "class", "extension", "import", "true", "false", "nil",
        "self", "Self", "where", "try", "throws", "throw", "do", "catch", "static", "private", "public", "internal",
        "inout", "some", "any", "as", "is", "init", "defer", "mutating", "fileprivate", "typealias", "protocol",
    ]

    /// The words of `code`. A word inside a string literal is left out when `elsewhere` (lower-cased)
    /// has it: the caption and alt text a block passes to its figure are found as the figure.
    static func words(_ code: String, elsewhere: Set<String> = []) -> String {
        var seen: Set<Substring> = []
        var words: [Substring] = []
        var index = code.startIndex
        var inString = false
        while index < code.endIndex {
            let character = code[index]
            if character.isLetter || character.isNumber || character == "_" {
                var end = index
                while end < code.endIndex, code[end].isLetter || code[end].isNumber || code[end] == "_"
                        || (code[end] == "." && code.index(after: end) < code.endIndex && code[code.index(after: end)].isNumber
                            && code[index].isNumber) {
                    end = code.index(after: end)
                }
                let word = code[index..<end]
                if !keywords.contains(String(word)), !(inString && elsewhere.contains(word.lowercased())),
                   seen.insert(word).inserted {
                    words.append(word)
                }
                index = end
            } else {
                if character == "\\" {
                    index = code.index(after: index)
                    if index < code.endIndex { index = code.index(after: index) }
                    continue
                }
                if character == "\"" { inString.toggle() }
                index = code.index(after: index)
            }
        }
        return words.joined(separator: " ")
    }
}
