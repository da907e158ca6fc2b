import Notebook

/// The book's bibliography: `chapters/references.bib`, a subset of BibTeX.
///
/// ```bibtex
/// % a comment line
/// @inproceedings{kingma2015,
///   author    = {Kingma, Diederik P. and Ba, Jimmy},
///   title     = {Adam: A Method for Stochastic Optimization},
///   booktitle = {International Conference on Learning Representations (ICLR)},
///   year      = {2015},
///   eprint    = {1412.6980},
/// }
/// ```
///
/// - Entry types: `article`, `inproceedings`, `book`, `incollection`, `techreport`, `misc`,
///   `online`, `phdthesis`, `mastersthesis`, `unpublished` (case-insensitive).
/// - Keys: letters, digits, `-` and `_`.
/// - Fields: `author` (required; names "Last, First" or "First Last", joined by `and`), `title`
///   and `year` (required), `journal`, `booktitle`, `publisher`, `volume`, `number`, `pages`,
///   `note`, `howpublished`, `url`, `doi`, `eprint` (an arXiv id); others are ignored. Values in
///   `{…}` (nested braces allowed and dropped) or `"…"`, or a bare number.
/// - In values: `--` is an en dash, `~` a non-breaking space, `\&` an ampersand, and the accents
///   `\"o`, `\'e`, `` \`a ``, `\^o`, `\~n`, `\c{c}` (also inside braces, `{\"o}`) are letters.
public struct Bibliography: Sendable, Equatable {
    /// One work.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var type: String
        /// Authors as (family name, given names).
        public var authors: [(family: String, given: String)]
        public var fields: [String: String]
        /// The line of `@type{key` in the file.
        public var line: Int

        public var title: String { fields["title"] ?? "" }
        public var year: String { fields["year"] ?? "" }

        public static func == (a: Entry, b: Entry) -> Bool { a.key == b.key && a.fields == b.fields && a.line == b.line }
        public func hash(into hasher: inout Hasher) { hasher.combine(key) }
    }

    /// The entries by key.
    public var entries: [String: Entry] = [:]

    /// An empty bibliography.
    public init() {}

    static let types: Set<String> = [
        "article", "inproceedings", "conference", "book", "incollection", "techreport", "misc", "online", "phdthesis",
        "mastersthesis", "unpublished",
    ]

    /// Parses the file's text.
    /// - Throws: ``Diagnostics``, one per malformed entry, at `file`:line:column.
    public static func parse(_ text: String, file: String) throws(Diagnostics) -> Bibliography {
        var reader = BibReader(characters: Array(text), file: file)
        var bibliography = Bibliography()
        var problems: [Diagnostic] = []
        while true {
            do {
                guard let entry = try reader.nextEntry() else { break }
                if let earlier = bibliography.entries[entry.key] {
                    problems.append(Diagnostic(file: file, line: entry.line, column: 1,
                                               message: "the key '\(entry.key)' is used twice",
                                               hint: "the first entry is at line \(earlier.line); give each work its own key"))
                } else {
                    bibliography.entries[entry.key] = entry
                }
            } catch {
                problems.append(error)
                if !reader.skipToNextEntry() { break }
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return bibliography
    }
}

/// A character-level reader for the BibTeX subset.
private struct BibReader {
    let characters: [Character]
    let file: String
    var index = 0
    var line = 1
    var column = 1

    var atEnd: Bool { index >= characters.count }
    var current: Character? { atEnd ? nil : characters[index] }

    mutating func advance() {
        guard !atEnd else { return }
        if characters[index].isNewline { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    func error(_ message: String, hint: String? = nil, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(file: file, line: line ?? self.line, column: column ?? self.column, message: message, hint: hint)
    }

    mutating func skipSpaceAndComments() {
        while let character = current {
            if character == "%" {
                while let next = current, !next.isNewline { _ = next; advance() }
            } else if character.isWhitespace {
                advance()
            } else {
                return
            }
        }
    }

    /// After an error: moves to the next `@` at the start of a line. False at the end.
    mutating func skipToNextEntry() -> Bool {
        advance()
        while let character = current {
            if character == "@", column == 1 { return true }
            advance()
        }
        return false
    }

    mutating func nextEntry() throws(Diagnostic) -> Bibliography.Entry? {
        skipSpaceAndComments()
        guard let character = current else { return nil }
        let entryLine = line
        guard character == "@" else {
            throw error("expected an entry starting with @, found '\(character)'",
                        hint: "entries look like @article{key, author = {…}, title = {…}, year = {…}}; comments start with %")
        }
        advance()
        let typeColumn = column
        var type = ""
        while let next = current, next.isLetter { type.append(next); advance() }
        type = type.lowercased()
        guard Bibliography.types.contains(type) else {
            throw error("unknown entry type '@\(type)'", hint: "use one of: \(Bibliography.types.sorted().joined(separator: ", "))",
                        column: typeColumn)
        }
        skipSpaceAndComments()
        guard current == "{" else { throw error("expected { after @\(type)") }
        advance()
        skipSpaceAndComments()
        let keyColumn = column
        var key = ""
        while let next = current, next.isLetter || next.isNumber || next == "-" || next == "_" { key.append(next); advance() }
        guard !key.isEmpty else {
            throw error("missing key after @\(type){", hint: "write a key such as kingma2015: letters, digits, - and _")
        }
        skipSpaceAndComments()
        var fields: [String: String] = [:]
        var authorPosition = (line, keyColumn)
        while current == "," {
            advance()
            skipSpaceAndComments()
            if current == "}" { break }
            let fieldLine = line, fieldColumn = column
            var name = ""
            while let next = current, next.isLetter || next.isNumber || next == "_" || next == "-" { name.append(next); advance() }
            guard !name.isEmpty else {
                throw error("expected a field name in entry '\(key)'", hint: "fields look like title = {…}")
            }
            name = name.lowercased()
            skipSpaceAndComments()
            guard current == "=" else { throw error("expected = after the field name '\(name)'") }
            advance()
            skipSpaceAndComments()
            let value = try fieldValue(name: name)
            if fields[name] != nil {
                throw error("the field '\(name)' appears twice in '\(key)'", line: fieldLine, column: fieldColumn)
            }
            if name == "author" { authorPosition = (fieldLine, fieldColumn) }
            fields[name] = BibText.clean(value)
            skipSpaceAndComments()
        }
        guard current == "}" else {
            throw error("expected , or } in entry '\(key)'", hint: "separate fields with commas and close the entry with }")
        }
        advance()
        for required in ["author", "title", "year"] where (fields[required] ?? "").isEmpty {
            throw error("the entry '\(key)' has no \(required)", hint: "add \(required) = {…}", line: entryLine, column: 1)
        }
        let authors = BibText.authors(fields["author"] ?? "")
        if authors.contains(where: { $0.family.isEmpty }) {
            throw error("an author name of '\(key)' is empty", hint: "separate names with ' and '",
                        line: authorPosition.0, column: authorPosition.1)
        }
        return Bibliography.Entry(key: key, type: type, authors: authors, fields: fields, line: entryLine)
    }

    /// `{…}`, `"…"` or a bare number; braces inside are kept for ``BibText/clean``.
    mutating func fieldValue(name: String) throws(Diagnostic) -> String {
        let startLine = line, startColumn = column
        if current == "{" {
            advance()
            var depth = 0
            var value = ""
            while let character = current {
                if character == "{" { depth += 1 }
                if character == "}" {
                    if depth == 0 { advance(); return value }
                    depth -= 1
                }
                value.append(character)
                advance()
            }
            throw error("the value of '\(name)' is not closed", hint: "add the } that closes the { opened here",
                        line: startLine, column: startColumn)
        }
        if current == "\"" {
            advance()
            var value = ""
            var depth = 0
            while let character = current {
                if character == "{" { depth += 1 }
                if character == "}" { depth -= 1 }
                if character == "\"", depth == 0 { advance(); return value }
                value.append(character)
                advance()
            }
            throw error("the value of '\(name)' is not closed", hint: "add the closing \"", line: startLine, column: startColumn)
        }
        var value = ""
        while let character = current, character.isNumber { value.append(character); advance() }
        guard !value.isEmpty else {
            throw error("expected a value for '\(name)'", hint: "write {…}, \"…\" or a number")
        }
        return value
    }
}

/// Turning BibTeX values into plain text.
enum BibText {
    static let accents: [Character: [Character: Character]] = [
        "\"": ["a": "ä", "o": "ö", "u": "ü", "e": "ë", "i": "ï", "A": "Ä", "O": "Ö", "U": "Ü"],
        "'": ["a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "y": "ý", "c": "ć", "n": "ń", "s": "ś", "z": "ź",
              "E": "É", "A": "Á", "O": "Ó", "S": "Ś"],
        "`": ["a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"],
        "^": ["a": "â", "e": "ê", "i": "î", "o": "ô", "u": "û"],
        "~": ["a": "ã", "n": "ñ", "o": "õ"],
        "c": ["c": "ç", "C": "Ç", "s": "ş"],
    ]

    /// Braces dropped, accents and dashes resolved, whitespace collapsed.
    static func clean(_ value: String) -> String {
        let characters = Array(value)
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count {
                let command = characters[index + 1]
                if let table = accents[command] {
                    var next = index + 2
                    while next < characters.count, characters[next] == "{" || characters[next] == " " { next += 1 }
                    if next < characters.count, let letter = table[characters[next]] {
                        out.append(letter)
                        index = next + 1
                        while index < characters.count, characters[index] == "}" { index += 1 }
                        continue
                    }
                }
                if "&%$#_{}".contains(command) {
                    out.append(command)
                    index += 2
                    continue
                }
                index += 1
                continue
            }
            switch character {
            case "{", "}": break
            case "~": out.append("\u{A0}")
            case "-" where index + 1 < characters.count && characters[index + 1] == "-":
                out.append("–")
                index += 1
                if index + 1 < characters.count, characters[index + 1] == "-" { index += 1 }
            default: out.append(character)
            }
            index += 1
        }
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// "Kingma, Diederik P. and Ba, Jimmy" or "Diederik P. Kingma and Jimmy Ba".
    static func authors(_ value: String) -> [(family: String, given: String)] {
        var names: [[Substring]] = [[]]
        for word in value.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }) {
            if word == "and" { names.append([]) } else { names[names.count - 1].append(word) }
        }
        return names.map { words in
            let trimmed = words.joined(separator: " ")
            if let comma = trimmed.firstIndex(of: ",") {
                return (String(trimmed[..<comma]).trimmingCharacters(in: .whitespaces),
                        String(trimmed[trimmed.index(after: comma)...]).trimmingCharacters(in: .whitespaces))
            }
            let words = trimmed.split(separator: " ")
            guard let last = words.last else { return ("", "") }
            return (String(last), words.dropLast().joined(separator: " "))
        }
    }
}

import Foundation
