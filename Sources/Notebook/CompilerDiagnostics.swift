/// Turns `swiftc`'s output into ``Diagnostic``s located in the chapter.
///
/// Thanks to `#sourceLocation`, errors in experiment code already name the chapter file
/// and line; columns arrive in UTF-8 bytes and are converted to characters. An error
/// reported in the generated file itself (an unbalanced brace runs past its block) is
/// moved to the closing fence of the block it escaped from. Notes become hints.
struct CompilerDiagnostics {
    var chapter: Chapter
    var program: ExperimentProgram
    /// The path of the generated source, as passed to the compiler.
    var generatedPath: String

    /// The errors in `output`, each with the notes that follow it as its hint.
    func diagnostics(fromOutput output: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        // Notes belong to the diagnostic before them, which may be a warning (not kept).
        var afterError = false
        for line in output.split(separator: "\n") {
            guard let parsed = Self.parse(line) else { continue }
            if parsed.severity == "note" || parsed.severity == "remark" {
                guard afterError, !result.isEmpty else { continue }
                let note = parsed.message
                result[result.count - 1].hint = result[result.count - 1].hint.map { $0 + "\n  " + note } ?? note
                continue
            }
            afterError = parsed.severity == "error"
            guard afterError else { continue }
            var located = locate(parsed)
            if located.hint == nil { located.hint = Self.hint(forMessage: parsed.message) }
            result.append(located)
        }
        return result
    }

    /// Warnings for the chapter's expressions that took longer to type-check than the
    /// toolchain's threshold (``ExperimentToolchain/slowTypeCheckMilliseconds``), read from
    /// a successful compilation's output: `expression took 2375ms to type-check (limit: 300ms)`.
    func slowTypeChecks(fromOutput output: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for line in output.split(separator: "\n") {
            guard let parsed = Self.parse(line), parsed.severity == "warning",
                  let took = parsed.message.firstRange(of: "expression took "),
                  let ms = parsed.message[took.upperBound...].firstRange(of: "ms to type-check"),
                  let milliseconds = Int(parsed.message[took.upperBound..<ms.lowerBound]) else { continue }
            var located = locate(parsed)
            guard located.file == chapter.path else { continue }
            located.message = "this expression takes \(milliseconds) ms to type-check, on every build of the chapter"
            located.hint = "write the types the compiler has to guess: a closure's parameter and result "
                + "(`{ (t: Int) -> Bool in … }`), or bind its parts to `let` constants"
            located.isWarning = true
            result.append(located)
        }
        return result
    }

    private func locate(_ parsed: Parsed) -> Diagnostic {
        if parsed.file == chapter.path || parsed.file.hasSuffix("/" + chapter.path) {
            guard let source = chapter.experimentLine(parsed.line) else {
                return Diagnostic(file: chapter.path, line: parsed.line, column: parsed.column, message: parsed.message)
            }
            let column = Self.characterColumn(byteColumn: parsed.column, in: source.code) + source.indent
            return Diagnostic(
                file: chapter.path, line: parsed.line, column: column, message: parsed.message, sourceLine: source.text)
        }
        if parsed.file == generatedPath, let block = program.block(atGeneratedLine: parsed.line),
           block < chapter.experiments.count {
            let experiment = chapter.experiments[block]
            let closing = experiment.firstLine + experiment.code.split(separator: "\n", omittingEmptySubsequences: false).count
            return Diagnostic(
                file: chapter.path, line: closing, message: parsed.message,
                hint: "the code of the block ending here is incomplete (an unclosed brace or parenthesis?)")
        }
        return Diagnostic(file: parsed.file, line: parsed.line, column: parsed.column, message: parsed.message)
    }

    /// What to do about an error `swiftc` reports without a fix of its own.
    ///
    /// "unable to type-check this expression in reasonable time": measured on a closure
    /// `{ t in 0.5 * (x[t] * x[t] + x[t - 1] * x[t - 1]) }` over `[Double]`, the solver gives
    /// up after seconds because `t`'s type is unknown and every `*`, `+`, `-` has the
    /// library's Vector and Dual overloads on top of the standard ones; annotated
    /// `{ (t: Int) -> Double in … }` the same expression takes 9 ms.
    static func hint(forMessage message: String) -> String? {
        guard message.contains("unable to type-check this expression in reasonable time") else { return nil }
        return "write the types the compiler has to guess: a closure's parameter and result "
            + "(`{ (t: Int) -> Double in … }`), or bind parts to `let` constants with a type "
            + "(`let a: Double = x[t] * x[t]`)"
    }

    /// The chapter's text on experiment line `line`, if that line is experiment code.
    func codeLine(_ line: Int) -> String? {
        for block in chapter.experiments where line >= block.firstLine {
            let lines = block.code.split(separator: "\n", omittingEmptySubsequences: false)
            if line - block.firstLine < lines.count { return String(lines[line - block.firstLine]) }
        }
        return nil
    }

    static func characterColumn(byteColumn: Int, in line: String) -> Int {
        var bytes = 0
        var characters = 0
        for character in line {
            if bytes >= byteColumn - 1 { break }
            bytes += character.utf8.count
            characters += 1
        }
        return characters + 1
    }

    struct Parsed {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
    }

    /// Parses `file:line:column: severity: message`.
    static func parse(_ line: Substring) -> Parsed? {
        for severity in ["error", "warning", "note", "remark"] {
            guard let marker = line.firstRange(of: ": \(severity): ") else { continue }
            let location = line[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard location.count >= 3, let lineNumber = Int(location[location.count - 2]),
                  let column = Int(location[location.count - 1]) else { continue }
            let file = location.dropLast(2).joined(separator: ":")
            return Parsed(file: file, line: lineNumber, column: column, severity: severity,
                          message: String(line[marker.upperBound...]))
        }
        return nil
    }
}
