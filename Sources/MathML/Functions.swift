/// Function names set upright (`\sin`, `\log`, `\max`, …) and `\operatorname`.
enum Functions {
    /// Names drawn as written, with scripts beside them.
    static let plain: [String] = [
        "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "coth", "arcsin", "arccos", "arctan",
        "log", "ln", "lg", "exp", "arg", "deg", "dim", "hom", "ker",
    ]

    /// Names whose limits go under in display style, with the text drawn when it differs.
    static let withLimits: [String: String] = [
        "lim": "lim", "max": "max", "min": "min", "sup": "sup", "inf": "inf", "det": "det", "gcd": "gcd",
        "Pr": "Pr", "liminf": "lim\u{2009}inf", "limsup": "lim\u{2009}sup", "argmin": "arg\u{2009}min",
        "argmax": "arg\u{2009}max",
    ]

    static let commands: [String: Command] = {
        var commands: [String: Command] = [:]
        for name in plain {
            commands[name] = Command { _, _ in function(name, limits: .beside) }
        }
        for (name, text) in withLimits {
            commands[name] = Command { _, _ in function(text, limits: .movable) }
        }
        commands["operatorname"] = Command { parser, token throws(MathError) in
            try operatorName(parser: &parser, token: token)
        }
        return commands
    }()

    /// A function name: an upright `<mi>` that the row spacing sets off with thin spaces.
    static func function(_ text: String, limits: LimitsPlacement) -> MathNode {
        var node = MathNode("mi", text: text, atom: .function)
        if text.count == 1 { node.set("mathvariant", "normal") }
        node.limits = limits
        return node
    }

    /// `\operatorname{name}` (scripts beside) or `\operatorname*{name}` (limits under in display).
    static func operatorName(parser: inout Parser, token: Token) throws(MathError) -> MathNode {
        var limits = LimitsPlacement.beside
        if parser.peekPastSpaces().kind == .character("*") {
            parser.skipSpaces()
            parser.advance()
            limits = .movable
        }
        let savedFont = parser.font
        parser.font = .roman
        defer { parser.font = savedFont }
        var node = try parser.parseArgument(for: token)
        if node.tag == "mi", let text = node.text {
            return function(text, limits: limits)
        }
        node.atom = .function
        node.limits = limits
        return node
    }
}
