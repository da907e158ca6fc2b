import Foundation

/// The search index, built at build time and shipped as a script (`window.DESCENT_SEARCH = {…}`)
/// rather than JSON, because browsers refuse `fetch` on `file://` pages but do run scripts.
///
/// One entry per searchable thing, typed: a section's prose (with its inline and display math
/// as text: "η = 0.1", never a hole), a figure (caption and alt text), a display equation, a
/// block of code (the code and what it printed). Each links to its exact anchor. Math is kept
/// as its characters after compatibility normalization (𝐰 → w) and each entry lists the names
/// of its symbols (``MathVocabulary``: κ → "kappa condition number"), so "κ" and "kappa" both
/// find it. The output is deterministic: the same book gives the same bytes.
struct SearchIndex {
    /// What an entry is; the result list shows it.
    enum Kind: String, Encodable, Sendable {
        case section = "s", figure = "f", equation = "e", code = "c"
    }

    /// One searchable thing.
    struct Entry: Encodable {
        /// Its kind.
        var k: Kind
        /// Index into the chapters list.
        var p: Int
        /// Title: the section ("5.2 Heavy ball"), "Figure 5.3", "(5.2)", or "Code in 5.2 Heavy ball".
        var s: String
        /// Link, e.g. "05-momentum.html#heavy-ball".
        var u: String
        /// The text, whitespace collapsed.
        var t: String
        /// Names of the math symbols in the text, when there are any.
        var x: String?
    }

    struct Index: Encodable {
        /// Chapter labels, e.g. "5 · Momentum".
        var chapters: [String]
        var entries: [Entry]
        /// Every symbol's names, for the result page to highlight the symbol a name found.
        var symbols: [String: String]
    }

    var chapters: [String] = []
    var entries: [Entry] = []

    /// Whole index limit in bytes; per-entry text is shortened evenly to stay below it. Sized for
    /// a 15-chapter course: the 10 chapters and the guide of today take 378 KB (about 35 KB a chapter).
    static let budget = 600_000

    /// How much of a block's printed output is indexed.
    static let outputLimit = 600

    /// Adds an entry; empty text with an empty title is skipped.
    mutating func add(_ kind: Kind = .section, chapter: String, section: String, url: String, text: String) {
        let collapsed = text.precomposedStringWithCompatibilityMapping
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !collapsed.isEmpty || !section.isEmpty else { return }
        if chapters.last != chapter { chapters.append(chapter) }
        let names = MathVocabulary.words(in: text)
        entries.append(Entry(k: kind, p: chapters.count - 1, s: section, u: url, t: collapsed, x: names.isEmpty ? nil : names))
    }

    /// Adds `other`'s entries after these, exactly as if they had been added here one by one
    /// (pages build their parts of the index in parallel; the parts are joined in page order).
    mutating func append(_ other: SearchIndex) {
        for var entry in other.entries {
            let chapter = other.chapters[entry.p]
            if chapters.last != chapter { chapters.append(chapter) }
            entry.p = chapters.count - 1
            entries.append(entry)
        }
    }

    /// The script text.
    func script() throws -> String {
        var limit = 6000
        let symbols = Dictionary(uniqueKeysWithValues: MathVocabulary.names.map { (String($0.key), $0.value) })
        while true {
            let trimmed = entries.map { entry -> Entry in
                var copy = entry
                if copy.t.count > limit { copy.t = String(copy.t.prefix(limit)) }
                return copy
            }
            let encoder = JSONEncoder()
            // Sorted keys: the same input gives the same bytes (JSONEncoder's order is a
            // dictionary's otherwise, different in every process).
            encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
            let json = String(decoding: try encoder.encode(Index(chapters: chapters, entries: trimmed, symbols: symbols)), as: UTF8.self)
            let script = "window.DESCENT_SEARCH=\(json);\n"
            if script.utf8.count <= Self.budget || limit <= 200 { return script }
            limit = limit * 3 / 4
        }
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

    static func words(_ code: String) -> String {
        var seen: Set<Substring> = []
        var words: [Substring] = []
        var index = code.startIndex
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
                if !keywords.contains(String(word)), seen.insert(word).inserted { words.append(word) }
                index = end
            } else {
                index = code.index(after: index)
            }
        }
        return words.joined(separator: " ")
    }
}
