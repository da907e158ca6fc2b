/// A problem in the author's input, located precisely enough to fix it.
///
/// Printed as `chapters/05-momentum.md:42:17: error: message` followed by the hint,
/// the form compilers use, so editors and terminals can jump to it.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, as the author would type it.
    public var file: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column, or nil when unknown.
    public var column: Int?
    /// What is wrong.
    public var message: String
    /// What to do about it, if there is something useful to say.
    public var hint: String?
    /// The offending source line, shown under the message with a caret at `column`.
    public var sourceLine: String?
    /// A warning: worth saying, but the build goes on (printed `warning:`).
    public var isWarning = false

    /// Creates a diagnostic.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, message: String, hint: String? = nil,
        sourceLine: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    /// `file:line:col: error: message`, then the source line with a caret, then the hint.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" ; if let column { location += ":\(column)" } }
        var text = "\(location): \(isWarning ? "warning" : "error"): \(message)"
        if let sourceLine {
            let gutter = line.map { String($0) } ?? ""
            text += "\n \(gutter) | \(sourceLine)"
            if let column, column >= 1 {
                // Keep tabs so the caret lines up with the text above it.
                let lead = sourceLine.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                text += "\n \(String(repeating: " ", count: gutter.count)) | \(lead)^"
            }
        }
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
