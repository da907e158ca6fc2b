/// The `---`-delimited block of `key: value` lines at the top of a chapter.
///
/// A deliberately small subset of YAML: one `key: value` per line, values optionally in
/// single or double quotes, `#` comment lines and blank lines. Anything else is an error
/// with a line and a hint, rather than a silently ignored setting.
struct FrontMatter {
    /// A value and the 1-based line it was written on.
    struct Entry {
        var value: String
        var line: Int
        var column: Int
        /// The column of the value's first character inside its quotes, if quoted.
        var contentColumn: Int
    }

    /// The entries by key.
    var entries: [String: Entry]
    /// The index (0-based) of the first line after the closing `---`.
    var bodyStartIndex: Int

    /// Parses the front matter at the top of `lines`.
    ///
    /// - Parameters:
    ///   - lines: the file's lines, without line terminators.
    ///   - file: the path used in diagnostics.
    ///   - allowedKeys: the keys this kind of file understands.
    static func parse(lines: [Substring], file: String, allowedKeys: [String]) throws(Diagnostic) -> FrontMatter {
        let example = "start the file with\n    ---\n    title: Momentum\n    ---"
        guard let first = lines.first, isDelimiter(first) else {
            throw Diagnostic(
                file: file, line: 1, column: 1, message: "missing front matter", hint: example)
        }
        guard let closing = lines.dropFirst().firstIndex(where: isDelimiter) else {
            // Without a closing line the body would be read as keys: say what is wrong
            // instead of complaining about a "key" that is a sentence of the chapter.
            let keyLines = lines.dropFirst().prefix { line in
                let trimmed = line.trimmingWhitespace()
                return trimmed.isEmpty || trimmed.hasPrefix("#") || isKeyLine(line, allowedKeys: allowedKeys)
            }
            let lastKey = keyLines.lastIndex { !$0.trimmingWhitespace().isEmpty && !$0.trimmingWhitespace().hasPrefix("#") }
            throw Diagnostic(
                file: file, line: 1, column: 1, message: "the front matter is not closed",
                hint: "add a line containing only `---` after the last key"
                    + (lastKey.map { " (line \($0 + 1))" } ?? ""),
                sourceLine: String(lines[0]))
        }
        var entries: [String: Entry] = [:]
        var index = 1
        while index < lines.count {
            let line = lines[index]
            let lineNumber = index + 1
            if isDelimiter(line) {
                return FrontMatter(entries: entries, bodyStartIndex: index + 1)
            }
            let trimmed = line.trimmingWhitespace()
            index += 1
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw Diagnostic(
                    file: file, line: lineNumber, column: 1,
                    message: "expected `key: value` in the front matter",
                    hint: "close the front matter with a line containing only `---`",
                    sourceLine: String(line))
            }
            let key = line[..<colon].trimmingWhitespace()
            guard Self.isIdentifier(key) else {
                throw Diagnostic(
                    file: file, line: lineNumber, column: 1,
                    message: "expected `key: value` in the front matter",
                    hint: "a key is one word such as `title`; the front matter ends at the line `---` (line \(closing + 1))",
                    sourceLine: String(line))
            }
            guard allowedKeys.contains(key) else {
                throw Diagnostic(
                    file: file, line: lineNumber, column: 1,
                    message: "unknown front matter key `\(key)`",
                    hint: "known keys: " + allowedKeys.joined(separator: ", ")
                        + "; the front matter ends at the line `---` (line \(closing + 1))",
                    sourceLine: String(line))
            }
            guard entries[key] == nil else {
                throw Diagnostic(
                    file: file, line: lineNumber, column: 1,
                    message: "`\(key)` is set twice in the front matter", sourceLine: String(line))
            }
            let rawValue = line[line.index(after: colon)...].trimmingWhitespace()
            let valueColumn = line.distance(from: line.startIndex, to: colon) + 2
                + line[line.index(after: colon)...].prefix(while: { $0 == " " || $0 == "\t" }).count
            let value = unquoted(rawValue)
            entries[key] = Entry(
                value: value, line: lineNumber, column: valueColumn,
                contentColumn: valueColumn + (value.count == rawValue.count ? 0 : 1))
        }
        return FrontMatter(entries: entries, bodyStartIndex: lines.count)
    }

    /// Whether `line` is `key: value` with a known key.
    private static func isKeyLine(_ line: Substring, allowedKeys: [String]) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        return allowedKeys.contains(line[..<colon].trimmingWhitespace())
    }

    /// A key: a letter, then letters, digits, `-` and `_`.
    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.first, first.isLetter else { return false }
        return key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.trimmingWhitespace() == "---" && line.hasPrefix("---")
    }

    private static func unquoted(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }

    /// The value of `key`, required to be present and non-empty.
    func required(_ key: String, file: String) throws(Diagnostic) -> String {
        guard let entry = entries[key], !entry.value.isEmpty else {
            throw Diagnostic(
                file: file, line: 1, column: 1, message: "the front matter has no `\(key)`",
                hint: "add a line `\(key): …` between the `---` lines")
        }
        return entry.value
    }

    /// A yes/no setting under `key` (`true`/`false`, `yes`/`no`), or nil when absent.
    func flag(_ key: String, file: String) throws(Diagnostic) -> Bool? {
        guard let entry = entries[key] else { return nil }
        switch entry.value.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            throw Diagnostic(
                file: file, line: entry.line, column: entry.column,
                message: "`\(key)` must be `true` or `false`, got `\(entry.value)`",
                hint: "for example `\(key): true`")
        }
    }

    /// An amount of memory under `key` in bytes — `512 MiB`, `4 GiB`, `2GB` (GB and MB are
    /// read as GiB and MiB) — between 64 MiB and 1 TiB, or nil when absent.
    func bytes(_ key: String, file: String) throws(Diagnostic) -> Int? {
        guard let entry = entries[key] else { return nil }
        let text = entry.value.trimmingWhitespace()
        let number = text.prefix(while: { $0.isNumber || $0 == "." })
        let unit = text.dropFirst(number.count).trimmingWhitespace().lowercased()
        let scales: [String: Double] = [
            "mib": 1_048_576, "mb": 1_048_576, "m": 1_048_576,
            "gib": 1_073_741_824, "gb": 1_073_741_824, "g": 1_073_741_824,
        ]
        guard let value = Double(number), let scale = scales[unit],
              value * scale >= Double(64 << 20), value * scale <= Double(1 << 40) else {
            throw Diagnostic(
                file: file, line: entry.line, column: entry.column,
                message: "`\(key)` must be an amount of memory between 64 MiB and 1024 GiB, got `\(entry.value)`",
                hint: "for example `\(key): 8 GiB` or `\(key): 512 MiB`")
        }
        return Int(value * scale)
    }

    /// A positive number of seconds under `key`, or nil when absent.
    func seconds(_ key: String, file: String) throws(Diagnostic) -> Double? {
        guard let entry = entries[key] else { return nil }
        var text = entry.value
        if text.hasSuffix("s") { text.removeLast() }
        guard let value = Double(text.trimmingWhitespace()), value.isFinite, value > 0, value <= 86_400 else {
            throw Diagnostic(
                file: file, line: entry.line, column: entry.column,
                message: "`\(key)` must be a number of seconds, got `\(entry.value)`",
                hint: "for example `\(key): 120`")
        }
        return value
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }),
              let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
