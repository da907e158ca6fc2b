import Testing
@testable import MathML

@Suite struct MathAlphabetsTests {
    /// Letters Unicode encoded before the Mathematical Alphanumeric block, which leaves holes.
    static let holes: [(MathFont, Character, Character)] = [
        (.doubleStruck, "C", "ℂ"), (.doubleStruck, "H", "ℍ"), (.doubleStruck, "N", "ℕ"), (.doubleStruck, "P", "ℙ"),
        (.doubleStruck, "Q", "ℚ"), (.doubleStruck, "R", "ℝ"), (.doubleStruck, "Z", "ℤ"),
        (.script, "B", "ℬ"), (.script, "E", "ℰ"), (.script, "F", "ℱ"), (.script, "H", "ℋ"), (.script, "I", "ℐ"),
        (.script, "L", "ℒ"), (.script, "M", "ℳ"), (.script, "R", "ℛ"), (.script, "e", "ℯ"), (.script, "g", "ℊ"),
        (.script, "o", "ℴ"), (.fraktur, "C", "ℭ"), (.fraktur, "H", "ℌ"), (.fraktur, "I", "ℑ"), (.fraktur, "R", "ℜ"),
        (.fraktur, "Z", "ℨ"), (.italic, "h", "ℎ"),
    ]

    @Test(arguments: holes) func holesUseTheLetterlikeSymbols(_ font: MathFont, _ letter: Character, _ expected: Character) {
        #expect(font.map(letter) == expected)
    }

    static let regular: [(MathFont, Character, Character)] = [
        (.bold, "A", "𝐀"), (.bold, "z", "𝐳"), (.bold, "9", "𝟗"), (.italic, "a", "𝑎"), (.boldItalic, "w", "𝒘"),
        (.doubleStruck, "A", "𝔸"), (.doubleStruck, "k", "𝕜"), (.doubleStruck, "0", "𝟘"), (.script, "A", "𝒜"),
        (.script, "z", "𝓏"), (.fraktur, "A", "𝔄"), (.sansSerif, "a", "𝖺"), (.sansSerifBold, "A", "𝗔"),
        (.monospace, "1", "𝟷"), (.boldScript, "A", "𝓐"),
        (.bold, "Α", "𝚨"), (.bold, "ϴ", "𝚹"), (.bold, "Ω", "𝛀"), (.bold, "∇", "𝛁"), (.bold, "α", "𝛂"),
        (.bold, "ω", "𝛚"), (.bold, "∂", "𝛛"), (.bold, "ϵ", "𝛜"), (.bold, "ϖ", "𝛡"),
        (.italic, "θ", "𝜃"), (.boldItalic, "θ", "𝜽"), (.boldItalic, "ϕ", "𝝓"), (.sansSerifBold, "σ", "𝞂"),
    ]

    @Test(arguments: regular) func mapping(_ font: MathFont, _ letter: Character, _ expected: Character) {
        #expect(font.map(letter) == expected)
    }

    @Test func unmappableCharactersAreKept() {
        #expect(MathFont.doubleStruck.map("α") == nil)
        #expect(MathFont.script.map("1") == nil)
        #expect(MathFont.roman.map("x") == nil)
        #expect(MathFont.bold.map(text: "x+1") == "𝐱+𝟏")
    }
}
