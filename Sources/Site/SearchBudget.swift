import Foundation
import Notebook

/// The search budget of issue 5: the search bundle `assets/search.js` — the whole index with the
/// search code and styles, everything the first use of the search box downloads — stays under
/// 300 KB. Checked with the page budget; going over is a warning, not an error (search still
/// works, its first use is only slower), which names the chapters with the largest share.
struct SearchBudget {
    /// The limit in bytes (1 KB = 1000 bytes).
    static let limit = 300_000

    /// The size of a file of the site by its path relative to the root; nil when it is missing.
    var fileSize: (String) -> Int?

    /// Measures the site written in `root`.
    init(root: URL) { fileSize = { SiteFileSize.onDisk($0, root: root) } }

    /// Measures a site before it is written.
    init(contents: SiteContents) { fileSize = contents.size }

    /// The bundle's size in bytes, nil when it is missing.
    func size() -> Int? { fileSize(Assets.searchBundlePath) }

    /// A warning when the bundle is over the limit.
    /// - Parameter parts: each chapter file with its part of the index, to name the largest.
    func check(_ parts: [(source: String, index: SearchIndex)]) -> [Diagnostic] {
        guard let size = size(), size > Self.limit else { return [] }
        let shares: [(source: String, bytes: Int)] = parts.map { part in
            let bytes = (try? JSONEncoder().encode(part.index.entries).count) ?? 0
            return (part.source, bytes)
        }
        let sorted = shares.sorted { $0.bytes != $1.bytes ? $0.bytes > $1.bytes : $0.source < $1.source }
        let largest: [String] = sorted.prefix(3).map { $0.source + " " + PageBudget.kilobytes($0.bytes) }
        var message = "the search bundle is " + PageBudget.kilobytes(size) + ", over the search budget of " + PageBudget.kilobytes(Self.limit)
        if !largest.isEmpty { message += " (largest shares: " + largest.joined(separator: ", ") + ")" }
        let hint = "shorten long printed output (only its first \(SearchIndex.outputLimit) characters are indexed) and long alt texts, "
            + "or lower SearchIndex.readable (the characters of each section kept as written for snippets)"
        return [Diagnostic(file: Assets.searchBundlePath, message: message, hint: hint)]
    }
}
