import Foundation
import Notebook

/// A new chapter file: the next `NN-slug.md` of a chapters folder, with front matter and a
/// small experiment that builds as it is.
public struct ChapterScaffold: Sendable {
    /// The chapter's title.
    public var title: String
    /// The file name, e.g. `06-adaptive-steps.md`.
    public var fileName: String

    /// Why a chapter cannot be scaffolded.
    public struct Refusal: Error, CustomStringConvertible {
        /// What is wrong, in a sentence.
        public var description: String
    }

    /// The scaffold for `title` in the chapters folder `directory`: numbered one past the
    /// highest numbered chapter there (appendices, `appendix: true`, do not count), with
    /// the same number of digits (at least two).
    ///
    /// - Throws: ``Refusal`` when the title is empty or gives no slug, or a chapter with the
    ///   same slug already exists.
    public init(title: String, in directory: URL) throws(Refusal) {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw Refusal(description: "the title is empty") }
        guard !trimmed.contains(where: \.isNewline) else { throw Refusal(description: "the title must be one line") }
        let slug = Self.slug(trimmed)
        guard !slug.isEmpty else {
            throw Refusal(description: "the title \"\(trimmed)\" has no ASCII letters or digits to name the file after")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let chapters = names.filter(BookLoader.isChapterFileName).sorted()
        if let same = chapters.first(where: { $0.drop(while: \.isNumber).dropFirst() == slug + ".md" }) {
            throw Refusal(description: "a chapter named \"\(slug)\" already exists: \(same)")
        }
        var highest = 0, width = 2
        for name in chapters where !Self.isAppendix(directory.appending(path: name)) {
            let digits = name.prefix(while: \.isNumber)
            highest = max(highest, Int(digits) ?? 0)
            width = max(width, digits.count)
        }
        let number = String(highest + 1)
        self.title = trimmed
        self.fileName = String(repeating: "0", count: max(0, width - number.count)) + number + "-" + slug + ".md"
    }

    /// The file name part of a title: ASCII letters (accents dropped) and digits, lowercased,
    /// words joined by single hyphens, at most about 60 characters.
    public static func slug(_ title: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in title.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark || scalar == "'" || scalar == "’" {
                continue  // the accent of "é", the apostrophe of "Newton's"
            } else {
                pendingHyphen = true
            }
        }
        slug = slug.lowercased()
        while slug.count > 60, let cut = slug.lastIndex(of: "-") { slug = String(slug[..<cut]) }
        return slug
    }

    /// The chapter file's text.
    public var text: String {
        let needsQuotes = title.first.map { "\"'#".contains($0) } ?? false
        let titleValue = needsQuotes ? "'\(title)'" : title
        return """
            ---
            title: \(titleValue)
            summary: One sentence on what this chapter shows.
            ---

            Start with the question the chapter answers. Prose is Markdown, math is LaTeX:
            gradient descent takes the step $\\mathbf{x} \\leftarrow \\mathbf{x} - \\eta \\nabla f(\\mathbf{x})$.

            ## A first experiment {#first-experiment}

            The block below is Swift, compiled against the course library and run when the site
            is built; what it prints and shows appears under it.

            ```swift experiment id=first-run
            let firstRun = try GradientDescent(learningRate: 0.1).run(on: .bowl, from: [-5, -2.5], steps: 30)
            print(firstRun)
            show(Figure.contours(of: .bowl, runs: [firstRun], labels: ["η = 0.1"]),
                 caption: "Thirty steps of gradient descent with $\\\\eta = 0.1$ on $x_1^2 + 2x_2^2$.",
                 alt: "Elliptical contours around the origin; the path of iterates curves from the lower left into the minimum at the centre.",
                 id: "first-run")
            ```

            @fig:first-run shows the path. Replace this experiment with your own, and see the
            authoring guide for everything a chapter can do.

            """
    }

    /// Writes the file into `directory`, never over an existing file; returns its URL.
    public func write(into directory: URL) throws -> URL {
        let url = directory.appending(path: fileName)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        do {
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            if FileManager.default.fileExists(atPath: url.path) {
                throw Refusal(description: "\(url.path) already exists; it was left as it was")
            }
            throw error
        }
        return url
    }

    /// Whether the chapter file at `url` says `appendix: true` in its front matter.
    ///
    /// Only the front matter is read: parsing the whole chapter would also expand its
    /// `{{#include}}`s, and a chapter whose includes do not resolve from here (the authoring
    /// guide includes library sources) must still count as the appendix it is.
    static func isAppendix(_ url: URL) -> Bool {
        guard let bytes = FileManager.default.contents(atPath: url.path) else { return false }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return false }
        for line in lines.dropFirst() {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text == "---" { break }
            guard let colon = text.firstIndex(of: ":"), text[..<colon].trimmingCharacters(in: .whitespaces) == "appendix" else { continue }
            var value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if let hash = value.firstIndex(of: "#") { value = value[..<hash].trimmingCharacters(in: .whitespaces) }
            value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return ["true", "yes"].contains(value.lowercased())
        }
        return false
    }
}
