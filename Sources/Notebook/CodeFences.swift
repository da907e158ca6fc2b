/// Finds a chapter's ```` ```swift experiment ```` blocks the way the page will show them:
/// cmark-gfm, the parser that renders the page, decides what is a code block (so a fence
/// inside an HTML block, a quote or a list is read exactly as the page reads it), and each
/// block is identified by the line of its opening fence (``ExperimentBlock/bodyLine``),
/// never by counting.
///
/// Besides the blocks it reports, at their lines:
/// - an experiment block inside a list item, a block quote or a footnote (refused: what it
///   prints and shows belongs to the flow of the chapter, and its code would not be the
///   lines as written, prefixes removed);
/// - a line that looks like an experiment fence but that Markdown does not read as one
///   (inside an HTML block such as `<div>`, indented four spaces, …): it would be shown as
///   text and never run, or run and never shown;
/// - a code block that is never closed.
struct CodeFences {
    /// The chapter path, for diagnostics.
    var file: String

    /// The options an experiment block's info string may carry after `swift experiment`.
    static let optionSummary = "`hide`, `fold`, `id=name`"

    /// The experiment blocks of `lines` and the problems found on the way.
    /// - Parameter included: for each line, whether `{{#include}}` brought it in (such
    ///   text cannot be experiment code: the block would not be what the chapter shows).
    func experiments(lines: [String], lineMap: [Int], included: [Bool] = []) -> ([ExperimentBlock], [Diagnostic]) {
        var blocks: [ExperimentBlock] = []
        var diagnostics: [Diagnostic] = []
        var usedIDs: Set<String> = []
        var experimentFences: Set<Int> = []
        func fileLine(_ index: Int) -> Int { index < lineMap.count ? lineMap[index] : index + 1 }
        func text(_ index: Int) -> String { index < lines.count ? lines[index] : "" }

        let markdown = MarkdownBlocks(lines.joined(separator: "\n"))
        for block in markdown.fenced {
            let closed = Self.isClosingFence(text(block.endLine), of: block) && block.endLine > block.line
            if !closed {
                let fence = String(repeating: block.fence.character, count: block.fence.length)
                let container = block.containers.first.map { " (it ends with the \(Self.describe($0)) around it)" } ?? ""
                diagnostics.append(Diagnostic(
                    file: file, line: fileLine(block.line), column: block.column,
                    message: "this code block is never closed\(container)", hint: "end it with a line containing only \(fence)",
                    sourceLine: text(block.line)))
            }
            guard let options = parseInfo(block.info, line: text(block.line), fileLine: fileLine(block.line),
                                          diagnostics: &diagnostics) else { continue }
            experimentFences.insert(block.line)
            guard closed else { continue }
            if let container = block.containers.first {
                diagnostics.append(Diagnostic(
                    file: file, line: fileLine(block.line), column: block.column,
                    message: "an experiment block cannot be inside a \(Self.describe(container))",
                    hint: "move it to the top level of the chapter: unindented, with a blank line before it",
                    sourceLine: text(block.line)))
                continue
            }
            let span = (block.line...block.endLine).map(fileLine)
            let hasIncludedText = (block.line...block.endLine).contains { $0 < included.count && included[$0] }
            guard !hasIncludedText, zip(span, span.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else {
                diagnostics.append(Diagnostic(
                    file: file, line: fileLine(block.line), column: block.column,
                    message: "this experiment block contains text brought in by `{{#include}}`",
                    hint: "experiment code is written in the chapter itself; to show library code, include it in a plain ```swift block"))
                continue
            }
            if let id = options.id {
                if usedIDs.contains(id) {
                    diagnostics.append(Diagnostic(
                        file: file, line: fileLine(block.line), message: "the block id `\(id)` is used twice in this chapter",
                        hint: "give each block its own id", sourceLine: text(block.line)))
                }
                usedIDs.insert(id)
            }
            var code = block.literal
            if code.hasSuffix("\n") { code.removeLast() }
            blocks.append(ExperimentBlock(
                index: blocks.count, code: code, firstLine: fileLine(block.line) + 1, bodyLine: block.line,
                hidden: options.hidden, folded: options.folded, id: options.id, column: block.column))
        }

        // Lines that read like an experiment fence to a person but not to Markdown.
        for (index, line) in lines.enumerated() where !experimentFences.contains(index) {
            // Text inside a code block is code, except an indented block that starts with
            // an experiment fence: that is a fence indented by mistake.
            guard Self.looksLikeExperimentFence(line),
                  markdown.indentedCodeStarts.contains(index) || !markdown.codeLines.contains(where: { $0.contains(index) }),
                  !markdown.htmlBlocks.contains(where: { $0.isComment && $0.lines.contains(index) }) else { continue }
            let hint: String
            if let html = markdown.htmlBlocks.first(where: { $0.lines.contains(index) }) {
                hint = "it is part of the HTML block that starts at line \(fileLine(html.lines.lowerBound)); "
                    + "leave a blank line between the HTML tag and the fence, and before the closing tag"
            } else if line.prefix(while: { $0 == " " }).count >= 4 {
                hint = "it is indented four spaces or more, which makes it plain indented text; un-indent it"
            } else {
                hint = "start the fence on a line of its own, with a blank line before it"
            }
            diagnostics.append(Diagnostic(
                file: file, line: fileLine(index), column: line.prefix(while: { $0 == " " || $0 == ">" }).count + 1,
                message: "this experiment fence is not read as a code block by Markdown, so it would never run or never show",
                hint: hint, sourceLine: line))
        }
        diagnostics.sort { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
        return (blocks, diagnostics)
    }

    /// A reader's name for a cmark container type.
    static func describe(_ container: String) -> String {
        switch container {
        case "item", "list": "list item"
        case "block_quote": "block quote"
        case "footnote_definition": "footnote"
        default: container.replacingOccurrences(of: "_", with: " ")
        }
    }

    /// Whether `line` closes `block`: after any container prefix (`>` and spaces), a run of
    /// the fence character at least as long as the opening fence, then only spaces.
    static func isClosingFence(_ line: String, of block: FencedCodeBlock) -> Bool {
        let rest = line.drop(while: { $0 == " " || $0 == ">" || $0 == "\t" })
        let run = rest.prefix(while: { $0 == block.fence.character }).count
        return run >= block.fence.length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Whether a line, container prefixes (`>`, list markers, spaces) removed, opens a
    /// fence whose info string holds `experiment`.
    static func looksLikeExperimentFence(_ line: String) -> Bool {
        var rest = Substring(line)
        while true {
            let trimmed = rest.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix(">") { rest = trimmed.dropFirst(); continue }
            if let marker = trimmed.first, "-*+".contains(marker), trimmed.dropFirst().first == " " {
                rest = trimmed.dropFirst(2); continue
            }
            let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
            if !digits.isEmpty, let after = trimmed.dropFirst(digits.count).first, after == "." || after == ")",
               trimmed.dropFirst(digits.count + 1).first == " " {
                rest = trimmed.dropFirst(digits.count + 2); continue
            }
            rest = trimmed
            break
        }
        guard let marker = rest.first, marker == "`" || marker == "~" else { return false }
        let length = rest.prefix(while: { $0 == marker }).count
        guard length >= 3 else { return false }
        return rest.dropFirst(length).split(whereSeparator: { $0 == " " || $0 == "\t" }).contains("experiment")
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
}
