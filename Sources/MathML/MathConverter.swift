/// Converts LaTeX math to MathML Core at build time, so pages need no JavaScript.
///
/// The source goes through a `Lexer`, a `Parser` and a registry with one table per command
/// family (`CommandRegistry`). Errors carry the exact line and column of the offending token.
public struct MathConverter: Sendable {
    /// How the formula's MathML is wrapped in its `<math>` element.
    public enum Wrapper: Sendable, Hashable {
        /// Standalone MathML (XML, EPUB, feeds): the MathML namespace, and a `<semantics>`
        /// element that keeps the LaTeX source in an `application/x-tex` annotation. The
        /// formula is one `<mrow>`, because `<semantics>` presents its first child only.
        case annotated
        /// For HTML pages: no namespace (the HTML parser implies it), no annotation, and the
        /// formula's top-level row written straight into `<math>`, which MathML Core lays out
        /// as an implicit row.
        case html
    }

    /// The wrapper this converter writes.
    public var wrapper: Wrapper
    /// The author's macros, expanded in every formula.
    public var macros: MathMacros

    /// Creates a converter.
    /// - Parameters:
    ///   - wrapper: `.annotated` (the default) for standalone MathML, `.html` for pages.
    ///   - macros: the author's `\newcommand` definitions (none by default).
    public init(wrapper: Wrapper = .annotated, macros: MathMacros = MathMacros()) {
        self.wrapper = wrapper
        self.macros = macros
    }

    /// Converts LaTeX (without the `$` delimiters) to a complete `<math>` element.
    /// - Parameters:
    ///   - latex: the formula; it may span several lines and contain `%` comments.
    ///   - display: true for display math (`display="block"`, limits under and over, `\label` allowed).
    /// - Throws: `MathError` naming the problem and its 1-based line and column within `latex`.
    public func convert(_ latex: String, display: Bool) throws(MathError) -> MathResult {
        var parser = Parser(latex, displayMode: display, macros: macros)
        let nodes = try parser.parseFormula()
        var output = "<math"
        if wrapper == .annotated { output += " xmlns=\"http://www.w3.org/1998/Math/MathML\"" }
        if display { output += " display=\"block\"" }
        output += ">"
        switch wrapper {
        case .annotated:
            output += "<semantics>"
            MathNode("mrow", children: nodes).write(to: &output)
            output += "<annotation encoding=\"application/x-tex\">"
            output += Escaping.escape(latex, quotes: false)
            output += "</annotation></semantics>"
        case .html:
            for node in MathNode.rowContents(nodes) { node.write(to: &output) }
        }
        output += "</math>"
        return MathResult(mathML: output, label: parser.label, tag: parser.tag,
                          equationReferences: parser.equationReferences, text: PlainText.line(nodes))
    }
}
