/// Splits LaTeX math into tokens, dropping `%` comments and tracking line and column.
///
/// The lexer never fails: a lone trailing backslash becomes the command with an empty
/// name, which the parser reports.
struct Lexer {
    /// Tokenizes the whole source; the last token is always `.end`.
    static func tokenize(_ source: String) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(source)
        var index = 0
        var line = 1
        var column = 1

        func advance() {
            if characters[index] == "\n" || characters[index] == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }

        while index < characters.count {
            let character = characters[index]
            let position = SourcePosition(line: line, column: column)
            if character == "%" {
                while index < characters.count, characters[index] != "\n", characters[index] != "\r\n" { advance() }
                continue
            }
            if character.isWhitespace {
                while index < characters.count, characters[index].isWhitespace { advance() }
                if tokens.last?.kind != .space { tokens.append(Token(kind: .space, position: position)) }
                continue
            }
            if character == "\\" {
                advance()
                var name = ""
                if index < characters.count, isLetter(characters[index]) {
                    while index < characters.count, isLetter(characters[index]) {
                        name.append(characters[index])
                        advance()
                    }
                } else if index < characters.count, !characters[index].isNewline {
                    name.append(characters[index])
                    advance()
                }
                tokens.append(Token(kind: .command(name), position: position))
                continue
            }
            let kind: Token.Kind
            switch character {
            case "{": kind = .openBrace
            case "}": kind = .closeBrace
            case "^": kind = .caret
            case "_": kind = .underscore
            case "&": kind = .ampersand
            case "~": kind = .tilde
            default: kind = .character(character)
            }
            tokens.append(Token(kind: kind, position: position))
            advance()
        }
        tokens.append(Token(kind: .end, position: SourcePosition(line: line, column: column)))
        return tokens
    }

    /// Command names are ASCII letters only, as in TeX.
    static func isLetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }
}
