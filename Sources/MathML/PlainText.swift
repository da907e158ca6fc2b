/// A formula as one line of plain text (``MathResult/text``): what a search index stores and
/// a snippet shows where the formula was.
enum PlainText {
    /// The text of a row of nodes, spaces collapsed.
    static func line(_ nodes: [MathNode]) -> String {
        var output = ""
        for node in nodes { write(node, to: &output) }
        return output.split(separator: " ").joined(separator: " ")
    }

    static func write(_ node: MathNode, to output: inout String) {
        if let text = node.text {
            if text == "\u{2061}" { return }
            if node.tag == "mo", (node.atom == .relation || node.atom == .binary), node.attribute("form") != "prefix" {
                output += " \(text) "
            } else if node.tag == "mo", node.atom == .punctuation {
                output += text + " "
            } else {
                output += text
            }
            return
        }
        switch node.tag {
        case "mspace":
            let width = node.attribute("width") ?? "0"
            if let value = Double(width.hasSuffix("em") ? String(width.dropLast(2)) : width), value >= 0.2 { output += " " }
        case "mfrac":
            guard node.children.count == 2 else { break }
            output += grouped(node.children[0]) + "/" + grouped(node.children[1])
        case "msqrt":
            output += "√" + grouped(MathNode("mrow", children: node.children))
        case "mroot":
            guard node.children.count == 2 else { break }
            output += "√" + grouped(node.children[0])
        case "msub", "munder":
            guard node.children.count == 2 else { break }
            write(node.children[0], to: &output)
            if node.attribute("accentunder") != "true" { output += "_" + grouped(node.children[1]) }
        case "msup", "mover":
            guard node.children.count == 2 else { break }
            write(node.children[0], to: &output)
            if node.attribute("accent") != "true" { output += "^" + grouped(node.children[1]) }
        case "msubsup", "munderover":
            guard node.children.count == 3 else { break }
            write(node.children[0], to: &output)
            output += "_" + grouped(node.children[1]) + "^" + grouped(node.children[2])
        case "mtable":
            let rows = node.children.map { row in row.children.map { line($0.children) }.joined(separator: " ") }
            output += " " + rows.joined(separator: "; ") + " "
        default:
            for child in node.children { write(child, to: &output) }
        }
    }

    /// A script or fraction part: in parentheses when it is more than one token.
    static func grouped(_ node: MathNode) -> String {
        let text = line([node])
        if text.count <= 1 || node.text != nil { return text }
        return "(" + text + ")"
    }
}
