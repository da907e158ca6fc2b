/// A LaTeX formula the converter cannot turn into MathML, with the place that caused it.
public struct MathError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, e.g. `unsupported command \foo` or `missing closing brace for \frac`.
    public var message: String
    /// 1-based line within the LaTeX source.
    public var line: Int
    /// 1-based column (counted in `Character`s) within that line, of the offending token.
    public var column: Int
    /// What to do about it, e.g. `did you mean \frac?`, or nil.
    public var hint: String?

    /// Creates an error.
    public init(message: String, line: Int, column: Int, hint: String? = nil) {
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint
    }

    /// `line:column: message (hint)`.
    public var description: String {
        var text = "\(line):\(column): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}

extension MathError {
    /// An error located at a source position.
    init(_ message: String, at position: SourcePosition, hint: String? = nil) {
        self.init(message: message, line: position.line, column: position.column, hint: hint)
    }
}
