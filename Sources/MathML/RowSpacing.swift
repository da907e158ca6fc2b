/// TeX's spacing decisions that MathML's operator dictionary cannot make by itself.
///
/// - A binary operator with nothing to combine on its left (`-x`, `a = -b`, `(-1)`) is
///   unary: marked `form="prefix"` so it gets no binary-operator space.
/// - Bare bars `|x|`, `\|x\|` pair up within a row: the first opens, the next closes, so
///   `|-x|` has a unary minus (the bars themselves are spaced as ordinary symbols, ``Symbol``).
/// - A function name drawn as `<mi>` (sin, max) is followed by an invisible function
///   application and set off by thin spaces from ordinary neighbours, as TeX's Op class is.
enum RowSpacing {
    static let thinSpace = MathNode.space("0.1667em")
    static let applyFunction = MathNode("mo", text: "\u{2061}", atom: .space)

    static func apply(to nodes: [MathNode]) -> [MathNode] {
        var result: [MathNode] = []
        result.reserveCapacity(nodes.count)
        var lastAtom: AtomClass?            // ignoring explicit spaces
        var previous: AtomClass?            // the node just before
        var openBars: Set<String> = []
        for var node in nodes {
            if node.tag == "mo", node.atom == .ord, let text = node.text, Symbol.bars.contains(text) {
                node.atom = openBars.contains(text) ? .close : .open
                if node.atom == .close { openBars.remove(text) } else { openBars.insert(text) }
            }
            if node.atom == .binary, node.tag == "mo" {
                switch lastAtom {
                case nil, .binary?, .relation?, .open?, .punctuation?, .largeOperator?, .function?:
                    node.set("form", "prefix")
                    node.atom = .ord
                default:
                    break
                }
            }
            if previous == .function {
                result.append(applyFunction)
                if isOrdinary(node.atom) { result.append(thinSpace) }
            } else if node.atom == .function, let previous, isOrdinary(previous) || previous == .close {
                result.append(thinSpace)
            }
            result.append(node)
            previous = node.atom
            if node.atom != .space { lastAtom = node.atom }
        }
        return result
    }

    /// Classes that TeX separates from an operator name by a thin space.
    static func isOrdinary(_ atom: AtomClass) -> Bool {
        atom == .ord || atom == .function
    }
}
