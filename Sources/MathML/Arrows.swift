/// Extensible arrows with labels: `\xrightarrow[below]{above}` and `\xleftarrow`.
///
/// The arrow is an `<munderover>` (or `<mover>`) whose base `<mo>` the browser stretches to the
/// width of the labels, which are set in script style with a little room on either side.
/// A label wider than the font's largest arrow variant is drawn with the font's glyph
/// assembly, which in TeX Gyre DejaVu Math under Chromium loses the arrowhead: keep labels short.
enum Arrows {
    static let arrows: [String: String] = [
        "xrightarrow": "\u{2192}", "xleftarrow": "\u{2190}", "xLeftarrow": "\u{21D0}", "xRightarrow": "\u{21D2}",
        "xleftrightarrow": "\u{2194}", "xmapsto": "\u{21A6}",
    ]

    /// The room on each side of a label, as in amsmath.
    static let padding = MathNode.space("0.2778em")

    static let commands: [String: Command] = arrows.mapValues { text in
        Command { parser, token throws(MathError) in
            let below = try label(parser: &parser) { parser throws(MathError) in try parser.parseOptionalArgument(for: token) }
            let above = try label(parser: &parser) { parser throws(MathError) in try parser.parseArgument(for: token) }
            let arrow = MathNode("mo", text: text, atom: .relation, attributes: [("stretchy", "true")])
            let padded = { (node: MathNode) in MathNode("mrow", children: [padding, node, padding]) }
            if let below {
                return MathNode("munderover", children: [arrow, padded(below), padded(above ?? MathNode.row([]))], atom: .relation)
            }
            return MathNode("mover", children: [arrow, padded(above ?? MathNode.row([]))], atom: .relation)
        }
    }

    /// A label, read in script style.
    static func label(parser: inout Parser, _ read: (inout Parser) throws(MathError) -> MathNode?) throws(MathError) -> MathNode? {
        let saved = parser.displayStyle
        parser.displayStyle = false
        defer { parser.displayStyle = saved }
        return try read(&parser)
    }
}
