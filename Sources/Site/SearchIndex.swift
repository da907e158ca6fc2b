import Foundation

/// The search index, built at build time and shipped as a script (`window.DESCENT_SEARCH = […]`)
/// rather than JSON, because browsers refuse `fetch` on `file://` pages but do run scripts.
struct SearchIndex {
    /// One searchable section.
    struct Entry: Encodable {
        /// Chapter, e.g. "5 · Momentum".
        var c: String
        /// Section, e.g. "5.2 Heavy ball" (empty for the chapter's opening text).
        var s: String
        /// Link, e.g. "05-momentum.html#heavy-ball".
        var u: String
        /// The section's text, whitespace collapsed.
        var t: String
    }

    var entries: [Entry] = []

    /// Whole index limit in bytes; per-section text is shortened evenly to stay below it.
    static let budget = 280_000

    mutating func add(chapter: String, section: String, url: String, text: String) {
        let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !collapsed.isEmpty || !section.isEmpty else { return }
        entries.append(Entry(c: chapter, s: section, u: url, t: collapsed))
    }

    /// The script text.
    func script() throws -> String {
        var limit = 6000
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
            let json = String(decoding: try encoder.encode(trimmed), as: UTF8.self)
            let script = "window.DESCENT_SEARCH=\(json);\n"
            if script.utf8.count <= Self.budget || limit <= 200 { return script }
            limit = limit * 3 / 4
        }
    }
}
