/// Explicit spaces: `\,` `\:` `\;` `\!` `\ ` `~` `\quad` `\qquad` and named widths.
enum Spacing {
    /// Widths in em (TeX's mu are 1/18 em).
    static let widths: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em", "medspace": "0.2222em",
        ";": "0.2778em", "thickspace": "0.2778em", "enspace": "0.5em", "quad": "1em", "qquad": "2em",
    ]

    /// `~` and `\ `: an unbreakable interword space.
    static let nonBreakingSpace = MathNode("mtext", text: "\u{A0}", atom: .space)

    static let commands: [String: Command] = {
        var commands = widths.mapValues { width in Command { _, _ in MathNode.space(width) } }
        commands[" "] = Command { _, _ in nonBreakingSpace }
        // MathML Core has no negative mspace width; a negative margin pulls the neighbours together.
        let negative = Command { _, _ in
            MathNode("mspace", children: [], atom: .space, attributes: [("style", "margin-left:-0.1667em")])
        }
        commands["!"] = negative
        commands["negthinspace"] = negative
        return commands
    }()
}
