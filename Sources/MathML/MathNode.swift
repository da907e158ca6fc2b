/// The TeX class of an atom: decides unary minus and the spacing around function names.
enum AtomClass: Sendable, Hashable {
    case ord
    /// A large operator drawn with `<mo>` (∑, ∫): MathML spaces it itself.
    case largeOperator
    /// A function name drawn with `<mi>` (sin, max): needs explicit thin spaces.
    case function
    case binary
    case relation
    case open
    case close
    case punctuation
    /// A `\left … \right` group.
    case inner
    /// Explicit spacing (`\,`, `\quad`): never gets more space around it.
    case space
}

/// Where sub- and superscripts go on a base.
enum LimitsPlacement: Sendable, Hashable {
    /// Always beside the base (msub, msup, msubsup).
    case beside
    /// Under and over in display style, beside otherwise (∑, lim, max).
    case movable
    /// Always under and over (after `\limits`).
    case always
}

/// A MathML element under construction, with the TeX facts the parser needs about it.
struct MathNode: Sendable, Hashable {
    /// An attribute, kept in insertion order so the output is deterministic.
    struct Attribute: Sendable, Hashable {
        var name: String
        var value: String
    }

    var tag: String
    var attributes: [Attribute] = []
    /// The text of a token element (mi, mn, mo, mtext); nil for containers.
    var text: String?
    var children: [MathNode] = []
    var atom: AtomClass = .ord
    var limits: LimitsPlacement = .beside

    /// A token element such as `<mi>x</mi>`.
    init(_ tag: String, text: String, atom: AtomClass = .ord, attributes: [(String, String)] = []) {
        self.tag = tag
        self.text = text
        self.atom = atom
        self.attributes = attributes.map { Attribute(name: $0.0, value: $0.1) }
    }

    /// A container element such as `<mfrac>…</mfrac>`.
    init(_ tag: String, children: [MathNode], atom: AtomClass = .ord, attributes: [(String, String)] = []) {
        self.tag = tag
        self.children = children
        self.atom = atom
        self.attributes = attributes.map { Attribute(name: $0.0, value: $0.1) }
    }

    /// Sets (or replaces) an attribute.
    mutating func set(_ name: String, _ value: String) {
        if let index = attributes.firstIndex(where: { $0.name == name }) {
            attributes[index].value = value
        } else {
            attributes.append(Attribute(name: name, value: value))
        }
    }

    /// The value of an attribute, if present.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Several nodes as one: the node itself when there is exactly one, else an `<mrow>`.
    static func row(_ nodes: [MathNode], atom: AtomClass = .ord) -> MathNode {
        if nodes.count == 1 { return nodes[0] }
        return MathNode("mrow", children: nodes, atom: atom)
    }

    /// What a row of `nodes` holds once an enclosing row is implicit (a `<math>` element):
    /// the children of a lone attribute-free `<mrow>`, otherwise the nodes themselves.
    static func rowContents(_ nodes: [MathNode]) -> [MathNode] {
        if nodes.count == 1, nodes[0].tag == "mrow", nodes[0].attributes.isEmpty, nodes[0].text == nil {
            return rowContents(nodes[0].children)
        }
        return nodes
    }

    /// An `<mspace>` of the given width, e.g. `0.1667em`.
    static func space(_ width: String) -> MathNode {
        MathNode("mspace", children: [], atom: .space, attributes: [("width", width)])
    }

    /// The MathML markup, with `&`, `<`, `>` (and `"` in attributes) escaped.
    var markup: String {
        var output = ""
        write(to: &output)
        return output
    }

    func write(to output: inout String) {
        output += "<" + tag
        for attribute in attributes {
            output += " \(attribute.name)=\"\(Escaping.escape(attribute.value, quotes: true))\""
        }
        if let text {
            output += ">" + Escaping.escape(text, quotes: false) + "</" + tag + ">"
        } else if children.isEmpty, tag == "mspace" {
            output += "/>"
        } else {
            output += ">"
            for child in children { child.write(to: &output) }
            output += "</" + tag + ">"
        }
    }
}

/// XML escaping for text and attribute values.
enum Escaping {
    static func escape(_ text: String, quotes: Bool) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || (quotes && $0 == "\"") }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
