/// Build-time Swift syntax highlighting: a small lexer that wraps tokens in
/// `<span class=…>` — `k` keywords, `t` types (capitalized identifiers), `n` numbers,
/// `s` string literals (with `\(…)` interpolations highlighted as code), `c` comments
/// (nested block comments included), `a` attributes (`@MainActor`), `d` compiler
/// directives (`#sourceLocation`, `#if`). Everything else is escaped text. The class names
/// are one letter and unquoted because a chapter has hundreds of tokens and a page budget.
struct SwiftHighlighter {
    static let keywords: Set<String> = [
        "actor", "any", "as", "associatedtype", "async", "await", "break", "case", "catch", "class",
        "consume", "continue", "convenience", "default", "defer", "deinit", "didSet", "do", "dynamic",
        "else", "enum", "extension", "fallthrough", "false", "fileprivate", "final", "for", "func",
        "get", "guard", "if", "import", "in", "indirect", "init", "inout", "internal", "is", "lazy", "let",
        "mutating", "nil", "nonisolated", "nonmutating", "open", "operator", "override", "package",
        "private", "protocol", "public", "repeat", "required", "rethrows", "return", "self", "Self",
        "set", "some", "static", "struct", "subscript", "super", "switch", "throw", "throws", "true",
        "try", "typealias", "var", "weak", "where", "while", "willSet", "sending", "borrowing", "consuming",
    ]

    /// Highlights `code`, returning HTML for the inside of a `<code>` element.
    func highlight(_ code: String) -> String {
        var lexer = Lexer(chars: Array(code))
        return lexer.run(untilCloseParen: false)
    }

    private struct Lexer {
        let chars: [Character]
        var i = 0
        var out = ""

        init(chars: [Character]) { self.chars = chars }

        func peek(_ offset: Int = 0) -> Character? {
            i + offset < chars.count ? chars[i + offset] : nil
        }

        mutating func emit(_ cls: String?, _ from: Int) {
            let text = HTML.text(String(chars[from..<i]))
            if let cls { out += "<span class=\(cls)>\(text)</span>" } else { out += text }
        }

        /// Lexes code; inside an interpolation, stops at the `)` that closes it.
        mutating func run(untilCloseParen: Bool) -> String {
            var depth = 0
            while let c = peek() {
                let start = i
                if untilCloseParen {
                    if c == "(" { depth += 1 }
                    if c == ")" { if depth == 0 { return out }; depth -= 1 }
                }
                if c == "/" && peek(1) == "/" {
                    while let d = peek(), d != "\n" { i += 1 }
                    emit("c", start)
                } else if c == "/" && peek(1) == "*" {
                    blockComment()
                    emit("c", start)
                } else if c == "\"" || (c == "#" && rawStringAhead()) {
                    string()
                } else if c.isNumber {
                    number()
                    emit("n", start)
                } else if c == "@" && (peek(1)?.isLetter ?? false) {
                    i += 1
                    identifierTail()
                    emit("a", start)
                } else if c == "#" && (peek(1)?.isLetter ?? false) {
                    i += 1
                    identifierTail()
                    emit("d", start)
                } else if c.isLetter || c == "_" {
                    identifierTail()
                    let word = String(chars[start..<i])
                    let previous = start > 0 ? chars[start - 1] : " "
                    if SwiftHighlighter.keywords.contains(word) && previous != "." {
                        emit("k", start)
                    } else if word.first!.isUppercase {
                        emit("t", start)
                    } else {
                        emit(nil, start)
                    }
                } else if c == "`" {
                    i += 1
                    while let d = peek(), d != "`", d != "\n" { i += 1 }
                    if peek() == "`" { i += 1 }
                    emit(nil, start)
                } else {
                    i += 1
                    emit(nil, start)
                }
            }
            return out
        }

        mutating func identifierTail() {
            while let d = peek(), d.isLetter || d.isNumber || d == "_" { i += 1 }
        }

        mutating func blockComment() {
            var depth = 0
            while let c = peek() {
                if c == "/" && peek(1) == "*" { depth += 1; i += 2; continue }
                if c == "*" && peek(1) == "/" {
                    depth -= 1; i += 2
                    if depth == 0 { return }
                    continue
                }
                i += 1
            }
        }

        mutating func number() {
            if peek() == "0", let x = peek(1), "xob".contains(x) {
                i += 2
                while let d = peek(), d.isHexDigit || d == "_" { i += 1 }
                return
            }
            while let d = peek(), d.isNumber || d == "_" { i += 1 }
            if peek() == ".", let d = peek(1), d.isNumber {
                i += 1
                while let d = peek(), d.isNumber || d == "_" { i += 1 }
            }
            if let e = peek(), e == "e" || e == "E" {
                let signed = peek(1) == "-" || peek(1) == "+"
                if let d = peek(signed ? 2 : 1), d.isNumber {
                    i += signed ? 2 : 1
                    while let d = peek(), d.isNumber { i += 1 }
                }
            }
        }

        func rawStringAhead() -> Bool {
            var j = i
            while j < chars.count, chars[j] == "#" { j += 1 }
            return j < chars.count && chars[j] == "\""
        }

        /// A string literal: `"…"`, `"""…"""` or raw `#"…"#`, with interpolations.
        mutating func string() {
            var start = i
            var hashes = 0
            while peek() == "#" { hashes += 1; i += 1 }
            let multiline = peek() == "\"" && peek(1) == "\"" && peek(2) == "\""
            i += multiline ? 3 : 1
            let closing = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
            let escape = "\\" + String(repeating: "#", count: hashes)
            while i < chars.count {
                if matches(escape) {
                    if peek(escape.count) == "(" {
                        emit("s", start)
                        let interpolationStart = i
                        i += escape.count + 1
                        emit("s", interpolationStart)
                        var inner = Lexer(chars: chars)
                        inner.i = i
                        out += inner.run(untilCloseParen: true)
                        i = inner.i
                        start = i
                        if peek() == ")" { i += 1 }
                        continue
                    }
                    i += escape.count + 1
                    continue
                }
                if matches(closing) { i += closing.count; break }
                if !multiline && peek() == "\n" { break }
                i += 1
            }
            emit("s", start)
        }

        func matches(_ text: String) -> Bool {
            var j = i
            for character in text {
                guard j < chars.count, chars[j] == character else { return false }
                j += 1
            }
            return true
        }
    }
}
