import Notebook

/// Something lifted out of the Markdown before cmark sees it, so that Markdown cannot
/// mangle it: a math span (underscores and asterisks in LaTeX are never emphasis) or a
/// cross-reference. Each is replaced by a placeholder that cmark passes through unchanged.
struct ProtectedSpan: Sendable {
    enum Kind: Sendable {
        case math(latex: String, display: Bool)
        case reference(ReferenceKind, target: String)
        /// `{{name}}`: the value an experiment noted under that name.
        case value(String)
    }
    var kind: Kind
    /// The source as written, delimiters included; put back where the span turns out to be code.
    var original: String
    /// The chapter-file line of each line of the span's content (one entry per content line).
    var fileLines: [Int]
    /// The chapter-file column of the content's first character, when known.
    var column: Int?
}

/// Placeholders: `U+E000 <index> U+E001`, followed by `\n U+E002` for each newline of the
/// original so that line numbers (and paragraph structure) survive. Private-use characters
/// are ordinary text to cmark, so a placeholder always ends up whole inside one text node.
enum Placeholder {
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"
    static let continuation: Character = "\u{E002}"

    static func make(_ index: Int, newlines: Int) -> String {
        "\(open)\(index)\(close)" + String(repeating: "\n\(continuation)", count: newlines)
    }

    /// Replaces every placeholder in `text`; `transform` gets the index and returns the replacement.
    static func substitute(_ text: String, _ transform: (Int) -> String) -> String {
        guard text.contains(open) || text.contains(continuation) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == open, let closeIndex = text[index...].firstIndex(of: close),
               let number = Int(text[text.index(after: index)..<closeIndex]) {
                out += transform(number)
                index = text.index(after: closeIndex)
            } else if character == continuation {
                if out.hasSuffix("\n") { out.removeLast() }
                index = text.index(after: index)
            } else {
                out.append(character)
                index = text.index(after: index)
            }
        }
        return out
    }
}

/// Finds math and cross-references in chapter Markdown and protects them.
///
/// Math is `$…$` (inline: no space just inside the dollars, and the closing dollar is not
/// followed by a digit, so "costs $5 and $6" is prose) and `$$…$$` (display, may span lines
/// within a paragraph). `\$` is a literal dollar. Nothing inside code spans or fenced code
/// blocks is touched. See ``ReferenceKind`` for the cross-reference syntax.
struct SourceScanner {
    /// Maps a 0-based line of the scanned text to a chapter-file line.
    var fileLine: (Int) -> Int
    /// The file column of the first character of each line; nil when columns are meaningless
    /// (e.g. a figure caption, which comes from experiment code).
    var columnOffset: Int? = 0
    /// The file named in diagnostics.
    var file: String = ""
    /// The values `{{name}}` refers to (see ``NoteValues``).
    var notes: NoteValues = .none
    /// Where the text is, for messages about text without columns (" in the caption of …").
    var context: String = ""

    /// Returns the text with placeholders, appending the protected spans to `spans` and a
    /// diagnostic for each `{{name}}` no experiment noted to `problems`.
    func protect(_ text: String, into spans: inout [ProtectedSpan], problems: inout [Diagnostic]) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var fence: (character: Character, count: Int)?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let open = fence {
                out.append(line)
                if Self.closesFence(line, open) { fence = nil }
                index += 1
                continue
            }
            if let open = Self.opensFence(line) {
                fence = open
                out.append(line)
                index += 1
                continue
            }
            if line.allSatisfy(\.isWhitespace) {
                out.append(line)
                index += 1
                continue
            }
            var end = index
            while end < lines.count, !lines[end].allSatisfy(\.isWhitespace), Self.opensFence(lines[end]) == nil { end += 1 }
            let chunk = lines[index..<end].joined(separator: "\n")
            out.append(scanParagraph(chunk, firstLine: index, spans: &spans, problems: &problems))
            index = end
        }
        return out.joined(separator: "\n")
    }

    static func opensFence(_ line: String) -> (character: Character, count: Int)? {
        let trimmed = line.drop(while: { $0 == " " })
        guard line.count - trimmed.count <= 3, let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let count = trimmed.prefix(while: { $0 == first }).count
        guard count >= 3 else { return nil }
        if first == "`" && trimmed.dropFirst(count).contains("`") { return nil }
        return (first, count)
    }

    static func closesFence(_ line: String, _ open: (character: Character, count: Int)) -> Bool {
        let trimmed = line.drop(while: { $0 == " " })
        guard line.count - trimmed.count <= 3 else { return false }
        let run = trimmed.prefix(while: { $0 == open.character }).count
        return run >= open.count && trimmed.dropFirst(run).allSatisfy(\.isWhitespace)
    }

    private func scanParagraph(
        _ chunk: String, firstLine: Int, spans: inout [ProtectedSpan], problems: inout [Diagnostic]
    ) -> String {
        let chars = Array(chunk)
        // Line (relative) and column (1-based) of each character.
        var lineOf = [Int](repeating: 0, count: chars.count + 1)
        var columnOf = [Int](repeating: 1, count: chars.count + 1)
        var line = 0, column = 1
        for (offset, character) in chars.enumerated() {
            lineOf[offset] = line; columnOf[offset] = column
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        lineOf[chars.count] = line; columnOf[chars.count] = column

        func record(_ kind: ProtectedSpan.Kind, from start: Int, to end: Int, contentStart: Int, contentEnd: Int) -> String {
            let original = String(chars[start..<end])
            let firstContentLine = lineOf[contentStart]
            let lastContentLine = lineOf[contentEnd]
            let fileLines = (firstContentLine...max(firstContentLine, lastContentLine)).map { fileLine(firstLine + $0) }
            let column = columnOffset.map { $0 + columnOf[contentStart] }
            spans.append(ProtectedSpan(kind: kind, original: original, fileLines: fileLines, column: column))
            return Placeholder.make(spans.count - 1, newlines: original.filter { $0 == "\n" }.count)
        }

        func unknown(_ name: String, at offset: Int) {
            let lines = chunk.split(separator: "\n", omittingEmptySubsequences: false)
            let relative = lineOf[offset]
            problems.append(notes.unknown(
                name, file: file, line: fileLine(firstLine + relative), column: columnOffset.map { $0 + columnOf[offset] },
                sourceLine: columnOffset == nil ? nil : String(lines[relative]), context: context))
        }

        /// LaTeX from `start` to `end` with `{{name}}` replaced by values (`\{` skipped).
        func latex(from start: Int, to end: Int) -> String {
            var text = ""
            var j = start
            while j < end {
                if chars[j] == "\\", j + 1 < end { text.append(chars[j]); text.append(chars[j + 1]); j += 2; continue }
                if let (name, after) = NoteValues.reference(in: chars, at: j), after <= end {
                    if let value = notes.values[name] { text += value } else {
                        unknown(name, at: j)
                        text += String(chars[j..<after])
                    }
                    j = after
                    continue
                }
                text.append(chars[j]); j += 1
            }
            return text
        }

        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{", let (name, end) = NoteValues.reference(in: chars, at: i) {
                if let value = notes.values[name] {
                    out += record(.value(value), from: i, to: end, contentStart: i, contentEnd: end)
                } else {
                    unknown(name, at: i)
                    out += String(chars[i..<end])
                }
                i = end
                continue
            }
            if c == "\\", i + 1 < chars.count {
                out.append(c); out.append(chars[i + 1]); i += 2; continue
            }
            if c == "`" {
                let run = Self.run(of: "`", in: chars, at: i)
                if let close = Self.findRun(of: "`", length: run, in: chars, from: i + run) {
                    out += String(chars[i..<(close + run)]); i = close + run
                } else {
                    out += String(repeating: "`", count: run); i += run
                }
                continue
            }
            if c == "$", i + 1 < chars.count, chars[i + 1] == "$" {
                if let close = Self.findDisplayClose(chars, from: i + 2) {
                    let latex = latex(from: i + 2, to: close)
                    out += record(.math(latex: latex, display: true), from: i, to: close + 2, contentStart: i + 2, contentEnd: close)
                    i = close + 2
                } else {
                    // The guide promises this is an error: published, it would show raw `$$ x + 1`.
                    let lines = chunk.split(separator: "\n", omittingEmptySubsequences: false)
                    problems.append(Diagnostic(
                        file: file, line: fileLine(firstLine + lineOf[i]), column: columnOffset.map { $0 + columnOf[i] },
                        message: "display math\(context) opened with $$ is never closed",
                        hint: "close it with $$ in the same paragraph (display math cannot contain a blank line); "
                            + "for dollar signs write \\$",
                        sourceLine: columnOffset == nil ? nil : String(lines[lineOf[i]])))
                    out += "$$"; i += 2
                }
                continue
            }
            if c == "$" {
                if let close = Self.findInlineClose(chars, from: i + 1) {
                    let latex = latex(from: i + 1, to: close)
                    out += record(.math(latex: latex, display: false), from: i, to: close + 1, contentStart: i + 1, contentEnd: close)
                    i = close + 1
                } else {
                    out.append(c); i += 1
                }
                continue
            }
            if c == "@", i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber),
               let (kind, target, end) = Self.reference(chars, at: i) {
                out += record(.reference(kind, target: target), from: i, to: end, contentStart: i, contentEnd: end)
                i = end
                continue
            }
            out.append(c); i += 1
        }
        return out
    }

    private static func run(of character: Character, in chars: [Character], at start: Int) -> Int {
        var end = start
        while end < chars.count, chars[end] == character { end += 1 }
        return end - start
    }

    private static func findRun(of character: Character, length: Int, in chars: [Character], from start: Int) -> Int? {
        var i = start
        while i < chars.count {
            if chars[i] == character {
                let length2 = run(of: character, in: chars, at: i)
                if length2 == length { return i }
                i += length2
            } else { i += 1 }
        }
        return nil
    }

    private static func findDisplayClose(_ chars: [Character], from start: Int) -> Int? {
        var i = start
        while i + 1 < chars.count {
            if chars[i] == "\\" { i += 2; continue }
            if chars[i] == "$" && chars[i + 1] == "$" { return i > start ? i : nil }
            i += 1
        }
        return nil
    }

    private static func findInlineClose(_ chars: [Character], from start: Int) -> Int? {
        guard start < chars.count, !chars[start].isWhitespace, chars[start] != "$" else { return nil }
        var i = start
        while i < chars.count {
            if chars[i] == "\\" { i += 2; continue }
            if chars[i] == "$" {
                let nextIsDigit = i + 1 < chars.count && chars[i + 1].isNumber
                if !chars[i - 1].isWhitespace && !nextIsDigit { return i }
                return nil
            }
            i += 1
        }
        return nil
    }

    private static func reference(_ chars: [Character], at start: Int) -> (ReferenceKind, String, Int)? {
        var colon = start + 1
        while colon < chars.count, chars[colon].isLetter { colon += 1 }
        guard colon < chars.count, chars[colon] == ":",
              let kind = ReferenceKind(rawValue: String(chars[(start + 1)..<colon])) else { return nil }
        var end = colon + 1
        // Citations name several keys with commas: a comma followed by a key character continues.
        let separators = kind.isCitation ? "-_," : "-_/"
        while end < chars.count, chars[end].isLetter || chars[end].isNumber || separators.contains(chars[end]) {
            if chars[end] == ",", !(end + 1 < chars.count && (chars[end + 1].isLetter || chars[end + 1].isNumber)) { break }
            end += 1
        }
        while end > colon + 1, separators.contains(chars[end - 1]) { end -= 1 }
        guard end > colon + 1 else { return nil }
        return (kind, String(chars[(colon + 1)..<end]), end)
    }
}
