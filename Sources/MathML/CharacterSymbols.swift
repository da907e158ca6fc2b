/// Symbols written as plain characters in the source.
enum CharacterSymbols {
    static let table: [Character: Symbol] = [
        "+": Symbol("+", .mo(.binary)),
        "-": Symbol("\u{2212}", .mo(.binary)),
        "*": Symbol("\u{2217}", .mo(.binary)),
        "/": Symbol("/", .mo(.ord)),
        "=": Symbol("=", .mo(.relation)),
        "<": Symbol("<", .mo(.relation)),
        ">": Symbol(">", .mo(.relation)),
        ":": Symbol(":", .mo(.relation)),
        ",": Symbol(",", .mo(.punctuation)),
        ";": Symbol(";", .mo(.punctuation)),
        "!": Symbol("!", .mo(.close)),
        "?": Symbol("?", .mo(.close)),
        ".": Symbol(".", .mo(.ord)),
        "@": Symbol("@", .mo(.ord)),
        "\"": Symbol("\u{201D}", .mo(.ord)),
        "`": Symbol("\u{2018}", .mo(.ord)),
        "(": Symbol("(", .fence(.open)),
        ")": Symbol(")", .fence(.close)),
        "[": Symbol("[", .fence(.open)),
        "]": Symbol("]", .fence(.close)),
        "|": Symbol("|", .fence(.ord)),
    ]

    /// Parses the character at the current token: a number, letters or a symbol.
    static func parse(_ character: Character, singleToken: Bool, parser: inout Parser) throws(MathError) -> MathNode {
        let token = parser.current
        if character.isASCII, character.isNumber {
            return number(singleToken: singleToken, parser: &parser)
        }
        if character.isLetter {
            return identifier(singleToken: singleToken, parser: &parser)
        }
        parser.advance()
        if let symbol = table[character] ?? Symbols.byText[character] { return symbol.node(font: parser.font) }
        switch character {
        case "$":
            throw MathError("unexpected $ inside math", at: token.position,
                            hint: "the formula ends at the closing $; write \\$ for a dollar sign")
        case "#":
            throw MathError("unexpected # inside math", at: token.position, hint: "write \\# for a hash sign")
        default:
            if character.isASCII, !character.isPunctuation, !character.isSymbol {
                throw MathError("unexpected character \(character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined())",
                                at: token.position, hint: "remove the control character")
            }
            return MathNode("mo", text: String(character))
        }
    }

    /// Digits with at most one decimal point between digits form one `<mn>`.
    static func number(singleToken: Bool, parser: inout Parser) -> MathNode {
        var text = ""
        var seenPoint = false
        while case .character(let character) = parser.current.kind {
            if character.isASCII, character.isNumber {
                text.append(character)
            } else if character == ".", !seenPoint, !text.isEmpty,
                      case .character(let next) = parser.tokens[parser.index + 1].kind, next.isASCII, next.isNumber {
                seenPoint = true
                text.append(character)
            } else {
                break
            }
            parser.advance()
            if singleToken { break }
        }
        if let font = parser.font, font != .roman { text = font.map(text: text) }
        return MathNode("mn", text: text)
    }

    /// A letter as `<mi>`; in `\mathrm` adjacent letters form one upright identifier.
    static func identifier(singleToken: Bool, parser: inout Parser) -> MathNode {
        guard case .character(let first) = parser.current.kind else { return MathNode("mi", text: "") }
        parser.advance()
        if parser.font == .roman {
            var text = String(first)
            while !singleToken, case .character(let next) = parser.current.kind, next.isLetter {
                text.append(next)
                parser.advance()
            }
            if text.count == 1 { return MathNode("mi", text: text, attributes: [("mathvariant", "normal")]) }
            return MathNode("mi", text: text)
        }
        return Symbol(String(first), .identifier).node(font: parser.font)
    }
}
