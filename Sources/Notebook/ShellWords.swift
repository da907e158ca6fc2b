/// Splits a command line as a POSIX shell would split it into words — spaces separate,
/// single quotes keep everything, double quotes keep all but `\"`, `\\`, `` \` `` and `\$`,
/// and a backslash outside quotes keeps the next character — without expanding anything.
/// It reads the job lists `swiftc -###` and `clang -###` print (see ``CompilePlan``).
enum ShellWords {
    /// The words of `line`, or nil when a quote is left open.
    static func split(_ line: some StringProtocol) -> [String]? {
        var words: [String] = []
        var word = ""
        var inWord = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            switch character {
            case " ", "\t":
                if inWord { words.append(word); word = ""; inWord = false }
            case "'":
                inWord = true
                var closed = false
                while let quoted = characters.next() {
                    if quoted == "'" { closed = true; break }
                    word.append(quoted)
                }
                if !closed { return nil }
            case "\"":
                inWord = true
                var closed = false
                while let quoted = characters.next() {
                    if quoted == "\"" { closed = true; break }
                    if quoted == "\\" {
                        guard let escaped = characters.next() else { return nil }
                        if !["\"", "\\", "$", "`"].contains(escaped) { word.append("\\") }
                        word.append(escaped)
                    } else {
                        word.append(quoted)
                    }
                }
                if !closed { return nil }
            case "\\":
                inWord = true
                if let escaped = characters.next() { word.append(escaped) }
            default:
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
