import Foundation

/// Turns the text of one chapter file into a ``Chapter``: front matter, include
/// expansion, then experiment blocks.
///
/// It never traps, whatever the input (random bytes, truncated files, invalid UTF-8):
/// every problem becomes a ``Diagnostic`` with the chapter's line and column.
public struct ChapterParser: Sendable {
    /// Keys a chapter's front matter understands.
    public static let chapterKeys = ["title", "summary", "timeout", "appendix", "memory-limit"]
    /// Keys `index.md`'s front matter understands.
    public static let introductionKeys = ["title"]
    /// The time limit, in seconds, of a chapter that does not set `timeout:`.
    public static let defaultTimeLimit: Double = 60

    private let expanderRoot: URL

    /// Creates a parser resolving `{{#include}}` paths against the repository `root`.
    public init(root: URL) {
        self.expanderRoot = root
    }

    /// Parses a chapter from the bytes of its file.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - path: the path used in messages and `#sourceLocation` (e.g. `chapters/05-momentum.md`).
    ///   - slug: the file name without extension.
    public func chapter(from bytes: [UInt8], path: String, slug: String) throws(Diagnostics) -> Chapter {
        let parts = try parts(from: bytes, path: path, keys: Self.chapterKeys)
        let (experiments, fenceProblems) = CodeFences(file: path)
            .experiments(lines: parts.expansion.lines, lineMap: parts.expansion.lineMap, included: parts.expansion.included)
        var problems = parts.expansion.diagnostics + fenceProblems
        var title = "", summary: String?, timeLimit = Self.defaultTimeLimit, isAppendix = false
        var memoryLimit = Chapter.defaultMemoryLimit
        do {
            title = try parts.frontMatter.required("title", file: path)
            summary = parts.frontMatter.entries["summary"]?.value
            timeLimit = try parts.frontMatter.seconds("timeout", file: path) ?? Self.defaultTimeLimit
            isAppendix = try parts.frontMatter.flag("appendix", file: path) ?? false
            memoryLimit = try parts.frontMatter.bytes("memory-limit", file: path) ?? Chapter.defaultMemoryLimit
        } catch {
            problems.insert(error, at: 0)
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        let identityMap = parts.expansion.lineMap.enumerated().allSatisfy { $1 == parts.firstLine + $0 }
        return Chapter(
            path: path, slug: slug, title: title, summary: summary,
            body: parts.expansion.lines.joined(separator: "\n"), bodyFirstLine: parts.firstLine,
            bodyLineMap: identityMap ? [] : parts.expansion.lineMap, includedFiles: parts.expansion.includedFiles,
            experiments: experiments, timeLimit: timeLimit, isAppendix: isAppendix,
            summaryLine: parts.frontMatter.entries["summary"]?.line,
            summaryColumn: parts.frontMatter.entries["summary"]?.contentColumn, memoryLimit: memoryLimit)
    }

    /// Parses `index.md`: the course title and the home-page introduction.
    public func introduction(from bytes: [UInt8], path: String) throws(Diagnostics) -> BookIntroduction {
        let parts = try parts(from: bytes, path: path, keys: Self.introductionKeys)
        var problems = parts.expansion.diagnostics
        let (experiments, fenceProblems) = CodeFences(file: path)
            .experiments(lines: parts.expansion.lines, lineMap: parts.expansion.lineMap, included: parts.expansion.included)
        problems += fenceProblems
        if let first = experiments.first {
            problems.append(Diagnostic(
                file: path, line: first.firstLine - 1, message: "the introduction cannot run experiments",
                hint: "move the experiment into a chapter, or make it a plain ```swift block"))
        }
        var title = ""
        do { title = try parts.frontMatter.required("title", file: path) } catch { problems.insert(error, at: 0) }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return BookIntroduction(title: title, body: parts.expansion.lines.joined(separator: "\n"), path: path)
    }

    private struct Parts {
        var frontMatter: FrontMatter
        var expansion: IncludeExpander.Expansion
        var firstLine: Int
    }

    private func parts(from bytes: [UInt8], path: String, keys: [String]) throws(Diagnostics) -> Parts {
        let text = try Self.decode(bytes, path: path)
        // "\r\n" is one Character in Swift, so it must be named as a separator itself.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatter.parse(lines: lines, file: path, allowedKeys: keys)
        } catch {
            throw Diagnostics([error])
        }
        let bodyLines = Array(lines[min(frontMatter.bodyStartIndex, lines.count)...])
        let firstLine = frontMatter.bodyStartIndex + 1
        let expansion = IncludeExpander(root: expanderRoot, file: path).expand(bodyLines, firstLine: firstLine)
        return Parts(frontMatter: frontMatter, expansion: expansion, firstLine: firstLine)
    }

    /// The text of a file, or a diagnostic at the first byte that is not UTF-8.
    static func decode(_ bytes: [UInt8], path: String) throws(Diagnostics) -> String {
        if let text = String(validating: bytes, as: UTF8.self) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        // Find the offending line for the message by decoding line by line.
        var line = 1
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") || index == bytes.count - 1 {
            let end = bytes[index] == UInt8(ascii: "\n") ? index : index + 1
            if String(validating: bytes[start..<end], as: UTF8.self) == nil { break }
            line += 1
            start = index + 1
        }
        throw Diagnostics([Diagnostic(
            file: path, line: line, message: "the file is not valid UTF-8 text",
            hint: "save the chapter as UTF-8")])
    }
}
