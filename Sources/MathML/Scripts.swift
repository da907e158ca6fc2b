/// Sub- and superscripts, primes and `\limits`/`\nolimits` after a base.
enum Scripts {
    /// Reads the scripts following `base` and returns the scripted node (or `base` itself).
    static func attach(to base: inout MathNode, parser: inout Parser) throws(MathError) -> MathNode {
        var lower: MathNode?
        var upper: [MathNode] = []
        var hasUpper = false
        var primes = 0
        loop: while true {
            let token = parser.peekPastSpaces()
            switch token.kind {
            case .caret:
                if hasUpper {
                    throw MathError("double superscript", at: token.position, hint: "group the scripts with braces, e.g. {x^a}^b")
                }
                parser.skipSpaces()
                parser.advance()
                hasUpper = true
                upper.append(try scriptArgument(after: token, parser: &parser))
            case .underscore:
                if lower != nil {
                    throw MathError("double subscript", at: token.position, hint: "group the scripts with braces, e.g. {x_a}_b")
                }
                parser.skipSpaces()
                parser.advance()
                lower = try scriptArgument(after: token, parser: &parser)
            case .character("'"):
                if hasUpper {
                    throw MathError("prime after a superscript", at: token.position, hint: "write the prime first, e.g. f'^2")
                }
                parser.skipSpaces()
                parser.advance()
                primes += 1
            case .command("limits"), .command("nolimits"):
                guard base.atom == .largeOperator || base.atom == .function else {
                    throw MathError("\(token.spelling) is only allowed after an operator such as \\sum", at: token.position,
                                    hint: "remove it, or put it right after \\sum, \\int or \\lim")
                }
                parser.skipSpaces()
                parser.advance()
                base.limits = token.kind == .command("limits") ? .always : .beside
            default:
                break loop
            }
        }
        if primes > 0 {
            // ′ is already a raised glyph: it follows the base on the baseline. As a superscript
            // it would be raised twice, and the taller row would stretch nearby brackets.
            let prime = MathNode("mo", text: primeText(primes), attributes: [("lspace", "0em"), ("rspace", "0em")])
            base = MathNode.row([base, prime], atom: base.atom)
        }
        if (lower != nil || !upper.isEmpty), base.tag == "mo", base.attribute("stretchy") == "true" {
            // A sized delimiter (`\big)^2`) as the base of a script would be an embellished
            // operator, which Chromium stretches as a whole and draws small and dropped; inside
            // an `<mrow>` it keeps its size and the script sits on it.
            base = MathNode("mrow", children: [base], atom: base.atom)
        }
        let sup = upper.isEmpty ? nil : MathNode.row(upper)
        let stacked = base.limits == .always || (base.limits == .movable && parser.displayStyle)
        let atom = base.atom
        let node: MathNode
        switch (lower, sup) {
        case (nil, nil):
            return base
        case (let sub?, nil):
            node = MathNode(stacked ? "munder" : "msub", children: [base, sub], atom: atom)
        case (nil, let sup?):
            node = MathNode(stacked ? "mover" : "msup", children: [base, sup], atom: atom)
        case (let sub?, let sup?):
            node = MathNode(stacked ? "munderover" : "msubsup", children: [base, sub, sup], atom: atom)
        }
        return node
    }

    /// The argument of `^` or `_`: a group or one token, in script (non-display) style.
    static func scriptArgument(after marker: Token, parser: inout Parser) throws(MathError) -> MathNode {
        parser.skipSpaces()
        let name = marker.kind == .caret ? "superscript" : "subscript"
        guard parser.canStartArgument(parser.current) else {
            throw MathError("missing \(name) after \(marker.spelling)", at: marker.position,
                            hint: "write the \(name) after it, e.g. x\(marker.spelling){2}")
        }
        // Scripts nest without passing through `parsePrimary` (x^{x^{…}}), so they count too.
        try parser.enter()
        let savedStyle = parser.displayStyle
        parser.displayStyle = false
        defer {
            parser.displayStyle = savedStyle
            parser.depth -= 1
        }
        if parser.current.kind == .openBrace { return MathNode.row(try parser.parseGroup(for: marker)) }
        guard let node = try parser.parsePrimary(singleToken: true) else {
            throw MathError("missing \(name) after \(marker.spelling)", at: marker.position)
        }
        return node
    }

    /// ′, ″, ‴, ⁗, then repeated primes.
    static func primeText(_ count: Int) -> String {
        switch count {
        case 1: return "\u{2032}"
        case 2: return "\u{2033}"
        case 3: return "\u{2034}"
        case 4: return "\u{2057}"
        default: return String(repeating: "\u{2032}", count: count)
        }
    }
}
