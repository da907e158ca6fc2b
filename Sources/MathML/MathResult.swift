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
    /// The number drawn for the equation when the author chose it with `\tag{A}` ("(A)") or
    /// `\tag*{A}` ("A"); nil when the site numbers it.
    public var tag: String?
    /// The labels named by `\eqref{…}`, in order. Each is drawn as
    /// `<mtext data-eqref="label">(label)</mtext>`, for a site to replace with a linked number.
    public var equationReferences: [String]
    /// The formula as one line of plain text, for search indexes and snippets: its characters
    /// (`η`, `∇`, `𝐰`), fractions as `a/b`, scripts as `x_i`, `x^2`: e.g. "L(𝐰) = 1/n ∑_i ℓ_i".
    public var text: String

    /// Creates a result.
    public init(mathML: String, label: String? = nil, tag: String? = nil, equationReferences: [String] = [], text: String = "") {
        self.mathML = mathML
        self.text = text
        self.label = label
        self.tag = tag
        self.equationReferences = equationReferences
    }
}
