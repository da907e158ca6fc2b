/// Converts LaTeX math to MathML Core at build time, so pages need no JavaScript.
///
/// The source goes through a `Lexer`, a `Parser` and a registry with one table per command
/// family (`CommandRegistry`). Errors carry the exact line and column of the offending token.
public struct MathConverter: Sendable {
    /// Creates a converter.
    public init() {}

    /// Converts LaTeX (without the `$` delimiters) to a complete `<math>` element.
    /// - Parameters:
    ///   - latex: the formula; it may span several lines and contain `%` comments.
    ///   - display: true for display math (`display="block"`, limits under and over, `\label` allowed).
    /// - Throws: `MathError` naming the problem and its 1-based line and column within `latex`.
    public func convert(_ latex: String, display: Bool) throws(MathError) -> MathResult {
        var parser = Parser(latex, displayMode: display)
        let nodes = try parser.parseFormula()
        var output = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\""
        if display { output += " display=\"block\"" }
        output += "><semantics>"
        MathNode("mrow", children: nodes).write(to: &output)
        output += "<annotation encoding=\"application/x-tex\">"
        output += Escaping.escape(latex, quotes: false)
        output += "</annotation></semantics></math>"
        return MathResult(mathML: output, label: parser.label)
    }
}
