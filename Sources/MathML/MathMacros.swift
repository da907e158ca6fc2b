/// Author macros: `\newcommand{\vx}{\mathbf{x}}` written once for a whole book, expanded
/// wherever a formula uses them.
///
/// The definitions file understands, one definition after another (`%` comments allowed):
///
/// ```tex
/// \newcommand{\vx}{\mathbf{x}}                      % no argument
/// \newcommand{\norm}[1]{\left\lVert #1 \right\rVert} % #1 … #9
/// \newcommand{\E}[1][x]{\mathbb{E}_{#1}}             % optional first argument, default x
/// \renewcommand{\epsilon}{\varepsilon}               % replaces a built-in command
/// \DeclareMathOperator{\tr}{tr}                      % an upright operator name
/// \DeclareMathOperator*{\esssup}{ess\,sup}           % … with limits under it in display
/// ```
///
/// Expansion is TeX's: the body's tokens replace the call, with each `#n` replaced by the
/// tokens of the n-th argument (a `{…}` group without its braces, or a single token).
/// Expanded tokens carry the position of the call, so an error inside a macro is reported
/// where the macro was used. A macro that expands forever is stopped by the parser's depth
/// limit or by ``maxExpansions``.
public struct MathMacros: Sendable, Hashable {
    /// One macro.
    struct Definition: Sendable, Hashable {
        var name: String
        var arguments: Int
        /// The default of the optional first argument, when there is one.
        var optionalDefault: [Token]?
        var body: [Token]
    }

    /// More expansions than this in one formula are reported as a runaway macro.
    static let maxExpansions = 10_000

    /// The definitions by command name (without backslash).
    var definitions: [String: Definition] = [:]

    /// No macros.
    public init() {}

    /// The names defined, sorted, without backslashes.
    public var names: [String] { definitions.keys.sorted() }

    /// Reads a definitions file.
    /// - Throws: ``MathError`` at the line and column (within `source`) of the first problem:
    ///   anything but a definition, a malformed one, a name defined twice, `\newcommand` for a
    ///   built-in command (use `\renewcommand`), or `#n` beyond the declared argument count.
    public static func parse(_ source: String) throws(MathError) -> MathMacros {
        var reader = DefinitionReader(tokens: Lexer.tokenize(source))
        var macros = MathMacros()
        while let definition = try reader.next() {
            if macros.definitions[definition.name.name] != nil {
                throw MathError("\\\(definition.name.name) is defined twice", at: definition.name.position,
                                hint: "keep one definition of \\\(definition.name.name)")
            }
            macros.definitions[definition.name.name] = definition.macro
        }
        return macros
    }
}

extension MathMacros.Definition {
    /// Replaces the call at the parser's current token (`\name` and its arguments) with the body.
    func expand(at call: Token, parser: inout Parser) throws(MathError) {
        parser.expansions += 1
        guard parser.expansions <= MathMacros.maxExpansions else {
            throw MathError("macro \\\(name) expands without end", at: call.position,
                            hint: "a macro must not use itself, directly or through another macro")
        }
        let start = parser.index
        parser.advance()
        var values: [[Token]] = []
        var first = 1
        if let optionalDefault {
            first = 2
            if parser.peekPastSpaces().kind == .character("[") {
                parser.skipSpaces()
                values.append(try optionalArgument(after: call, parser: &parser))
            } else {
                values.append(optionalDefault)
            }
        }
        if arguments >= first {
            for _ in first...arguments {
                values.append(try argument(after: call, parser: &parser))
            }
        }
        var expanded: [Token] = []
        var index = 0
        while index < body.count {
            let token = body[index]
            if token.kind == .character("#"), index + 1 < body.count, case .character(let digit) = body[index + 1].kind,
               let number = digit.wholeNumberValue, number >= 1, number <= values.count {
                expanded += values[number - 1].map { Token(kind: $0.kind, position: call.position) }
                index += 2
                continue
            }
            expanded.append(Token(kind: token.kind, position: call.position))
            index += 1
        }
        parser.tokens.replaceSubrange(start..<parser.index, with: expanded)
        parser.index = start
    }

    /// A mandatory argument at the call: the tokens inside `{…}`, or one token.
    private func argument(after call: Token, parser: inout Parser) throws(MathError) -> [Token] {
        parser.skipSpaces()
        let token = parser.current
        switch token.kind {
        case .openBrace:
            return try balanced(opener: token, until: .closeBrace, parser: &parser)
        case .end, .closeBrace, .ampersand, .caret, .underscore:
            throw MathError("missing argument for \\\(name)", at: call.position,
                            hint: "\\\(name) takes \(arguments) argument\(arguments == 1 ? "" : "s"), e.g. \\\(name){x}")
        default:
            parser.advance()
            return [token]
        }
    }

    /// The optional argument `[…]` at the call, without its brackets.
    private func optionalArgument(after call: Token, parser: inout Parser) throws(MathError) -> [Token] {
        try balanced(opener: parser.current, until: .character("]"), parser: &parser)
    }

    /// Tokens up to the matching closer (braces nest), consuming the opener and the closer.
    private func balanced(opener: Token, until closer: Token.Kind, parser: inout Parser) throws(MathError) -> [Token] {
        parser.advance()
        var tokens: [Token] = []
        var nesting = 0
        while true {
            let token = parser.current
            if token.kind == .end {
                throw MathError("missing \(closer == .closeBrace ? "}" : "]") for an argument of \\\(name)",
                                at: opener.position, hint: "close the argument opened here")
            }
            if nesting == 0, token.kind == closer {
                parser.advance()
                return tokens
            }
            if token.kind == .openBrace { nesting += 1 }
            if token.kind == .closeBrace { nesting -= 1 }
            tokens.append(token)
            parser.advance()
        }
    }
}

/// Reads `\newcommand`, `\renewcommand` and `\DeclareMathOperator` definitions from tokens.
private struct DefinitionReader {
    struct Read {
        var name: (name: String, position: SourcePosition)
        var macro: MathMacros.Definition
    }

    let tokens: [Token]
    var index = 0

    var current: Token { tokens[index] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    mutating func skipSpaces() {
        while current.kind == .space { advance() }
    }

    /// The next definition, or nil at the end of the file.
    mutating func next() throws(MathError) -> Read? {
        skipSpaces()
        let command = current
        switch command.kind {
        case .end:
            return nil
        case .command("newcommand"), .command("renewcommand"):
            advance()
            let isNew = command.kind == .command("newcommand")
            let name = try macroName(for: command)
            if isNew, CommandRegistry.commands[name.name] != nil {
                throw MathError("\\\(name.name) is already a command", at: name.position,
                                hint: "choose another name, or write \\renewcommand to replace it")
            }
            if !isNew, CommandRegistry.commands[name.name] == nil {
                throw MathError("\\renewcommand for \\\(name.name), which is not a built-in command", at: name.position,
                                hint: "write \\newcommand for a new macro")
            }
            var arguments = 0
            var optionalDefault: [Token]?
            skipSpaces()
            if current.kind == .character("[") {
                arguments = try argumentCount(for: command)
                skipSpaces()
                if current.kind == .character("[") {
                    guard arguments >= 1 else {
                        throw MathError("a default for the optional argument, but no argument", at: current.position,
                                        hint: "declare the arguments first: \\newcommand{\\\(name.name)}[1][default]{…}")
                    }
                    optionalDefault = try group(closing: .character("]"), for: command)
                }
            }
            let body = try bodyGroup(for: command)
            try checkParameters(body, arguments: arguments)
            return Read(name: name, macro: .init(name: name.name, arguments: arguments, optionalDefault: optionalDefault, body: body))
        case .command("DeclareMathOperator"):
            advance()
            var star = false
            if current.kind == .character("*") {
                star = true
                advance()
            }
            let name = try macroName(for: command)
            if CommandRegistry.commands[name.name] != nil {
                throw MathError("\\\(name.name) is already a command", at: name.position, hint: "choose another name")
            }
            let text = try bodyGroup(for: command)
            let position = command.position
            var body = [Token(kind: .command("operatorname"), position: position)]
            if star { body.append(Token(kind: .character("*"), position: position)) }
            body.append(Token(kind: .openBrace, position: position))
            body += text
            body.append(Token(kind: .closeBrace, position: position))
            return Read(name: name, macro: .init(name: name.name, arguments: 0, optionalDefault: nil, body: body))
        default:
            throw MathError("expected \\newcommand, \\renewcommand or \\DeclareMathOperator, found \(command.spelling)",
                            at: command.position, hint: "this file holds macro definitions only, one after another")
        }
    }

    /// `{\name}` or `\name`.
    mutating func macroName(for command: Token) throws(MathError) -> (name: String, position: SourcePosition) {
        skipSpaces()
        let braced = current.kind == .openBrace
        if braced { advance(); skipSpaces() }
        guard case .command(let name) = current.kind, !name.isEmpty, name.allSatisfy(Lexer.isLetter) else {
            throw MathError("\(command.spelling) needs a macro name such as \\vx", at: current.position,
                            hint: "write \(command.spelling){\\vx}{\\mathbf{x}}")
        }
        let position = current.position
        advance()
        if braced {
            skipSpaces()
            guard current.kind == .closeBrace else {
                throw MathError("missing } after the macro name \\\(name)", at: current.position, hint: "write {\\\(name)}")
            }
            advance()
        }
        return (name, position)
    }

    /// `[n]` with n from 1 to 9.
    mutating func argumentCount(for command: Token) throws(MathError) -> Int {
        let open = current
        advance()
        skipSpaces()
        guard case .character(let digit) = current.kind, let count = digit.wholeNumberValue, (1...9).contains(count) else {
            throw MathError("the argument count must be a digit from 1 to 9", at: current.position, hint: "write [1] … [9]")
        }
        advance()
        skipSpaces()
        guard current.kind == .character("]") else {
            throw MathError("missing ] after the argument count", at: open.position, hint: "write [\(count)]")
        }
        advance()
        return count
    }

    /// The `{…}` body, braces nested inside kept.
    mutating func bodyGroup(for command: Token) throws(MathError) -> [Token] {
        skipSpaces()
        guard current.kind == .openBrace else {
            throw MathError("missing body for \(command.spelling)", at: current.position,
                            hint: "write the definition in braces, e.g. {\\mathbf{x}}")
        }
        return try group(closing: .closeBrace, for: command)
    }

    /// Tokens from the current opener to its closer, both dropped.
    mutating func group(closing: Token.Kind, for command: Token) throws(MathError) -> [Token] {
        let open = current
        advance()
        var nesting = 0
        var body: [Token] = []
        while true {
            let token = current
            if token.kind == .end {
                throw MathError("missing \(closing == .closeBrace ? "}" : "]") for \(command.spelling)", at: open.position,
                                hint: "close the group opened here")
            }
            if nesting == 0, token.kind == closing {
                advance()
                return body
            }
            if token.kind == .openBrace { nesting += 1 }
            if token.kind == .closeBrace { nesting -= 1 }
            body.append(token)
            advance()
        }
    }

    /// Every `#` in a body must be `#1` … `#n`.
    func checkParameters(_ body: [Token], arguments: Int) throws(MathError) {
        for (index, token) in body.enumerated() where token.kind == .character("#") {
            let next = index + 1 < body.count ? body[index + 1] : nil
            guard let next, case .character(let digit) = next.kind, let number = digit.wholeNumberValue,
                  number >= 1, number <= arguments else {
                throw MathError("# must be followed by an argument number from 1 to \(max(arguments, 1))", at: token.position,
                                hint: arguments == 0 ? "declare the arguments: \\newcommand{\\name}[1]{… #1 …}"
                                    : "this macro has \(arguments) argument\(arguments == 1 ? "" : "s")")
            }
        }
    }
}
