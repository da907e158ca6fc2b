import Notebook

/// The values a chapter's experiments noted (`note("eta", η, decimals: 3)`), for
/// `{{eta}}` in its prose, figure captions and alt text.
///
/// Where a reference is replaced (see ``SourceScanner``): in prose, headings, captions,
/// alt text and math (`$\eta = {{eta}}$`); not in code spans or code blocks, which show
/// what is written. `\{{name}}` is a literal `{{name}}`, and `{{#include …}}` is an
/// include, never a note. A name that no block noted is an error at its line and column.
struct NoteValues: Sendable {
    /// Value by name.
    var values: [String: String]

    /// No notes (the home page's introduction).
    static let none = NoteValues(values: [:])

    /// The notes of every block of `run`.
    init(run: ChapterRun) {
        var values: [String: String] = [:]
        for note in run.outputs.flatMap(\.notes) { values[note.name] = note.value }
        self.values = values
    }

    init(values: [String: String]) {
        self.values = values
    }

    /// The reference starting at `chars[start]`, if the text there is `{{name}}` (spaces
    /// allowed inside the braces): the name and the index just past the closing braces.
    static func reference(in chars: [Character], at start: Int) -> (name: String, end: Int)? {
        guard start + 1 < chars.count, chars[start] == "{", chars[start + 1] == "{" else { return nil }
        var i = start + 2
        while i < chars.count, chars[i] == " " { i += 1 }
        let nameStart = i
        guard i < chars.count, chars[i].isASCII, chars[i].isLetter else { return nil }
        while i < chars.count, chars[i].isASCII, chars[i].isLetter || chars[i].isNumber || "-_.".contains(chars[i]) { i += 1 }
        let name = String(chars[nameStart..<i])
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i + 1 < chars.count, chars[i] == "}", chars[i + 1] == "}" else { return nil }
        return (name, i + 2)
    }

    /// The diagnostic for a name no block noted.
    func unknown(_ name: String, file: String, line: Int, column: Int?, sourceLine: String? = nil, context: String = "") -> Diagnostic {
        let known = values.keys.sorted()
        let close = known.filter { Self.isClose($0, name) }
        var hint = "note it in an experiment block of this chapter: note(\"\(name)\", value)"
        if let suggestion = close.first {
            hint = "did you mean {{\(suggestion)}}? " + hint
        } else if !known.isEmpty {
            hint += "; the chapter notes " + known.prefix(8).map { "`\($0)`" }.joined(separator: ", ")
        }
        return Diagnostic(
            file: file, line: line, column: column,
            message: "{{\(name)}}\(context) names no note of this chapter's experiments", hint: hint, sourceLine: sourceLine)
    }

    /// Replaces every reference in plain text (alt text, written into an attribute as is).
    func substitute(plain text: String, file: String, line: Int, context: String, problems: inout [Diagnostic]) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i] == "\\", i + 1 < chars.count, chars[i + 1] == "{" {
                out.append("{"); i += 2; continue
            }
            if let (name, end) = Self.reference(in: chars, at: i) {
                if let value = values[name] {
                    out += value
                } else {
                    problems.append(unknown(name, file: file, line: line, column: nil, context: context))
                    out += String(chars[i..<end])
                }
                i = end
                continue
            }
            out.append(chars[i]); i += 1
        }
        return out
    }

    /// Whether two names differ by at most one edit (a typo).
    static func isClose(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= 1, !x.isEmpty, !y.isEmpty else { return false }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + [Int](repeating: 0, count: y.count)
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count] <= 1
    }
}
