/// What a chapter is called in headings, figure numbers and references: "Chapter 5", whose
/// figures are "5.1", "5.2", …; or, for a chapter whose front matter says `appendix: true`,
/// "Appendix A", whose figures are "A.1", "A.2", ….
struct ChapterNumber: Sendable, Hashable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// "5" or "A": the prefix of section, figure and equation numbers.
    var description: String
    /// Whether this is an appendix.
    var isAppendix: Bool

    /// A numbered chapter.
    init(_ number: Int) {
        description = String(number)
        isAppendix = false
    }

    init(integerLiteral value: Int) {
        self.init(value)
    }

    /// The appendix at `index` among the appendices, from 0: A, B, …, Z, AA, AB, ….
    static func appendix(_ index: Int) -> ChapterNumber {
        var letters = ""
        var rest = index
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + rest % 26))) + letters
            rest = rest / 26 - 1
        } while rest >= 0
        var number = ChapterNumber(0)
        number.description = letters
        number.isAppendix = true
        return number
    }

    /// "Chapter 5" or "Appendix A".
    var label: String {
        (isAppendix ? "Appendix " : "Chapter ") + description
    }
}
