/// Commands about the formula rather than a symbol: `\displaystyle` and friends,
/// `\label`, and `\tag` (reported, since the site numbers labelled equations itself).
enum Styles {
    static let commands: [String: Command] = [
        "displaystyle": Command { parser, _ throws(MathError) in try restStyled(display: true, scriptLevel: 0, parser: &parser) },
        "textstyle": Command { parser, _ throws(MathError) in try restStyled(display: false, scriptLevel: 0, parser: &parser) },
        "scriptstyle": Command { parser, _ throws(MathError) in try restStyled(display: false, scriptLevel: 1, parser: &parser) },
        "scriptscriptstyle": Command { parser, _ throws(MathError) in
            try restStyled(display: false, scriptLevel: 2, parser: &parser)
        },
        "label": Command { parser, token throws(MathError) in try label(token, parser: &parser) },
        "tag": Command { _, token throws(MathError) in
            throw MathError("\\tag is not supported", at: token.position,
                            hint: "use \\label{eq:name}: labelled display equations are numbered by the site")
        },
        "limits": Command { _, token throws(MathError) in throw misplacedLimits(token) },
        "nolimits": Command { _, token throws(MathError) in throw misplacedLimits(token) },
        "nonumber": Command { _, _ in nil },
        "notag": Command { _, _ in nil },
    ]

    /// `\limits` with no operator before it (after one, `Scripts` handles it).
    static func misplacedLimits(_ token: Token) -> MathError {
        MathError("\(token.spelling) is only allowed after an operator such as \\sum", at: token.position,
                  hint: "remove it, or put it right after \\sum, \\int or \\lim")
    }

    /// A style switch applies to the rest of the enclosing group.
    static func restStyled(display: Bool, scriptLevel: Int, parser: inout Parser) throws(MathError) -> MathNode {
        let saved = parser.displayStyle
        parser.displayStyle = display
        defer { parser.displayStyle = saved }
        let rest = try parser.parseExpression()
        return MathNode("mstyle", children: rest,
                        attributes: [("displaystyle", display ? "true" : "false"), ("scriptlevel", String(scriptLevel))])
    }

    /// `\label{eq:name}`: recorded for the site, drawn as nothing.
    static func label(_ token: Token, parser: inout Parser) throws(MathError) -> MathNode? {
        guard parser.displayMode else {
            throw MathError("\\label is only allowed in display math", at: token.position,
                            hint: "move the equation to its own $$ … $$ block to label it")
        }
        guard parser.label == nil else {
            throw MathError("a second \\label in the same equation", at: token.position, hint: "keep one \\label per equation")
        }
        let name = String(try parser.parseRawArgument(for: token).split(separator: " ").joined(separator: " "))
        guard !name.isEmpty else {
            throw MathError("empty \\label", at: token.position, hint: "name the equation, e.g. \\label{eq:update}")
        }
        parser.label = name
        return nil
    }
}
