/// Stretchy delimiters: `\left … \middle … \right` and the fixed sizes `\big`, `\Big`,
/// `\bigg`, `\Bigg` (with their `l`, `r`, `m` forms).
enum Delimiters {
    /// Characters that may follow `\left`, `\right`, `\middle` or `\big`.
    static let characters: [Character: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", "<": "⟨", ">": "⟩", ".": "",
    ]

    /// Commands that may follow them.
    static let names: [String: String] = [
        "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "langle": "⟨", "rangle": "⟩", "lvert": "|",
        "rvert": "|", "vert": "|", "lVert": "‖", "rVert": "‖", "Vert": "‖", "|": "‖", "lfloor": "⌊",
        "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "lbrack": "[", "rbrack": "]", "backslash": "\\",
        "uparrow": "↑", "downarrow": "↓", "Uparrow": "⇑", "Downarrow": "⇓", "updownarrow": "↕",
    ]

    /// TeX's fixed delimiter heights, as Temml and KaTeX draw them.
    static let sizes: [String: String] = ["big": "1.2em", "Big": "1.623em", "bigg": "2.047em", "Bigg": "2.470em"]

    static let commands: [String: Command] = {
        var commands: [String: Command] = [
            "left": Command { parser, token throws(MathError) in try leftRight(token, parser: &parser) },
            "middle": Command { parser, token throws(MathError) in
                guard parser.leftDepth > 0 else {
                    throw MathError("\\middle outside \\left … \\right", at: token.position,
                                    hint: "put it between \\left and \\right")
                }
                let text = try delimiter(after: token, parser: &parser)
                return MathNode("mo", text: text, atom: .relation,
                                attributes: [("fence", "true"), ("form", "infix"), ("stretchy", "true")])
            },
        ]
        for (name, size) in sizes {
            let variants: [(String, AtomClass, String?)] = [
                ("", .ord, nil), ("l", .open, "prefix"), ("r", .close, "postfix"), ("m", .relation, "infix"),
            ]
            for (suffix, atom, form) in variants {
                commands[name + suffix] = Command { parser, token throws(MathError) in
                    let text = try delimiter(after: token, parser: &parser)
                    var attributes = [("stretchy", "true"), ("symmetric", "true"), ("minsize", size), ("maxsize", size)]
                    if let form { attributes.insert(("form", form), at: 0) }
                    if text.isEmpty { return MathNode.space("0em") }
                    return MathNode("mo", text: text, atom: atom, attributes: attributes)
                }
            }
        }
        return commands
    }()

    /// Reads the delimiter after `command`; "" stands for the invisible `.`.
    static func delimiter(after command: Token, parser: inout Parser) throws(MathError) -> String {
        parser.skipSpaces()
        let token = parser.current
        var text: String?
        switch token.kind {
        case .character(let character): text = characters[character]
        case .command(let name): text = names[name]
        default: text = nil
        }
        guard let text else {
            throw MathError("missing delimiter after \(command.spelling)", at: token.kind == .end ? command.position : token.position,
                            hint: "follow \(command.spelling) with a delimiter such as ( [ | \\{ \\langle or . for none")
        }
        parser.advance()
        return text
    }

    /// `\left( … \right)`: a row between two delimiters that stretch to its height.
    static func leftRight(_ token: Token, parser: inout Parser) throws(MathError) -> MathNode {
        let open = try delimiter(after: token, parser: &parser)
        parser.leftDepth += 1
        let body = try parser.parseExpression()
        parser.leftDepth -= 1
        guard parser.current.kind == .command("right") else {
            throw parser.missing("missing \\right for \\left", opener: token,
                                 hint: "add \\right) (or \\right. for no closing delimiter)")
        }
        let rightToken = parser.current
        parser.advance()
        let close = try delimiter(after: rightToken, parser: &parser)
        var children: [MathNode] = []
        if !open.isEmpty { children.append(fence(open, form: "prefix", atom: .open)) }
        children += body
        if !close.isEmpty { children.append(fence(close, form: "postfix", atom: .close)) }
        return MathNode("mrow", children: children, atom: .inner)
    }

    static func fence(_ text: String, form: String, atom: AtomClass) -> MathNode {
        MathNode("mo", text: text, atom: atom, attributes: [("fence", "true"), ("form", form), ("stretchy", "true")])
    }
}
