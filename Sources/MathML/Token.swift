/// A 1-based line and column (in `Character`s) within the LaTeX source.
struct SourcePosition: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// One lexical unit of LaTeX math.
struct Token: Sendable, Hashable {
    /// What kind of token this is.
    enum Kind: Sendable, Hashable {
        /// `\name` or a control symbol such as `\,` or `\{`; the name excludes the backslash.
        case command(String)
        /// Any single character that is not one of the special ones below.
        case character(Character)
        case openBrace
        case closeBrace
        case caret
        case underscore
        case ampersand
        case tilde
        /// A run of whitespace (ignored in math, kept in `\text`).
        case space
        case end
    }

    var kind: Kind
    var position: SourcePosition

    /// The token as it was written, for messages and for text arguments.
    var spelling: String {
        switch kind {
        case .command(let name): return "\\" + name
        case .character(let character): return String(character)
        case .openBrace: return "{"
        case .closeBrace: return "}"
        case .caret: return "^"
        case .underscore: return "_"
        case .ampersand: return "&"
        case .tilde: return "~"
        case .space: return " "
        case .end: return "end of formula"
        }
    }
}
