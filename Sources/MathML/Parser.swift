/// Recursive-descent parser from tokens straight to MathML nodes.
///
/// The parser owns the reading position and the TeX state that decides how things are
/// drawn (display style, current font); what each command does lives in the
/// `CommandRegistry`. Every recursion passes through `parsePrimary`, which enforces
/// `maxDepth`, so no input can exhaust the stack.
struct Parser {
    /// Deeper nesting than this is reported as an error rather than risking the stack.
    static let maxDepth = 100

    /// The tokens still to read; author macros are expanded in place (``MathMacros``).
    var tokens: [Token]
    var index = 0
    /// The author's macros (`\newcommand`), expanded as they are met.
    let macros: MathMacros
    /// How many macro expansions this formula has done (bounded by ``MathMacros/maxExpansions``).
    var expansions = 0
    /// Whether the formula is display math (`$$…$$`).
    let displayMode: Bool
    /// TeX's display style: decides whether movable limits go under and over.
    var displayStyle: Bool
    /// The alphabet letters and digits are currently drawn in (`\mathbf`, …), if any.
    var font: MathFont?
    /// Whether a `]` ends the current expression (inside an optional argument).
    var stopAtBracket = false
    /// The `\label{…}` seen so far.
    var label: String?
    /// The `\tag{…}` seen so far, as drawn: `(A)`, or `A` for `\tag*{A}`.
    var tag: String?
    /// Equations referred to by `\eqref{…}`, in order.
    var equationReferences: [String] = []

    // Open constructs, used to decide which error a misplaced terminator deserves.
    var depth = 0
    var groupDepth = 0
    var leftDepth = 0
    var environmentDepth = 0

    init(_ source: String, displayMode: Bool, macros: MathMacros = MathMacros()) {
        self.tokens = Lexer.tokenize(source)
        self.macros = macros
        self.displayMode = displayMode
        self.displayStyle = displayMode
    }

    // MARK: Reading tokens

    var current: Token { tokens[index] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    mutating func skipSpaces() {
        while current.kind == .space { advance() }
    }

    /// The next non-space token, without consuming anything.
    func peekPastSpaces() -> Token {
        var cursor = index
        while tokens[cursor].kind == .space, cursor < tokens.count - 1 { cursor += 1 }
        return tokens[cursor]
    }

    // MARK: Whole formula

    /// Parses the whole formula into the children of the top-level row.
    mutating func parseFormula() throws(MathError) -> [MathNode] {
        let nodes = try parseExpression()
        if current.kind != .end { throw unexpected(current) }
        return nodes
    }

    // MARK: Expressions

    /// Whether a token ends the expression being parsed (the caller decides if it may).
    func isTerminator(_ token: Token) -> Bool {
        switch token.kind {
        case .end, .closeBrace, .ampersand: return true
        case .command(let name): return name == "\\" || name == "right" || name == "end"
        case .character("]"): return stopAtBracket
        default: return false
        }
    }

    /// Parses atoms up to (not including) the next terminator and spaces the row.
    mutating func parseExpression() throws(MathError) -> [MathNode] {
        var nodes: [MathNode] = []
        while true {
            skipSpaces()
            if isTerminator(current) { break }
            if let node = try parseAtom() { nodes.append(node) }
        }
        return RowSpacing.apply(to: nodes)
    }

    /// A base with its sub- and superscripts, primes and `\limits`.
    mutating func parseAtom() throws(MathError) -> MathNode? {
        skipSpaces()
        var base: MathNode?
        switch current.kind {
        case .caret, .underscore, .character("'"):
            base = MathNode("mrow", children: [])
        default:
            base = try parsePrimary()
        }
        guard var node = base else { return nil }
        return try Scripts.attach(to: &node, parser: &self)
    }

    /// One item: a character, a `{…}` group or a command with its arguments.
    /// With `singleToken`, reads only one character (as for `\frac12`).
    mutating func parsePrimary(singleToken: Bool = false) throws(MathError) -> MathNode? {
        try enter()
        defer { depth -= 1 }
        let token = current
        switch token.kind {
        case .openBrace:
            return MathNode.row(try parseGroup(for: nil))
        case .character(let character):
            return try CharacterSymbols.parse(character, singleToken: singleToken, parser: &self)
        case .tilde:
            advance()
            return Spacing.nonBreakingSpace
        case .command(let name):
            if let macro = macros.definitions[name] {
                try macro.expand(at: token, parser: &self)
                return try parsePrimary(singleToken: singleToken)
            }
            guard let command = CommandRegistry.commands[name] else {
                throw CommandRegistry.unsupported(token, macros: macros)
            }
            advance()
            return try command.handler(&self, token)
        case .space:
            advance()
            return nil
        case .caret, .underscore, .ampersand, .closeBrace, .end:
            throw unexpected(token)
        }
    }

    /// Counts one more level of nesting; the caller decrements `depth` when it returns.
    mutating func enter() throws(MathError) {
        depth += 1
        if depth > Parser.maxDepth {
            throw MathError("formula is nested too deeply (more than \(Parser.maxDepth) levels)", at: current.position,
                            hint: "simplify the formula or split it into several")
        }
    }

    /// Parses `{…}` at the current token; `command` names the command it belongs to, for messages.
    mutating func parseGroup(for command: Token?) throws(MathError) -> [MathNode] {
        let open = current
        advance()
        let savedBracket = stopAtBracket
        stopAtBracket = false
        groupDepth += 1
        let nodes = try parseExpression()
        groupDepth -= 1
        stopAtBracket = savedBracket
        if current.kind == .closeBrace {
            advance()
            return nodes
        }
        let owner = command.map { " for " + $0.spelling } ?? ""
        throw missing("missing closing brace" + owner, opener: open, hint: "add } to close the { opened here")
    }

    // MARK: Arguments

    /// Whether the current token can start an argument.
    func canStartArgument(_ token: Token) -> Bool {
        switch token.kind {
        case .end, .closeBrace, .ampersand, .caret, .underscore: return false
        default: return !isTerminator(token)
        }
    }

    /// A required argument: a `{…}` group or a single token (`\frac12`, `\hat x`).
    mutating func parseArgument(for command: Token) throws(MathError) -> MathNode {
        skipSpaces()
        guard canStartArgument(current) else { throw missingArgument(for: command) }
        if current.kind == .openBrace { return MathNode.row(try parseGroup(for: command)) }
        guard let node = try parsePrimary(singleToken: true) else { throw missingArgument(for: command) }
        return node
    }

    /// An optional `[…]` argument, or nil when there is none.
    mutating func parseOptionalArgument(for command: Token) throws(MathError) -> MathNode? {
        guard peekPastSpaces().kind == .character("[") else { return nil }
        skipSpaces()
        let open = current
        advance()
        let savedBracket = stopAtBracket
        stopAtBracket = true
        let nodes = try parseExpression()
        stopAtBracket = savedBracket
        guard current.kind == .character("]") else {
            throw missing("missing ] for \(command.spelling)", opener: open, hint: "add ] to close the [ opened here")
        }
        advance()
        return MathNode.row(nodes)
    }

    /// The raw text of a `{…}` argument (for `\text`, `\label`, environment names),
    /// with `\`-escaped characters unescaped and whitespace runs collapsed to one space.
    mutating func parseRawArgument(for command: Token) throws(MathError) -> String {
        skipSpaces()
        guard current.kind == .openBrace else { throw missingArgument(for: command) }
        let open = current
        advance()
        var text = ""
        var nesting = 0
        while true {
            let token = current
            switch token.kind {
            case .end:
                throw missing("missing closing brace for \(command.spelling)", opener: open,
                              hint: "add } to close the { opened here")
            case .closeBrace where nesting == 0:
                advance()
                return text
            case .closeBrace:
                nesting -= 1
                text += "}"
            case .openBrace:
                nesting += 1
                if nesting > Parser.maxDepth {
                    throw MathError("formula is nested too deeply (more than \(Parser.maxDepth) levels)",
                                    at: token.position)
                }
                text += "{"
            case .space:
                text += " "
            case .command(let name):
                guard let character = Parser.textEscapes[name] else {
                    throw MathError("unsupported command \(token.spelling) in \(command.spelling)", at: token.position,
                                    hint: "only plain text and \\{ \\} \\& \\% \\$ \\# \\_ \\, are allowed here")
                }
                text += character
            default:
                text += token.spelling
            }
            advance()
        }
    }

    /// Control symbols that stand for a character inside text arguments.
    static let textEscapes: [String: String] = [
        "{": "{", "}": "}", "&": "&", "%": "%", "$": "$", "#": "#", "_": "_", " ": " ", ",": "\u{2009}",
        "\\": " ",
    ]

    // MARK: Errors

    /// A missing argument for a command, reported at the command.
    func missingArgument(for command: Token) -> MathError {
        MathError("missing argument for \(command.spelling)", at: command.position,
                  hint: "write the argument in braces, e.g. \(command.spelling){…}")
    }

    /// The closing part of a construct was not found. When the token found instead belongs
    /// to no enclosing construct, that token is the real mistake and is reported instead.
    func missing(_ message: String, opener: Token, hint: String) -> MathError {
        let token = current
        let ownedElsewhere: Bool
        switch token.kind {
        case .end: ownedElsewhere = true
        case .closeBrace: ownedElsewhere = groupDepth > 0
        case .ampersand: ownedElsewhere = environmentDepth > 0
        case .command(let name) where name == "\\" || name == "end": ownedElsewhere = environmentDepth > 0
        case .command("right"): ownedElsewhere = leftDepth > 0
        default: ownedElsewhere = true
        }
        if ownedElsewhere { return MathError(message, at: opener.position, hint: hint) }
        return unexpected(token)
    }

    /// A terminator found where nothing expects it.
    func unexpected(_ token: Token) -> MathError {
        switch token.kind {
        case .closeBrace:
            return MathError("unmatched closing brace", at: token.position, hint: "remove this } or add the { it closes")
        case .ampersand:
            return MathError("& outside an environment", at: token.position,
                             hint: "use & only inside \\begin{aligned}, cases or a matrix; write \\& for an ampersand")
        case .command("\\"):
            return MathError("\\\\ outside an environment", at: token.position,
                             hint: "put the lines in \\begin{aligned} … \\end{aligned}")
        case .command("right"):
            return MathError("\\right without a matching \\left", at: token.position, hint: "add \\left before it")
        case .command("end"):
            return MathError("\\end without a matching \\begin", at: token.position, hint: "add the \\begin{…} it closes")
        case .caret, .underscore:
            return MathError("missing argument for \(token.spelling)", at: token.position,
                             hint: "write the script after it, e.g. x\(token.spelling){2}")
        case .end:
            return MathError("unexpected end of formula", at: token.position, hint: "complete the formula")
        default:
            return MathError("unexpected \(token.spelling)", at: token.position, hint: "remove it")
        }
    }
}
