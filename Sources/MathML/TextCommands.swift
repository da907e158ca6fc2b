/// `\text{…}` and its relatives: the argument is kept as written, spaces included.
enum TextCommands {
    static let fonts: [String: MathFont?] = [
        "text": nil, "textrm": nil, "textnormal": nil, "mbox": nil, "textup": nil,
        "textbf": .bold, "textit": .italic, "texttt": .monospace, "textsf": .sansSerif,
    ]

    static let commands: [String: Command] = fonts.mapValues { font in
        Command { parser, token throws(MathError) in
            let raw = try parser.parseRawArgument(for: token)
            let text = font.map { $0.map(text: raw) } ?? raw
            return MathNode("mtext", text: keepingEdgeSpaces(text))
        }
    }

    /// Leading and trailing spaces would be dropped by the browser: make them non-breaking.
    static func keepingEdgeSpaces(_ text: String) -> String {
        var characters = Array(text)
        if let first = characters.indices.first, characters[first] == " " { characters[first] = "\u{A0}" }
        if let last = characters.indices.last, characters[last] == " " { characters[last] = "\u{A0}" }
        return String(characters)
    }
}
