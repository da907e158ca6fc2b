/// What a finished run says about the chapter beyond "it ran": the `expect(…)` calls that
/// failed, and names noted twice. Applied to fresh and cached runs alike, so a run
/// taken from the cache fails the build exactly as it did when it ran.
struct RunChecks {
    var chapter: Chapter

    /// One diagnostic per failed expectation and per repeated note name, in block order.
    func problems(in outputs: [BlockOutput]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var firstLine: [String: Int] = [:]
        for output in outputs {
            for note in output.notes {
                if let first = firstLine[note.name] {
                    problems.append(Diagnostic(
                        file: chapter.path, line: note.line, column: callColumn(line: note.line, column: note.column),
                        message: "`\(note.name)` is noted twice (first at line \(first))",
                        hint: "each name holds one value for the prose: note it once, after the loop or with its own name",
                        sourceLine: sourceLine(note.line)))
                } else {
                    firstLine[note.name] = note.line
                }
            }
            for failure in output.failedExpectations {
                problems.append(Diagnostic(
                    file: chapter.path, line: failure.line, column: callColumn(line: failure.line, column: failure.column),
                    message: "expectation failed: \(failure.message)",
                    hint: "the run no longer bears out this claim: fix the experiment, or the claim and the prose it pins",
                    sourceLine: sourceLine(failure.line)))
            }
        }
        return problems
    }

    /// The file column of the called function's name: `#column` as a default argument
    /// gives the call's opening parenthesis in the compiled code, so step back over spaces
    /// and the name, then add the fence's indentation.
    func callColumn(line: Int, column: Int) -> Int {
        guard let source = chapter.experimentLine(line) else { return column }
        let text = Array(source.code)
        guard column >= 1, column - 1 < text.count, text[column - 1] == "(" else { return column + source.indent }
        var start = column - 1
        while start > 0, text[start - 1] == " " { start -= 1 }
        while start > 0, text[start - 1].isLetter || text[start - 1].isNumber || text[start - 1] == "_" || text[start - 1] == "." {
            start -= 1
        }
        return start + 1 + source.indent
    }

    /// The file's text on line `line` if it is experiment code.
    func sourceLine(_ line: Int) -> String? {
        chapter.experimentLine(line)?.text
    }
}
