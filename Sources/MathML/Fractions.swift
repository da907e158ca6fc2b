/// Fractions, binomials, roots and stacked symbols: `\frac`, `\tfrac`, `\dfrac`, `\binom`,
/// `\sqrt`, `\sqrt[n]`, `\overset`, `\underset`, `\stackrel`.
enum Fractions {
    static let commands: [String: Command] = [
        "frac": Command { parser, token throws(MathError) in try fraction(token, parser: &parser) },
        "cfrac": Command { parser, token throws(MathError) in try fraction(token, parser: &parser, display: true) },
        "dfrac": Command { parser, token throws(MathError) in try fraction(token, parser: &parser, display: true) },
        "tfrac": Command { parser, token throws(MathError) in try fraction(token, parser: &parser, display: false) },
        "binom": Command { parser, token throws(MathError) in try binomial(token, parser: &parser) },
        "dbinom": Command { parser, token throws(MathError) in try binomial(token, parser: &parser, display: true) },
        "tbinom": Command { parser, token throws(MathError) in try binomial(token, parser: &parser, display: false) },
        "sqrt": Command { parser, token throws(MathError) in try root(token, parser: &parser) },
        "overset": Command { parser, token throws(MathError) in try stack(token, parser: &parser, tag: "mover") },
        "stackrel": Command { parser, token throws(MathError) in try stack(token, parser: &parser, tag: "mover") },
        "underset": Command { parser, token throws(MathError) in try stack(token, parser: &parser, tag: "munder") },
    ]

    /// Parses two arguments in text style (the style of a fraction's parts in display math).
    static func twoArguments(_ token: Token, parser: inout Parser) throws(MathError) -> (MathNode, MathNode) {
        let saved = parser.displayStyle
        parser.displayStyle = false
        defer { parser.displayStyle = saved }
        let first = try parser.parseArgument(for: token)
        let second = try parser.parseArgument(for: token)
        return (first, second)
    }

    /// Wraps a node in the style `\dfrac`/`\tfrac` force, when one is forced.
    static func styled(_ node: MathNode, display: Bool?) -> MathNode {
        guard let display else { return node }
        var attributes = [("displaystyle", display ? "true" : "false")]
        if display { attributes.append(("scriptlevel", "0")) }
        return MathNode("mstyle", children: [node], attributes: attributes)
    }

    static func fraction(_ token: Token, parser: inout Parser, display: Bool? = nil) throws(MathError) -> MathNode {
        let (numerator, denominator) = try twoArguments(token, parser: &parser)
        return styled(MathNode("mfrac", children: [numerator, denominator]), display: display)
    }

    static func binomial(_ token: Token, parser: inout Parser, display: Bool? = nil) throws(MathError) -> MathNode {
        let (top, bottom) = try twoArguments(token, parser: &parser)
        let fraction = MathNode("mfrac", children: [top, bottom], attributes: [("linethickness", "0")])
        let row = MathNode("mrow", children: [
            MathNode("mo", text: "(", atom: .open, attributes: [("fence", "true"), ("form", "prefix")]),
            fraction,
            MathNode("mo", text: ")", atom: .close, attributes: [("fence", "true"), ("form", "postfix")]),
        ])
        return styled(row, display: display)
    }

    static func root(_ token: Token, parser: inout Parser) throws(MathError) -> MathNode {
        let saved = parser.displayStyle
        parser.displayStyle = false
        let index = try parser.parseOptionalArgument(for: token)
        parser.displayStyle = saved
        let radicand = try parser.parseArgument(for: token)
        if let index { return MathNode("mroot", children: [radicand, index]) }
        return MathNode("msqrt", children: [radicand])
    }

    /// `\overset{above}{base}` and `\underset{below}{base}`: keeps the base's class, so
    /// `\overset{!}{=}` is still a relation.
    static func stack(_ token: Token, parser: inout Parser, tag: String) throws(MathError) -> MathNode {
        let saved = parser.displayStyle
        parser.displayStyle = false
        let script = try parser.parseArgument(for: token)
        parser.displayStyle = saved
        let base = try parser.parseArgument(for: token)
        return MathNode(tag, children: [base, script], atom: base.atom)
    }
}
