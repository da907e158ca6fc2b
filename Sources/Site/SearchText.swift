/// An entry's text as the search index keeps it: the words a reader can find it by, every one of
/// them, but each only once.
///
/// Search matches words (a query word against an entry's words, exactly or as a prefix; see
/// ``SearchScript``), so a word's second occurrence in an entry finds nothing its first does not.
/// A long entry keeps its opening as written, to show as the result's snippet, and after it only
/// the words (and math symbols) the opening lacks, in order of first appearance, without the
/// common words of ``stopWords`` (which the search ignores next to other words). Measured on the
/// 13-chapter course this halves section prose (225 KB → about 115 KB) and leaves what a query
/// finds unchanged.
enum SearchText {
    /// Words too common to search for: a query ignores them when it has any other word, and
    /// the part of an entry after its opening leaves them out.
    static let stopWords: [String] = [
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "both", "but",
        "by", "can", "could", "did", "do", "does", "each", "for", "from", "had", "has", "have", "here", "how", "if",
        "in", "into", "is", "it", "its", "just", "may", "more", "most", "no", "not", "of", "on", "one", "only", "or",
        "other", "our", "same", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "to", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "will", "with", "would", "you", "your",
    ]
    private static let stopSet = Set(stopWords)

    /// `text` (whitespace already collapsed) split into the opening to show, at most
    /// `readable` characters ending at a sentence or word boundary, and the new words of the rest.
    /// With `readable` 0 the whole text becomes its distinct words (code: names, not punctuation).
    /// `numbers`: whether words that are only digits are kept (code leaves them out: its numbers
    /// are settings and digits of printed values, which no one searches for).
    static func compact(_ text: String, readable: Int, numbers: Bool = true) -> (shown: String, words: String?) {
        if readable > 0, text.count <= readable { return (text, nil) }
        var shown = ""
        var rest = Substring(text)
        if readable > 0 {
            let limit = text.index(text.startIndex, offsetBy: readable)
            let head = text[..<limit]
            // End at the last sentence end in the second half of the limit, else the last space.
            var sentenceEnd: String.Index?, space: String.Index?
            var index = head.startIndex
            var offset = 0
            var previous: Character = " "
            while index < head.endIndex {
                if head[index] == " " {
                    space = index
                    if ".;:?!".contains(previous), offset >= readable / 2 { sentenceEnd = index }
                }
                previous = head[index]
                index = head.index(after: index)
                offset += 1
            }
            let cut = sentenceEnd ?? space ?? limit
            shown = String(text[..<cut])
            rest = text[cut...]
        }
        // Words are the same when their stems are: the search compares stems only.
        var seen = Set(tokens(in: Substring(shown)).map { stem($0.lowercased()) })
        var words: [Substring] = []
        for token in tokens(in: rest) {
            let lower = token.lowercased()
            if stopSet.contains(lower) || (!numbers && token.allSatisfy(\.isNumber)) || !seen.insert(stem(lower)).inserted { continue }
            words.append(token)
        }
        let joined = words.joined(separator: " ")
        if readable == 0 { return (joined, nil) }
        return (shown, joined.isEmpty ? nil : joined)
    }

    /// The words (runs of letters, digits and `_`, as the search script splits text) and the
    /// named math symbols (``MathVocabulary``) of `text`.
    static func tokens(in text: Substring) -> [Substring] {
        var tokens: [Substring] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if isWordCharacter(character) {
                var end = text.index(after: index)
                while end < text.endIndex, isWordCharacter(text[end]) { end = text.index(after: end) }
                tokens.append(text[index..<end])
                index = end
            } else {
                if MathVocabulary.names[character] != nil { tokens.append(text[index...index]) }
                index = text.index(after: index)
            }
        }
        return tokens
    }

    /// The search script's stemmer (``SearchScript``'s `stem`), exactly: plural -s/-es/-ies,
    /// -ing, -ed (with a doubled final consonant undone), -ly; only for words of a–z longer than 3.
    static func stem(_ word: String) -> String {
        let letters = Array(word.utf8)
        guard letters.count > 3, letters.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        func ends(_ suffix: String) -> Bool { word.hasSuffix(suffix) }
        if ends("ies"), letters.count > 4 { return String(word.dropLast(3)) + "y" }
        if ends("sses") { return String(word.dropLast(2)) }
        if ends("ing") || ends("ed") {
            var base = String(word.dropLast(ends("ing") ? 3 : 2))
            if base.count >= 3, base.contains(where: { "aeiouy".contains($0) }) {
                let tail = Array(base.suffix(2))
                if tail.count == 2, tail[0] == tail[1], "bcdfghjklmnpqrstvwxyz".contains(tail[0]),
                   !["ll", "ss", "zz"].contains(String(tail)) {
                    base.removeLast()
                }
                return base
            }
        }
        if ends("ly"), letters.count > 5 { return String(word.dropLast(2)) }
        if ends("s"), !ends("ss"), !ends("us"), !ends("is") { return String(word.dropLast()) }
        return word
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
