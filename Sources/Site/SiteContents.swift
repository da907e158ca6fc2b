#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Notebook

/// One file of a rendered site, before it is written: text or bytes made by the render, or a
/// file on disk to put there (a figure from the run cache, a hand-made image, the math font).
enum SiteFile: Equatable, Sendable {
    /// A page, stylesheet, script or index.
    case text(String)
    /// A binary file made by the render (a chapter's package archive).
    case bytes([UInt8])
    /// A figure: hard-linked where the file system allows (figures are never changed in
    /// place), copied otherwise.
    case link(URL, FileStamp)
    /// Copied, never linked: a hand-made image or the math font.
    case copy(URL, FileStamp)

    /// Its size in bytes.
    var size: Int {
        switch self {
        case .text(let text): text.utf8.count
        case .bytes(let bytes): bytes.count
        case .link(_, let stamp), .copy(_, let stamp): Int(stamp.size)
        }
    }

    /// The text of a page, nil for any other kind of file.
    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}

/// Every file of a rendered site by its path relative to the site root, in the order the
/// render made them; written into a folder at once (``write(into:)``, `descent build`) or
/// compared with the published site and only the difference written (``LiveSite``,
/// `descent serve`). Link checks and budgets read it, not the disk.
struct SiteContents: Sendable {
    private(set) var files: [String: SiteFile] = [:]
    private(set) var order: [String] = []

    /// Adds (or replaces) the file at `path`.
    mutating func add(_ path: String, _ file: SiteFile) {
        if files.updateValue(file, forKey: path) == nil { order.append(path) }
    }

    /// Adds every file of `other` after these.
    mutating func add(_ other: SiteContents) {
        for path in other.order { add(path, other.files[path]!) }
    }

    /// Whether `path` is a file of the site (folders are not files).
    func contains(_ path: String) -> Bool { files[path] != nil }

    /// The text of the page at `path`, nil when it is not a text file of the site.
    func text(_ path: String) -> String? { files[path]?.text }

    /// The size of the file at `path`, nil when it is not in the site.
    func size(_ path: String) -> Int? { files[path]?.size }

    /// Writes every file under `directory`, in order.
    /// - Throws: ``SiteBuildError`` naming the file that could not be written.
    func write(into directory: URL) throws {
        var folders: Set<String> = []
        for path in order {
            try Self.write(files[path]!, to: directory.appending(path: path), folders: &folders)
        }
    }

    /// Puts `file` at `url` (replacing what was there), creating its folder unless `folders` has it.
    static func write(_ file: SiteFile, to url: URL, folders: inout Set<String>) throws {
        let fileManager = FileManager.default
        do {
            let folder = url.deletingLastPathComponent()
            if folders.insert(folder.path).inserted {
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            switch file {
            case .text(let text): try Data(text.utf8).write(to: url)
            case .bytes(let bytes): try Data(bytes).write(to: url)
            case .link(let source, _): try fileManager.linkOrCopy(source, to: url)
            case .copy(let source, _):
                try? fileManager.removeItem(at: url)
                try fileManager.copyItem(at: source, to: url)
            }
        } catch {
            throw SiteBuildError(diagnostics: [Diagnostic(file: url.path, message: "could not write: \(error.localizedDescription)")])
        }
    }
}
