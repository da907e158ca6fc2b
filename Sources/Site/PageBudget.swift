import Foundation
import Notebook

/// The page budget of issue 5: a chapter page's HTML with the stylesheet and script every page
/// loads stays under 100 KB, images (and the math font, fetched only for pages with math) not
/// counted, nor the search bundle, loaded only when the search box is used.
///
/// Going over is a warning, not an error: the site still works, only slower to load.
struct PageBudget {
    /// The limit in bytes.
    static let limit = 100_000

    /// The size of a file of the site by its path relative to the root; nil when it is missing.
    var fileSize: (String) -> Int?

    /// Measures the site written in `root`.
    init(root: URL) { fileSize = { SiteFileSize.onDisk($0, root: root) } }

    /// Measures a site before it is written.
    init(contents: SiteContents) { fileSize = contents.size }

    /// The bytes a reader downloads for `page` before images: the page, stylesheet and script.
    func size(of page: String) throws -> Int {
        try [page, Assets.stylesheetPath, Assets.scriptPath].reduce(0) { total, path in
            guard let size = fileSize(path) else { throw Diagnostic(file: path, message: "missing from the site") }
            return total + size
        }
    }

    /// A warning for each page over the limit, located at the chapter it comes from.
    /// - Parameter pages: (page file relative to the root, chapter file it is rendered from).
    func check(_ pages: [(page: String, source: String)]) -> [Diagnostic] {
        pages.compactMap { page, source in
            guard let size = try? size(of: page), size >= Self.limit else { return nil }
            return Diagnostic(
                file: source,
                message: "\(page) is \(Self.kilobytes(size)) with its CSS and JS, over the page budget of \(Self.kilobytes(Self.limit)) (images not counted)",
                hint: "shorten the chapter's listings or printed output, or split the chapter")
        }
    }

    /// `101.3 KB` (1 KB = 1000 bytes, as the budget is stated).
    static func kilobytes(_ bytes: Int) -> String {
        String(format: "%.1f KB", Double(bytes) / 1000)
    }

    /// `file: warning: message` and the hint, the way `descent build` prints errors.
    static func warningText(_ diagnostic: Diagnostic) -> String {
        var text = "\(diagnostic.file): warning: \(diagnostic.message)"
        if let hint = diagnostic.hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// The size of a file written in a site folder.
enum SiteFileSize {
    /// The size of `path` under `root`, nil when it is missing.
    static func onDisk(_ path: String, root: URL) -> Int? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)
        return (attributes?[.size] as? NSNumber)?.intValue
    }
}
