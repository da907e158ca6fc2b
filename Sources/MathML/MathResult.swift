/// The MathML produced for one formula.
public struct MathResult: Sendable, Hashable {
    /// A complete `<math>` element (`display="block"` only for display math), wrapped as the
    /// converter's ``MathConverter/Wrapper`` says: with the namespace and a `<semantics>` element
    /// whose `<annotation encoding="application/x-tex">` keeps the original LaTeX, or for HTML,
    /// `<math display="block">…</math>` holding the formula's row directly.
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
