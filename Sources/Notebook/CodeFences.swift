/// Finds the fenced code blocks of a chapter body (CommonMark rules: an opening fence of
/// three or more backticks or tildes indented at most three spaces, closed by a fence of
/// the same character at least as long) and turns ```` ```swift experiment ```` ones into
/// ``ExperimentBlock``s.
struct CodeFences {
    /// The chapter path, for diagnostics.
    var file: String

    /// The options an experiment block's info string may carry after `swift experiment`.
    static let optionSummary = "`hide`, `fold`, `id=name`"

    private struct OpenFence {
        var marker: Character
        var length: Int
        var indent: Int
        var info: String
        var index: Int
    }

    /// The experiment blocks of `lines` and the problems found on the way.
    /// - Parameter included: for each line, whether `{{#include}}` brought it in (such
    ///   text cannot be experiment code: the block would not be what the chapter shows).
    func experiments(lines: [String], lineMap: [Int], included: [Bool] = []) -> ([ExperimentBlock], [Diagnostic]) {
        var blocks: [ExperimentBlock] = []
        var diagnostics: [Diagnostic] = []
        var open: OpenFence?
        var usedIDs: Set<String> = []
        func fileLine(_ index: Int) -> Int { index < lineMap.count ? lineMap[index] : index + 1 }

        for (index, line) in lines.enumerated() {
            guard let fence = Self.fence(in: line) else { continue }
            if let current = open {
                let isClosing = fence.marker == current.marker && fence.length >= current.length
                    && fence.info.isEmpty
                guard isClosing else { continue }
                open = nil
                guard let options = parseInfo(current.info, line: lines[current.index], fileLine: fileLine(current.index),
                                              diagnostics: &diagnostics) else { continue }
                let body = lines[(current.index + 1)..<index].map { Self.stripIndent($0, upTo: current.indent) }
                let span = (current.index...index).map(fileLine)
                let hasIncludedText = (current.index...index).contains { $0 < included.count && included[$0] }
                guard !hasIncludedText, zip(span, span.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else {
                    diagnostics.append(Diagnostic(
                        file: file, line: fileLine(current.index), column: current.indent + 1,
                        message: "this experiment block contains text brought in by `{{#include}}`",
                        hint: "experiment code is written in the chapter itself; to show library code, include it in a plain ```swift block"))
                    continue
                }
                if let id = options.id {
                    if usedIDs.contains(id) {
                        diagnostics.append(Diagnostic(
                            file: file, line: fileLine(current.index), message: "the block id `\(id)` is used twice in this chapter",
                            hint: "give each block its own id", sourceLine: lines[current.index]))
                    }
                    usedIDs.insert(id)
                }
                blocks.append(ExperimentBlock(
                    index: blocks.count, code: body.joined(separator: "\n"), firstLine: fileLine(current.index) + 1,
                    hidden: options.hidden, folded: options.folded, id: options.id))
            } else {
                open = OpenFence(marker: fence.marker, length: fence.length, indent: fence.indent, info: fence.info, index: index)
            }
        }
        if let open {
            let fence = String(repeating: open.marker, count: open.length)
            diagnostics.append(Diagnostic(
                file: file, line: fileLine(open.index), column: open.indent + 1,
                message: "this code block is never closed", hint: "end it with a line containing only \(fence)",
                sourceLine: lines[open.index]))
        }
        return (blocks, diagnostics)
    }

    private struct Options {
        var hidden = false
        var folded = false
        var id: String?
    }

    /// The options of an experiment block, or nil when the block is not an experiment or
    /// its info string is wrong (then a diagnostic is added).
    private func parseInfo(_ info: String, line: String, fileLine: Int, diagnostics: inout [Diagnostic]) -> Options? {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.contains("experiment") else { return nil }
        func column(of word: Substring) -> Int {
            guard let range = line.firstRange(of: word) else { return 1 }
            return line.distance(from: line.startIndex, to: range.lowerBound) + 1
        }
        guard words.first == "swift", words.dropFirst().first == "experiment" else {
            diagnostics.append(Diagnostic(
                file: file, line: fileLine, column: column(of: words[0]),
                message: "experiment blocks are written ```swift experiment",
                hint: "only Swift runs; put `experiment` right after `swift`", sourceLine: line))
            return nil
        }
        var options = Options()
        var valid = true
        for word in words.dropFirst(2) {
            if word == "hide" {
                options.hidden = true
            } else if word == "fold" {
                options.folded = true
            } else if word.hasPrefix("id="), Self.isValidID(word.dropFirst(3)) {
                options.id = String(word.dropFirst(3))
            } else {
                valid = false
                let message = word.hasPrefix("id=")
                    ? "`\(word.dropFirst(3))` is not a valid block id"
                    : "unknown experiment block option `\(word)`"
                let hint = word.hasPrefix("id=")
                    ? "an id starts with a letter and holds letters, digits, `-` and `_`"
                    : "the options are " + Self.optionSummary
                diagnostics.append(Diagnostic(
                    file: file, line: fileLine, column: column(of: word), message: message, hint: hint, sourceLine: line))
            }
        }
        if options.hidden, options.folded {
            valid = false
            diagnostics.append(Diagnostic(
                file: file, line: fileLine, message: "`hide` and `fold` together: a hidden block has no code to fold",
                hint: "keep one of them", sourceLine: line))
        }
        return valid ? options : nil
    }

    /// Whether `id` can name a block: a letter, then letters, digits, `-` or `_`.
    static func isValidID(_ id: Substring) -> Bool {
        guard let first = id.first, first.isASCII, first.isLetter else { return false }
        return id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// The fence on a line, if the line is one.
    static func fence(in line: String) -> (marker: Character, length: Int, indent: Int, info: String)? {
        let indent = line.prefix(while: { $0 == " " }).count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
        let length = rest.prefix(while: { $0 == marker }).count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingWhitespace()
        if marker == "`", info.contains("`") { return nil }
        return (marker, length, indent, info)
    }

    private static func stripIndent(_ line: String, upTo count: Int) -> String {
        let spaces = min(count, line.prefix(while: { $0 == " " }).count)
        return String(line.dropFirst(spaces))
    }
}
