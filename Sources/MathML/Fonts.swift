/// Font commands (`\mathbf`, `\boldsymbol`, `\mathbb`, `\mathcal`, `\mathrm`, …): their
/// argument is parsed with letters and digits drawn from a math alphabet.
enum Fonts {
    static let fonts: [String: MathFont] = [
        "mathbf": .bold, "boldsymbol": .boldItalic, "bm": .boldItalic, "mathbb": .doubleStruck,
        "mathcal": .script, "mathscr": .script, "mathfrak": .fraktur, "mathsf": .sansSerif,
        "mathtt": .monospace, "mathit": .italic, "mathrm": .roman,
    ]

    static let commands: [String: Command] = fonts.mapValues { font in
        Command { parser, token throws(MathError) in
            let saved = parser.font
            parser.font = font
            defer { parser.font = saved }
            return try parser.parseArgument(for: token)
        }
    }
}
