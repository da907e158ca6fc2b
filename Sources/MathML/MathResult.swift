/// The MathML produced for one formula.
public struct MathResult: Sendable, Hashable {
    /// A complete `<math>` element: `<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">…</math>`
    /// (`display="block"` only for display math). It holds a `<semantics>` element whose
    /// `<annotation encoding="application/x-tex">` keeps the original LaTeX.
    public var mathML: String
    /// The name given by `\label{…}` in display math (for example `eq:update`), or nil.
    /// The `\label` itself produces no output.
    public var label: String?

    /// Creates a result.
    public init(mathML: String, label: String? = nil) {
        self.mathML = mathML
        self.label = label
    }
}
