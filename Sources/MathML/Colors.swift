/// Colour: `\color{name}` colours the rest of the group, `\textcolor{name}{…}` its argument.
///
/// A colour is a CSS colour name (`red`, `teal`, …) or `#rgb`/`#rrggbb`; it becomes
/// `mathcolor`. Pages have a light and a dark theme, so choose mid-tones that read on both.
enum Colors {
    static let commands: [String: Command] = [
        "color": Command { parser, token throws(MathError) in
            let color = try colorArgument(for: token, parser: &parser)
            let rest = try parser.parseExpression()
            return MathNode("mstyle", children: rest, attributes: [("mathcolor", color)])
        },
        "textcolor": Command { parser, token throws(MathError) in
            let color = try colorArgument(for: token, parser: &parser)
            let argument = try parser.parseArgument(for: token)
            return MathNode("mstyle", children: [argument], atom: argument.atom, attributes: [("mathcolor", color)])
        },
    ]

    /// The `{colour}` argument, checked.
    static func colorArgument(for token: Token, parser: inout Parser) throws(MathError) -> String {
        let position = parser.peekPastSpaces().position
        let color = try parser.parseRawArgument(for: token).trimmingSpaces
        if isValid(color) { return color }
        throw MathError("unknown colour '\(color)' for \(token.spelling)", at: position,
                        hint: "write a CSS colour name such as red or teal, or #rgb / #rrggbb")
    }

    static func isValid(_ color: String) -> Bool {
        if color.first == "#" {
            let digits = color.dropFirst()
            return (digits.count == 3 || digits.count == 6) && digits.allSatisfy(\.isHexDigit)
        }
        return cssNames.contains(color.lowercased())
    }

    /// The CSS named colours (CSS Color Module Level 4), and `currentcolor`.
    static let cssNames: Set<String> = [
        "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black", "blanchedalmond",
        "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate", "coral",
        "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod", "darkgray",
        "darkgreen", "darkgrey", "darkkhaki", "darkmagenta", "darkolivegreen", "darkorange", "darkorchid", "darkred",
        "darksalmon", "darkseagreen", "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise",
        "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey", "dodgerblue", "firebrick", "floralwhite",
        "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold", "goldenrod", "gray", "green", "greenyellow",
        "grey", "honeydew", "hotpink", "indianred", "indigo", "ivory", "khaki", "lavender", "lavenderblush",
        "lawngreen", "lemonchiffon", "lightblue", "lightcoral", "lightcyan", "lightgoldenrodyellow", "lightgray",
        "lightgreen", "lightgrey", "lightpink", "lightsalmon", "lightseagreen", "lightskyblue", "lightslategray",
        "lightslategrey", "lightsteelblue", "lightyellow", "lime", "limegreen", "linen", "magenta", "maroon",
        "mediumaquamarine", "mediumblue", "mediumorchid", "mediumpurple", "mediumseagreen", "mediumslateblue",
        "mediumspringgreen", "mediumturquoise", "mediumvioletred", "midnightblue", "mintcream", "mistyrose",
        "moccasin", "navajowhite", "navy", "oldlace", "olive", "olivedrab", "orange", "orangered", "orchid",
        "palegoldenrod", "palegreen", "paleturquoise", "palevioletred", "papayawhip", "peachpuff", "peru", "pink",
        "plum", "powderblue", "purple", "rebeccapurple", "red", "rosybrown", "royalblue", "saddlebrown", "salmon",
        "sandybrown", "seagreen", "seashell", "sienna", "silver", "skyblue", "slateblue", "slategray", "slategrey",
        "snow", "springgreen", "steelblue", "tan", "teal", "thistle", "tomato", "turquoise", "violet", "wheat",
        "white", "whitesmoke", "yellow", "yellowgreen", "currentcolor",
    ]
}

extension String {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
