import Foundation

/// Loads a course from its chapters folder: `NN-slug.md` chapter files in file-name order
/// and the optional `index.md` introduction.
public struct BookLoader: Sendable {
    /// The folder holding the chapter files.
    public var directory: URL
    /// How the folder is written in messages and `#sourceLocation` (e.g. `chapters`).
    public var displayPath: String
    /// The repository root `{{#include}}` paths are relative to.
    public var root: URL
    /// Chapters parsed by earlier loads, reused where nothing they were made from changed
    /// (``ChapterLoadMemo``, kept by `descent serve`); nil: every chapter is parsed.
    public var memo: ChapterLoadMemo?

    /// Title used when there is no `index.md`.
    public static let defaultTitle = "Course"

    /// Creates a loader for `directory`.
    ///
    /// - Parameters:
    ///   - directory: the chapters folder.
    ///   - displayPath: how messages name the folder; by default, its path relative to the
    ///     current directory when it is inside it.
    ///   - root: the repository root; by default the nearest ancestor holding `Package.swift`.
    public init(directory: URL, displayPath: String? = nil, root: URL? = nil) {
        self.directory = directory.standardizedFileURL
        self.displayPath = displayPath ?? Self.displayPath(of: self.directory)
        self.root = root ?? Self.repositoryRoot(above: self.directory)
    }

    /// Loads every chapter and the introduction, collecting the problems of all files.
    public func load() throws(Diagnostics) -> Book {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            throw Diagnostics([Diagnostic(
                file: displayPath, message: "cannot read the chapters folder",
                hint: "run from the repository root, or pass --chapters DIR")])
        }
        var problems: [Diagnostic] = []
        var chapters: [Chapter] = []
        var introduction = BookIntroduction(title: Self.defaultTitle, body: "")
        let parser = ChapterParser(root: root)
        memo?.startLoad()
        for name in names where name.hasSuffix(".md") {
            let path = displayPath.isEmpty ? name : displayPath + "/" + name
            guard let bytes = FileManager.default.contents(atPath: directory.appending(path: name).path) else {
                problems.append(Diagnostic(file: path, message: "cannot read the file"))
                continue
            }
            do throws(Diagnostics) {
                if name == "index.md" {
                    introduction = try parser.introduction(from: Array(bytes), path: path)
                } else if Self.isChapterFileName(name) {
                    let bytes = Array(bytes), slug = String(name.dropLast(3))
                    if let memo {
                        chapters.append(try memo.chapter(bytes: bytes, path: path, slug: slug, root: root) { () throws(Diagnostics) in
                            try parser.chapter(from: bytes, path: path, slug: slug)
                        })
                    } else {
                        chapters.append(try parser.chapter(from: bytes, path: path, slug: slug))
                    }
                } else {
                    problems.append(Diagnostic(
                        file: path, message: "not a chapter file name",
                        hint: "name chapters `NN-slug.md` (e.g. `05-momentum.md`); `index.md` holds the introduction"))
                }
            } catch {
                problems += error.items
            }
        }
        if chapters.isEmpty, problems.isEmpty {
            problems.append(Diagnostic(
                file: displayPath, message: "no chapters found", hint: "add a file such as `01-introduction.md`"))
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return Book(introduction: introduction, chapters: chapters)
    }

    /// Whether `name` has the `NN-slug.md` form: digits, a dash, then a slug of lowercase
    /// letters, digits and dashes.
    public static func isChapterFileName(_ name: String) -> Bool {
        guard name.hasSuffix(".md") else { return false }
        let stem = name.dropLast(3)
        let digits = stem.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = stem.dropFirst(digits.count)
        guard !digits.isEmpty, rest.first == "-", rest.count > 1 else { return false }
        return rest.dropFirst().allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// The nearest ancestor of `directory` (itself included) holding `Package.swift`, or
    /// the parent of `directory` when there is none.
    public static func repositoryRoot(above directory: URL) -> URL {
        var candidate = directory.standardizedFileURL
        while candidate.path != "/" {
            if FileManager.default.fileExists(atPath: candidate.appending(path: "Package.swift").path) {
                return candidate
            }
            candidate = candidate.deletingLastPathComponent()
        }
        return directory.standardizedFileURL.deletingLastPathComponent()
    }

    /// `directory` relative to the current directory when inside it, otherwise absolute.
    static func displayPath(of directory: URL) -> String {
        let current = URL(filePath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let path = directory.path
        if path == current { return "." }
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
