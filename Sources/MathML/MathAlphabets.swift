/// A math alphabet: letters and digits drawn from Unicode's Mathematical Alphanumeric
/// Symbols block, since MathML Core only supports `mathvariant="normal"`.
enum MathFont: Sendable, Hashable {
    /// `\mathrm`, `\operatorname`: upright letters, adjacent letters form one identifier.
    case roman
    case bold
    case italic
    case boldItalic
    case doubleStruck
    case script
    case boldScript
    case fraktur
    case sansSerif
    case sansSerifBold
    case monospace

    /// The code point of `A` (then `a` 26 later) in this alphabet, if it has Latin letters.
    private var latinStart: UInt32? {
        switch self {
        case .roman: return nil
        case .bold: return 0x1D400
        case .italic: return 0x1D434
        case .boldItalic: return 0x1D468
        case .script: return 0x1D49C
        case .boldScript: return 0x1D4D0
        case .fraktur: return 0x1D504
        case .doubleStruck: return 0x1D538
        case .sansSerif: return 0x1D5A0
        case .sansSerifBold: return 0x1D5D4
        case .monospace: return 0x1D670
        }
    }

    /// The code point of `0`, if this alphabet has digits.
    private var digitStart: UInt32? {
        switch self {
        case .bold, .boldItalic: return 0x1D7CE
        case .doubleStruck: return 0x1D7D8
        case .sansSerif: return 0x1D7E2
        case .sansSerifBold: return 0x1D7EC
        case .monospace: return 0x1D7F6
        default: return nil
        }
    }

    /// The code point of `Α` in this alphabet's Greek, if it has Greek letters.
    private var greekStart: UInt32? {
        switch self {
        case .bold: return 0x1D6A8
        case .italic: return 0x1D6E2
        case .boldItalic: return 0x1D71C
        case .sansSerifBold: return 0x1D756
        default: return nil
        }
    }

    /// Letters that were encoded before the block and are left as holes in it.
    private var holes: [Character: UInt32] {
        switch self {
        case .italic: return ["h": 0x210E]
        case .script:
            return ["B": 0x212C, "E": 0x2130, "F": 0x2131, "H": 0x210B, "I": 0x2110, "L": 0x2112,
                    "M": 0x2133, "R": 0x211B, "e": 0x212F, "g": 0x210A, "o": 0x2134]
        case .fraktur: return ["C": 0x212D, "H": 0x210C, "I": 0x2111, "R": 0x211C, "Z": 0x2128]
        case .doubleStruck:
            return ["C": 0x2102, "H": 0x210D, "N": 0x2115, "P": 0x2119, "Q": 0x211A, "R": 0x211D, "Z": 0x2124]
        default: return [:]
        }
    }

    /// The character in this alphabet, or nil when the alphabet has no such letter.
    func map(_ character: Character) -> Character? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        if let hole = holes[character] { return Character(Unicode.Scalar(hole)!) }
        let value = scalar.value
        var mapped: UInt32?
        switch value {
        case 0x41...0x5A: mapped = latinStart.map { $0 + value - 0x41 }
        case 0x61...0x7A: mapped = latinStart.map { $0 + 26 + value - 0x61 }
        case 0x30...0x39: mapped = digitStart.map { $0 + value - 0x30 }
        default: if let start = greekStart, let offset = MathFont.greekOffset(value) { mapped = start + offset }
        }
        return mapped.flatMap(Unicode.Scalar.init).map(Character.init)
    }

    /// The position of a Greek letter (or ∇, ∂ and the variant forms) within a math Greek alphabet.
    private static func greekOffset(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x391...0x3A1: return value - 0x391            // Α…Ρ
        case 0x3F4: return 17                               // ϴ takes the unassigned slot after Ρ
        case 0x3A3...0x3A9: return value - 0x391            // Σ…Ω
        case 0x2207: return 25                              // ∇
        case 0x3B1...0x3C9: return 26 + value - 0x3B1       // α…ω (with ς)
        case 0x2202: return 51                              // ∂
        case 0x3F5: return 52                               // ϵ
        case 0x3D1: return 53                               // ϑ
        case 0x3F0: return 54                               // ϰ
        case 0x3D5: return 55                               // ϕ
        case 0x3F1: return 56                               // ϱ
        case 0x3D6: return 57                               // ϖ
        default: return nil
        }
    }

    /// Maps every character it can, keeping the others.
    func map(text: String) -> String {
        String(text.map { map($0) ?? $0 })
    }
}
