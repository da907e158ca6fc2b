/// Commands about the formula rather than a symbol: `\displaystyle` and friends,
/// `\label`, `\tag` (an equation number chosen by the author) and `\eqref`.
enum Styles {
    static let commands: [String: Command] = [
        "displaystyle": Command { parser, _ throws(MathError) in try restStyled(display: true, scriptLevel: 0, parser: &parser) },
        "textstyle": Command { parser, _ throws(MathError) in try restStyled(display: false, scriptLevel: 0, parser: &parser) },
        "scriptstyle": Command { parser, _ throws(MathError) in try restStyled(display: false, scriptLevel: 1, parser: &parser) },
        "scriptscriptstyle": Command { parser, _ throws(MathError) in
            try restStyled(display: false, scriptLevel: 2, parser: &parser)
        },
        "label": Command { parser, token throws(MathError) in try label(token, parser: &parser) },
        "tag": Command { parser, token throws(MathError) in try tag(token, parser: &parser) },
        "eqref": Command { parser, token throws(MathError) in try equationReference(token, parser: &parser) },
        "newcommand": Command { _, token throws(MathError) in throw definitionInFormula(token) },
        "renewcommand": Command { _, token throws(MathError) in throw definitionInFormula(token) },
        "DeclareMathOperator": Command { _, token throws(MathError) in throw definitionInFormula(token) },
        "limits": Command { _, token throws(MathError) in throw misplacedLimits(token) },
        "nolimits": Command { _, token throws(MathError) in throw misplacedLimits(token) },
        "nonumber": Command { _, _ in nil },
        "notag": Command { _, _ in nil },
    ]

    /// Macros are defined once for the book, not inside a formula.
    static func definitionInFormula(_ token: Token) -> MathError {
        MathError("\(token.spelling) inside a formula", at: token.position,
                  hint: "define macros once for the whole book, in the macros file (chapters/macros.tex)")
    }

    /// `\tag{A}` draws "(A)" as the equation's number; `\tag*{A}` draws "A".
    static func tag(_ token: Token, parser: inout Parser) throws(MathError) -> MathNode? {
        guard parser.displayMode else {
            throw MathError("\\tag is only allowed in display math", at: token.position,
                            hint: "move the equation to its own $$ … $$ block")
        }
        guard parser.tag == nil else {
            throw MathError("a second \\tag in the same equation", at: token.position, hint: "keep one \\tag per equation")
        }
        var starred = false
        if parser.peekPastSpaces().kind == .character("*") {
            parser.skipSpaces()
            parser.advance()
            starred = true
        }
        let text = String(try parser.parseRawArgument(for: token).split(separator: " ").joined(separator: " "))
        guard !text.isEmpty else {
            throw MathError("empty \\tag", at: token.position, hint: "write the number to show, e.g. \\tag{5a}")
        }
        parser.tag = starred ? text : "(\(text))"
        return nil
    }

    /// `\eqref{name}`: the number of a labelled equation in parentheses. The converter writes
    /// `<mtext data-eqref="name">(name)</mtext>`; the site replaces it with the linked number.
    static func equationReference(_ token: Token, parser: inout Parser) throws(MathError) -> MathNode {
        let name = String(try parser.parseRawArgument(for: token).split(separator: " ").joined(separator: " "))
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_:./".contains($0) }) else {
            throw MathError("\\eqref needs an equation label such as eq:update", at: token.position,
                            hint: "labels are letters, digits and - _ : . /")
        }
        parser.equationReferences.append(name)
        return MathNode("mtext", text: "(\(name))", attributes: [("data-eqref", name)])
    }

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
