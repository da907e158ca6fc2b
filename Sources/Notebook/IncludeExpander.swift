import Foundation

/// Expands `{{#include path}}` and `{{#include path:anchor}}` directives, mdBook style.
///
/// Paths are relative to the repository root. A directive may stand anywhere on a line;
/// the included text replaces it, and every line it brings in is mapped back to the
/// directive's line so later messages still point at the chapter. `\{{#include …}}` is
/// left in the text (without the backslash), so the authoring guide can show the syntax.
struct IncludeExpander {
    /// The repository root include paths are resolved against.
    var root: URL
    /// The chapter path, for diagnostics.
    var file: String

    /// The expanded text.
    struct Expansion {
        /// The resulting lines.
        var lines: [String] = []
        /// For each resulting line, the 1-based line of the chapter file it comes from.
        var lineMap: [Int] = []
        /// For each resulting line, whether it holds included text.
        var included: [Bool] = []
        /// Repository-relative paths of the included files, each once, in order.
        var includedFiles: [String] = []
        /// Problems found; the offending directives are left in the text.
        var diagnostics: [Diagnostic] = []
    }

    private static let opening = "{{#include"

    /// Expands the directives in `lines`, the first of which is line `firstLine` of the file.
    func expand(_ lines: [Substring], firstLine: Int) -> Expansion {
        var result = Expansion()
        for (offset, line) in lines.enumerated() {
            let lineNumber = firstLine + offset
            // Most lines hold no brace at all: a byte scan rejects them before the substring search.
            guard line.utf8.contains(UInt8(ascii: "{")), line.contains("{{#include") else {
                result.lines.append(String(line))
                result.lineMap.append(lineNumber)
                result.included.append(false)
                continue
            }
            var includedSomething = false
            let expanded = expandLine(line, lineNumber: lineNumber, into: &result, didInclude: &includedSomething)
            for part in expanded.split(separator: "\n", omittingEmptySubsequences: false) {
                result.lines.append(String(part))
                result.lineMap.append(lineNumber)
                result.included.append(includedSomething)
            }
        }
        return result
    }

    private func expandLine(
        _ line: Substring, lineNumber: Int, into result: inout Expansion, didInclude: inout Bool
    ) -> String {
        var output = ""
        var rest = line
        while let range = rest.firstRange(of: Self.opening) {
            let before = rest[..<range.lowerBound]
            if before.hasSuffix("\\") {
                output += before.dropLast() + Self.opening
                rest = rest[range.upperBound...]
                continue
            }
            output += before
            let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
            guard let close = rest[range.upperBound...].firstRange(of: "}}") else {
                result.diagnostics.append(Diagnostic(
                    file: file, line: lineNumber, column: column,
                    message: "`{{#include` is not closed by `}}` on the same line",
                    hint: "write `{{#include path/to/File.swift:anchor}}`", sourceLine: String(line)))
                output += rest[range.lowerBound...]
                return output
            }
            let argument = rest[range.upperBound..<close.lowerBound].trimmingWhitespace()
            switch include(argument) {
            case .success(let (text, path)):
                output += text
                didInclude = true
                if !result.includedFiles.contains(path) { result.includedFiles.append(path) }
            case .failure(let failure):
                result.diagnostics.append(Diagnostic(
                    file: file, line: lineNumber, column: column, message: failure.message,
                    hint: failure.hint, sourceLine: String(line)))
                output += rest[range.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        output += rest
        return output
    }

    private struct Failure: Error {
        var message: String
        var hint: String?
    }

    /// The text a directive argument (`path` or `path:anchor`) stands for, and its path.
    private func include(_ argument: String) -> Result<(String, String), Failure> {
        var path = argument
        var anchor: String?
        if let colon = argument.lastIndex(of: ":") {
            let name = argument[argument.index(after: colon)...]
            if !name.isEmpty, !name.contains("/") {
                path = String(argument[..<colon])
                anchor = String(name)
            }
        }
        guard !path.isEmpty else {
            return .failure(Failure(
                message: "`{{#include}}` needs a path",
                hint: "write `{{#include Sources/Descent/File.swift:anchor}}`"))
        }
        let components = path.split(separator: "/")
        guard !path.hasPrefix("/"), !components.contains("..") else {
            return .failure(Failure(
                message: "cannot include `\(path)`: include paths must stay inside the repository",
                hint: "write the path relative to the repository root, e.g. `Sources/Descent/…`"))
        }
        let url = root.appending(path: path)
        // A symbolic link inside the repository may point anywhere: check where it leads.
        let realRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
        let realFile = url.resolvingSymlinksInPath().standardizedFileURL.path
        if FileManager.default.fileExists(atPath: url.path), !realFile.hasPrefix(realRoot + "/") {
            return .failure(Failure(
                message: "cannot include `\(path)`: it is a symbolic link to \(realFile), outside the repository",
                hint: "include files of the repository itself"))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(Failure(
                message: "cannot include `\(path)`: no such file",
                hint: "include paths are relative to the repository root (\(root.path))"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(Failure(message: "cannot include `\(path)`: the file is not UTF-8 text", hint: nil))
        }
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard let anchor else { return .success((AnchoredRegion.wholeFile(normalized), path)) }
        switch AnchoredRegion.extract(anchor, from: normalized) {
        case .success(let region):
            return .success((region, path))
        case .failure(.unclosed):
            return .failure(Failure(
                message: "anchor `\(anchor)` in `\(path)` is never closed",
                hint: "add `// ANCHOR_END: \(anchor)` after the region"))
        case .failure(.missing(let available)):
            let known = available.isEmpty
                ? "the file has no anchors; mark the region with `// ANCHOR: \(anchor)` and `// ANCHOR_END: \(anchor)`"
                : "anchors in that file: " + available.joined(separator: ", ")
            return .failure(Failure(message: "no anchor `\(anchor)` in `\(path)`", hint: known))
        }
    }
}
