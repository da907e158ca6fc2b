/// Accents over or under a base: `\hat`, `\bar`, `\tilde`, `\dot`, `\vec`, `\overline`, …
enum Accents {
    struct Accent: Sendable {
        /// The accent character.
        var text: String
        /// Whether it widens to cover the base (`\widehat`, `\overline`).
        var stretchy: Bool
        var under = false
        /// Braces take limits (`\underbrace{…}_{n}` puts n under the brace).
        var takesLimits = false
    }

    static let accents: [String: Accent] = [
        "hat": Accent(text: "^", stretchy: false), "widehat": Accent(text: "^", stretchy: true),
        "bar": Accent(text: "\u{00AF}", stretchy: false), "overline": Accent(text: "\u{203E}", stretchy: true),
        "tilde": Accent(text: "~", stretchy: false), "widetilde": Accent(text: "~", stretchy: true),
        "dot": Accent(text: "\u{02D9}", stretchy: false), "ddot": Accent(text: "\u{00A8}", stretchy: false),
        "vec": Accent(text: "\u{2192}", stretchy: false), "check": Accent(text: "\u{02C7}", stretchy: false),
        "breve": Accent(text: "\u{02D8}", stretchy: false), "acute": Accent(text: "\u{00B4}", stretchy: false),
        "grave": Accent(text: "`", stretchy: false), "mathring": Accent(text: "\u{02DA}", stretchy: false),
        "overrightarrow": Accent(text: "\u{2192}", stretchy: true),
        "overleftarrow": Accent(text: "\u{2190}", stretchy: true),
        "underline": Accent(text: "_", stretchy: true, under: true),
        "overbrace": Accent(text: "\u{23DE}", stretchy: true, takesLimits: true),
        "underbrace": Accent(text: "\u{23DF}", stretchy: true, under: true, takesLimits: true),
    ]

    static let commands: [String: Command] = accents.mapValues { accent in
        Command { parser, token throws(MathError) in
            let base = try parser.parseArgument(for: token)
            var mark = MathNode("mo", text: accent.text)
            if !accent.stretchy { mark.set("stretchy", "false") }
            let tag = accent.under ? "munder" : "mover"
            var node = MathNode(tag, children: [base, mark], atom: base.atom)
            if !accent.takesLimits {
                node.set(accent.under ? "accentunder" : "accent", "true")
            } else {
                node.atom = .largeOperator
                node.limits = .always
            }
            return node
        }
    }
}
