/// MathML as readable plain text, for places that cannot hold markup — a cross-reference
/// tooltip (`title` attribute) shows "η = 0.4, x₁²" where the page shows the typeset formula.
///
/// Token elements give their text; relation and operator `<mo>`s get a space either side;
/// simple scripts become Unicode sub- and superscripts (x², x₁), others `^(…)` / `_(…)`;
/// a fraction becomes `a/b`, a root `√…`. Anything else is its children in order.
enum MathText {
    static func plain(_ mathML: String) -> String {
        var parser = Parser(text: Array(mathML))
        let nodes = parser.parseChildren(until: nil)
        let text = nodes.map(render).joined()
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private indirect enum MNode {
        case element(name: String, children: [MNode])
        case text(String)
    }

    private static let spacedOperators: Set<String> = [
        "=", "≠", "<", ">", "≤", "≥", "≈", "≡", "∼", "≃", "∝", "→", "←", "↦", "⇒", "⇔", "∈", "∉", "⊂", "⊆",
        "+", "−", "-", "±", "×", "≻", "≺", "⪰", "⪯",
    ]

    private static func render(_ node: MNode) -> String {
        switch node {
        case .text(let text):
            return HTML.unescape(text)
        case .element(let name, let children):
            let parts = children.filter { if case .text(let t) = $0 { return !t.allSatisfy(\.isWhitespace) } else { return true } }
            switch name {
            case "mo":
                let op = parts.map(render).joined().trimmingCharacters(in: .whitespaces)
                return spacedOperators.contains(op) ? " \(op) " : op
            case "annotation", "annotation-xml":
                return ""
            case "msup" where parts.count == 2:
                return render(parts[0]) + script(render(parts[1]), table: superscripts, fallback: "^")
            case "msub" where parts.count == 2:
                return render(parts[0]) + script(render(parts[1]), table: subscripts, fallback: "_")
            case "msubsup" where parts.count == 3:
                return render(parts[0]) + script(render(parts[1]), table: subscripts, fallback: "_")
                    + script(render(parts[2]), table: superscripts, fallback: "^")
            case "munder" where parts.count == 2, "munderover" where parts.count >= 2:
                return render(parts[0]) + " "
            case "mfrac" where parts.count == 2:
                return grouped(render(parts[0])) + "/" + grouped(render(parts[1]))
            case "msqrt":
                return "√" + grouped(parts.map(render).joined())
            default:
                return parts.map(render).joined()
            }
        }
    }

    private static func grouped(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.count <= 1 || trimmed.allSatisfy({ $0.isNumber || $0 == "." }) ? trimmed : "(\(trimmed))"
    }

    private static func script(_ text: String, table: [Character: Character], fallback: String) -> String {
        let trimmed = text.replacingOccurrences(of: " ", with: "")
        let mapped = trimmed.compactMap { table[$0] }
        if !trimmed.isEmpty, mapped.count == trimmed.count { return String(mapped) }
        return fallback + grouped(trimmed)
    }

    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "−": "⁻", "-": "⁻", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ", "k": "ᵏ", "T": "ᵀ", "⊤": "ᵀ",
        "′": "′", "″": "″",
    ]
    private static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "−": "₋", "-": "₋", "(": "₍", ")": "₎", "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ",
        "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ",
        "v": "ᵥ", "x": "ₓ",
    ]

    /// Just enough of an XML reader for the converter's own output: elements, text, entities.
    private struct Parser {
        var text: [Character]
        var position = 0

        mutating func parseChildren(until closing: String?) -> [MNode] {
            var nodes: [MNode] = []
            var buffer = ""
            while position < text.count {
                if text[position] == "<" {
                    if !buffer.isEmpty { nodes.append(.text(buffer)); buffer = "" }
                    guard let end = text[position...].firstIndex(of: ">") else { position = text.count; break }
                    let tag = String(text[(position + 1)..<end])
                    position = end + 1
                    if tag.hasPrefix("/") {
                        if closing == nil || String(tag.dropFirst()) == closing { return nodes }
                        continue
                    }
                    let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" })
                    if tag.hasSuffix("/") || tag.hasPrefix("!") || tag.hasPrefix("?") {
                        nodes.append(.element(name: name, children: []))
                    } else {
                        nodes.append(.element(name: name, children: parseChildren(until: name)))
                    }
                } else {
                    buffer.append(text[position])
                    position += 1
                }
            }
            if !buffer.isEmpty { nodes.append(.text(buffer)) }
            return nodes
        }
    }
}

import Foundation
