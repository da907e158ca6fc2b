/// A command or character that stands for one symbol, and how it is drawn.
struct Symbol: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `<mi>`, italic when a single letter (x, α, ℓ).
        case identifier
        /// `<mi mathvariant="normal">` (capital Greek, which TeX sets upright).
        case uprightIdentifier
        /// `<mo>` of the given class (+, =, →, ⋅).
        case mo(AtomClass)
        /// `<mo stretchy="false">`: a delimiter used without `\left`/`\right`.
        case fence(AtomClass)
        /// A large operator (∑, ∫) with its limits placement.
        case largeOperator(LimitsPlacement)
    }

    var text: String
    var kind: Kind

    init(_ text: String, _ kind: Kind) {
        self.text = text
        self.kind = kind
    }

    /// `lspace`/`rspace` of zero: an operator glyph spaced like an ordinary symbol.
    static let tight: [(String, String)] = [("lspace", "0em"), ("rspace", "0em")]

    /// The vertical bars, which MathML would otherwise space as relations.
    static let bars: Set<String> = ["|", "‖"]

    /// The node for this symbol in the given font.
    func node(font: MathFont?) -> MathNode {
        switch kind {
        case .identifier, .uprightIdentifier:
            let upright = kind == .uprightIdentifier
            if let font, font != .roman, let character = text.first, text.count == 1, let mapped = font.map(character) {
                return MathNode("mi", text: String(mapped))
            }
            if (upright || font == .roman), text.count == 1 {
                return MathNode("mi", text: text, attributes: [("mathvariant", "normal")])
            }
            return MathNode("mi", text: text)
        case .mo(let atom):
            // TeX puts no space around an ordinary symbol (`/`, `.`, `∀`); MathML's operator
            // dictionary would give `/` and `.` operator spacing, so it is set explicitly.
            if atom == .ord { return MathNode("mo", text: text, atom: atom, attributes: Symbol.tight) }
            return MathNode("mo", text: text, atom: atom)
        case .fence(let atom):
            // Bars are infix operators in MathML's dictionary (relation spacing mid-row): as
            // delimiters they take none, whichever side of the content they stand on.
            if Symbol.bars.contains(text) {
                return MathNode("mo", text: text, atom: atom, attributes: [("stretchy", "false")] + Symbol.tight)
            }
            return MathNode("mo", text: text, atom: atom, attributes: [("stretchy", "false")])
        case .largeOperator(let limits):
            var node = MathNode("mo", text: text, atom: .largeOperator)
            node.limits = limits
            return node
        }
    }
}
