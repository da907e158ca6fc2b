/// Typographic punctuation for plain text that does not go through cmark (chapter titles
/// from front matter), matching what cmark's smart punctuation does to prose: `"…"` → “…”,
/// `'` → ’ (an apostrophe, or a closing single quote) or ‘ (opening), `---` → —, `--` → –,
/// `...` → ….
enum Typography {
    static func smartPunctuation(_ text: String) -> String {
        var out = ""
        let characters = Array(text)
        var index = 0
        func opens(at i: Int) -> Bool {
            // A quote opens after the start, whitespace or an opening bracket or dash.
            guard i > 0 else { return true }
            let before = characters[i - 1]
            return before.isWhitespace || "([{–—“‘".contains(before)
        }
        while index < characters.count {
            let c = characters[index]
            switch c {
            case "\"":
                out.append(opens(at: index) ? "“" : "”")
            case "'":
                out.append(opens(at: index) ? "‘" : "’")
            case "-" where index + 2 < characters.count && characters[index + 1] == "-" && characters[index + 2] == "-":
                out.append("—"); index += 2
            case "-" where index + 1 < characters.count && characters[index + 1] == "-":
                out.append("–"); index += 1
            case "." where index + 2 < characters.count && characters[index + 1] == "." && characters[index + 2] == ".":
                out.append("…"); index += 2
            default:
                out.append(c)
            }
            index += 1
        }
        return out
    }
}
