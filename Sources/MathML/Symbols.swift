/// Commands that stand for a single symbol: Greek letters, ordinary symbols, binary
/// operators, relations, arrows, dots, delimiters used bare and large operators.
enum Symbols {
    static let greek: [String: Symbol] = {
        var table: [String: Symbol] = [:]
        let lower: [(String, String)] = [
            ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "\u{03F5}"),
            ("varepsilon", "ε"), ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "\u{03D1}"),
            ("iota", "ι"), ("kappa", "κ"), ("varkappa", "\u{03F0}"), ("lambda", "λ"), ("mu", "μ"), ("nu", "ν"),
            ("xi", "ξ"), ("omicron", "ο"), ("pi", "π"), ("varpi", "\u{03D6}"), ("rho", "ρ"), ("varrho", "\u{03F1}"),
            ("sigma", "σ"), ("varsigma", "ς"), ("tau", "τ"), ("upsilon", "υ"), ("phi", "\u{03D5}"),
            ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"),
        ]
        for (name, text) in lower { table[name] = Symbol(text, .identifier) }
        let upper: [(String, String)] = [
            ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"), ("Pi", "Π"),
            ("Sigma", "Σ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"),
        ]
        for (name, text) in upper {
            table[name] = Symbol(text, .uprightIdentifier)
            table["var" + name] = Symbol(text, .identifier)
        }
        return table
    }()

    static let ordinary: [String: Symbol] = [
        "ell": Symbol("ℓ", .identifier), "infty": Symbol("∞", .identifier), "nabla": Symbol("∇", .identifier),
        "partial": Symbol("∂", .identifier), "hbar": Symbol("ℏ", .identifier), "imath": Symbol("ı", .identifier),
        "jmath": Symbol("ȷ", .identifier), "aleph": Symbol("ℵ", .identifier), "Re": Symbol("ℜ", .identifier),
        "Im": Symbol("ℑ", .identifier), "wp": Symbol("℘", .identifier),
        "emptyset": Symbol("∅", .uprightIdentifier), "varnothing": Symbol("⌀", .uprightIdentifier),
        "top": Symbol("⊤", .uprightIdentifier), "intercal": Symbol("⊺", .uprightIdentifier), "bot": Symbol("⊥", .uprightIdentifier),
        "angle": Symbol("∠", .uprightIdentifier), "triangle": Symbol("△", .uprightIdentifier),
        "forall": Symbol("∀", .mo(.ord)), "exists": Symbol("∃", .mo(.ord)),
        "nexists": Symbol("∄", .mo(.ord)), "neg": Symbol("¬", .mo(.ord)), "lnot": Symbol("¬", .mo(.ord)),
        "prime": Symbol("′", .mo(.ord)), "degree": Symbol("°", .mo(.ord)),
        "%": Symbol("%", .mo(.ord)), "$": Symbol("$", .mo(.ord)), "#": Symbol("#", .mo(.ord)),
        "&": Symbol("&", .mo(.ord)), "_": Symbol("_", .mo(.ord)),
        "ldots": Symbol("…", .mo(.inner)), "dots": Symbol("…", .mo(.inner)),
        "dotsc": Symbol("…", .mo(.inner)), "dotsb": Symbol("⋯", .mo(.inner)),
        "cdots": Symbol("⋯", .mo(.inner)), "vdots": Symbol("⋮", .mo(.inner)),
        "ddots": Symbol("⋱", .mo(.inner)),
    ]

    static let binary: [String: Symbol] = {
        let pairs: [(String, String)] = [
            ("pm", "±"), ("mp", "∓"), ("times", "×"), ("div", "÷"), ("cdot", "⋅"), ("ast", "∗"), ("star", "⋆"),
            ("circ", "∘"), ("bullet", "∙"), ("odot", "⊙"), ("oplus", "⊕"), ("otimes", "⊗"), ("ominus", "⊖"),
            ("oslash", "⊘"), ("cup", "∪"), ("cap", "∩"), ("setminus", "∖"), ("wedge", "∧"), ("land", "∧"),
            ("vee", "∨"), ("lor", "∨"), ("dagger", "†"), ("ddagger", "‡"), ("sqcup", "⊔"), ("sqcap", "⊓"),
            ("uplus", "⊎"), ("wr", "≀"), ("diamond", "⋄"), ("bigtriangleup", "△"), ("bigtriangledown", "▽"),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, Symbol($0.1, .mo(.binary))) })
    }()

    static let relations: [String: Symbol] = {
        let pairs: [(String, String)] = [
            ("leq", "≤"), ("le", "≤"), ("geq", "≥"), ("ge", "≥"), ("neq", "≠"), ("ne", "≠"), ("approx", "≈"),
            ("equiv", "≡"), ("sim", "∼"), ("simeq", "≃"), ("cong", "≅"), ("propto", "∝"), ("in", "∈"),
            ("notin", "∉"), ("ni", "∋"), ("subset", "⊂"), ("subseteq", "⊆"), ("supset", "⊃"), ("supseteq", "⊇"),
            ("ll", "≪"), ("gg", "≫"), ("prec", "≺"), ("succ", "≻"), ("preceq", "⪯"), ("succeq", "⪰"),
            ("perp", "⊥"), ("parallel", "∥"), ("mid", "∣"), ("nmid", "∤"), ("models", "⊨"), ("vdash", "⊢"),
            ("coloneqq", "≔"), ("triangleq", "≜"), ("doteq", "≐"), ("asymp", "≍"), ("lesssim", "≲"),
            ("gtrsim", "≳"), ("leqslant", "⩽"), ("geqslant", "⩾"), ("colon", ":"),
            ("to", "→"), ("rightarrow", "→"), ("leftarrow", "←"), ("gets", "←"), ("Rightarrow", "⇒"),
            ("Leftarrow", "⇐"), ("leftrightarrow", "↔"), ("Leftrightarrow", "⇔"), ("iff", "⟺"),
            ("implies", "⟹"), ("impliedby", "⟸"), ("mapsto", "↦"), ("longmapsto", "⟼"),
            ("longrightarrow", "⟶"), ("longleftarrow", "⟵"), ("Longrightarrow", "⟹"), ("Longleftarrow", "⟸"),
            ("longleftrightarrow", "⟷"), ("uparrow", "↑"), ("downarrow", "↓"), ("Uparrow", "⇑"),
            ("Downarrow", "⇓"), ("nearrow", "↗"), ("searrow", "↘"), ("nwarrow", "↖"), ("swarrow", "↙"),
            ("hookrightarrow", "↪"), ("hookleftarrow", "↩"), ("rightleftharpoons", "⇌"),
        ]
        var table = Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, Symbol($0.1, .mo(.relation))) })
        table["colon"] = Symbol(":", .mo(.punctuation))
        return table
    }()

    /// Delimiters used without `\left`/`\right`: drawn at their natural size.
    static let delimiters: [String: Symbol] = [
        "{": Symbol("{", .fence(.open)), "}": Symbol("}", .fence(.close)),
        "lbrace": Symbol("{", .fence(.open)), "rbrace": Symbol("}", .fence(.close)),
        "langle": Symbol("⟨", .fence(.open)), "rangle": Symbol("⟩", .fence(.close)),
        "lvert": Symbol("|", .fence(.open)), "rvert": Symbol("|", .fence(.close)),
        "lVert": Symbol("‖", .fence(.open)), "rVert": Symbol("‖", .fence(.close)),
        "vert": Symbol("|", .fence(.ord)), "Vert": Symbol("‖", .fence(.ord)), "|": Symbol("‖", .fence(.ord)),
        "lfloor": Symbol("⌊", .fence(.open)), "rfloor": Symbol("⌋", .fence(.close)),
        "lceil": Symbol("⌈", .fence(.open)), "rceil": Symbol("⌉", .fence(.close)),
        "lbrack": Symbol("[", .fence(.open)), "rbrack": Symbol("]", .fence(.close)),
        "backslash": Symbol("\\", .fence(.ord)),
    ]

    static let largeOperators: [String: Symbol] = [
        "sum": Symbol("∑", .largeOperator(.movable)), "prod": Symbol("∏", .largeOperator(.movable)),
        "coprod": Symbol("∐", .largeOperator(.movable)), "bigcup": Symbol("⋃", .largeOperator(.movable)),
        "bigcap": Symbol("⋂", .largeOperator(.movable)), "bigoplus": Symbol("⨁", .largeOperator(.movable)),
        "bigotimes": Symbol("⨂", .largeOperator(.movable)), "bigodot": Symbol("⨀", .largeOperator(.movable)),
        "bigvee": Symbol("⋁", .largeOperator(.movable)), "bigwedge": Symbol("⋀", .largeOperator(.movable)),
        "bigsqcup": Symbol("⨆", .largeOperator(.movable)),
        "int": Symbol("∫", .largeOperator(.beside)), "iint": Symbol("∬", .largeOperator(.beside)),
        "iiint": Symbol("∭", .largeOperator(.beside)), "oint": Symbol("∮", .largeOperator(.beside)),
    ]

    /// All symbol tables together, by command name.
    static let all: [String: Symbol] = {
        var table: [String: Symbol] = [:]
        for part in [greek, ordinary, binary, relations, delimiters, largeOperators] {
            table.merge(part) { first, _ in first }
        }
        return table
    }()

    /// Symbols by the character they draw, so `≤` typed directly behaves like `\leq`.
    static let byText: [Character: Symbol] = {
        var table: [Character: Symbol] = ["\u{2212}": Symbol("\u{2212}", .mo(.binary))]
        for name in all.keys.sorted() {
            guard let symbol = all[name], symbol.text.count == 1, let character = symbol.text.first,
                  !character.isASCII else { continue }
            if table[character] == nil { table[character] = symbol }
        }
        return table
    }()

    static let commands: [String: Command] = {
        var commands = all.mapValues { symbol in
            Command { parser, _ in symbol.node(font: parser.font) }
        }
        commands["not"] = Command { parser, token throws(MathError) in try negation(after: token, parser: &parser) }
        return commands
    }()

    /// `\not` before a relation: the precomposed negation when Unicode has one, else a
    /// combining long solidus.
    static func negation(after token: Token, parser: inout Parser) throws(MathError) -> MathNode {
        let negated: [String: String] = ["=": "≠", "∈": "∉", "≡": "≢", "⊂": "⊄", "⊆": "⊈", "∼": "≁",
                                         "≤": "≰", "≥": "≱", "<": "≮", ">": "≯", "∣": "∤", "≈": "≉"]
        parser.skipSpaces()
        guard parser.canStartArgument(parser.current), var node = try parser.parsePrimary(singleToken: true),
              node.tag == "mo", let text = node.text else {
            throw MathError("\\not must be followed by a relation such as = or \\in", at: token.position,
                            hint: "write \\neq, \\notin, or \\not followed by a relation")
        }
        node.text = negated[text] ?? text + "\u{0338}"
        node.atom = .relation
        return node
    }
}
