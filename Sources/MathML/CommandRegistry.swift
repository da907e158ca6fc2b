/// What a command does once its name has been read: it reads its own arguments through the
/// parser and returns its node (or nil when it draws nothing, like `\label`).
struct Command: Sendable {
    typealias Handler = @Sendable (inout Parser, Token) throws(MathError) -> MathNode?
    var handler: Handler

    init(_ handler: @escaping Handler) {
        self.handler = handler
    }
}

/// Every supported command, gathered from one table per command family.
enum CommandRegistry {
    /// The families, each a table from command name (without backslash) to command.
    static let families: [(name: String, commands: [String: Command])] = [
        ("symbols", Symbols.commands),
        ("functions", Functions.commands),
        ("fonts", Fonts.commands),
        ("text", TextCommands.commands),
        ("fractions", Fractions.commands),
        ("accents", Accents.commands),
        ("delimiters", Delimiters.commands),
        ("spacing", Spacing.commands),
        ("styles", Styles.commands),
        ("environments", Environments.commands),
        ("arrows", Arrows.commands),
        ("colors", Colors.commands),
    ]

    /// All commands by name. A name defined by two families is a programming error,
    /// caught by the registry tests; the first family wins.
    static let commands: [String: Command] = {
        var all: [String: Command] = [:]
        for family in families {
            all.merge(family.commands) { first, _ in first }
        }
        return all
    }()

    /// All supported command names, sorted, for suggestions and documentation.
    static let names: [String] = commands.keys.sorted()

    /// The error for a command that is not in the registry, with a "did you mean" hint.
    static func unsupported(_ token: Token, macros: MathMacros = MathMacros()) -> MathError {
        if case .command("") = token.kind {
            return MathError("incomplete command \\", at: token.position,
                             hint: "write \\backslash for a backslash, or finish the command name")
        }
        guard case .command(let name) = token.kind else { return MathError("unexpected \(token.spelling)", at: token.position) }
        let hint: String
        if let suggestion = Suggestions.closest(to: name, among: macros.names + names) {
            hint = "did you mean \\\(suggestion)?"
        } else {
            hint = "the course's LaTeX converter supports the commands listed in Sources/MathML (symbols, functions, fonts, …)"
        }
        return MathError("unsupported command \(token.spelling)", at: token.position, hint: hint)
    }
}
