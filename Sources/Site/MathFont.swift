import Foundation
import Notebook

/// The math fonts the site ships, both TeX Gyre DejaVu Math (GUST Font License): OpenType fonts
/// with a MATH table, so that Chromium's native MathML stretches `\left( … \right)`, draws the
/// `\big` sizes and enlarges display operators such as `\sum`.
///
/// - **The subset** (`assets/descent-math.woff2`, about 115 KB): committed in
///   `Sources/Site/Resources`, made by `scripts/subset-math-font` (author-side, Python
///   fontTools) from Debian's font: the characters a course page uses, their MATH variants,
///   renamed "Descent Math" as the licence requests (see `README-descent-math.txt`, copied
///   beside it). Declared with its `unicode-range`, so it is the face of every character it has.
/// - **The whole font** (`assets/texgyredejavu-math.otf`, 525 KB): from the Debian package
///   `fonts-texgyre-math` (installed by `scripts/setup`), copied at build time.
///   Declared first under the same family without a range, so a browser downloads it only for a
///   page with a character the subset lacks.
///
/// The stylesheet declares both with `@font-face` for `math` elements only, so a page without
/// math downloads neither.
enum MathFont {
    /// Where Debian installs the whole font.
    static let installed = URL(fileURLWithPath: "/usr/share/texmf/fonts/opentype/public/tex-gyre-math/texgyredejavu-math.otf")
    /// The whole font's file name, in `assets/` beside the stylesheet that refers to it.
    static let fileName = "texgyredejavu-math.otf"
    /// The whole font's file in the site, relative to the site root.
    static let sitePath = "assets/" + fileName
    /// The subset's file name, in `assets/`.
    static let subsetFileName = "descent-math.woff2"
    /// The subset's licence and change notice, copied beside it.
    static let noticeFileName = "README-descent-math.txt"
    /// The family name the stylesheet gives both.
    static let family = "Descent Math"

    /// The committed subset in the module's resources, if present.
    static var subsetResource: URL? { Bundle.module.url(forResource: "descent-math", withExtension: "woff2") }

    /// The subset's CSS `unicode-range` (the code points it maps), or nil without the subset.
    static let subsetRange: String? = {
        guard let url = Bundle.module.url(forResource: "descent-math", withExtension: "unicode-range"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let range = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return range.isEmpty ? nil : range
    }()

    /// The `@font-face` rules: the whole font first, the subset after it (later rules win
    /// where ranges overlap, so the subset serves every character it has).
    static var fontFaces: String {
        var css = """
            @font-face { font-family: "\(family)"; src: url("\(fileName)") format("opentype"); font-display: swap; }

            """
        if let subsetRange, subsetResource != nil {
            css += """
                @font-face { font-family: "\(family)"; src: url("\(subsetFileName)") format("woff2"); font-display: swap;
                  unicode-range: \(subsetRange); }

                """
        }
        return css
    }

    /// The font files of the site: `source` at ``sitePath``, the subset and its notice.
    /// - Throws: a ``Diagnostic`` saying how to install the font when `source` is missing.
    static func files(from source: URL) throws(Diagnostic) -> [(path: String, file: SiteFile)] {
        let resolved = source.resolvingSymlinksInPath()
        guard FileManager.default.fileExists(atPath: source.path), let stamp = FileStamp(resolved) else {
            throw Diagnostic(
                file: source.path, message: "the math font TeX Gyre DejaVu Math is missing",
                hint: "run scripts/setup, or install the Debian package fonts-texgyre-math")
        }
        // Copied, never hard-linked: a site file sharing an inode with a system file (or the
        // build's resources) would let anything writing into the site change them.
        var files: [(path: String, file: SiteFile)] = [(sitePath, .copy(resolved, stamp))]
        if let subset = subsetResource?.resolvingSymlinksInPath(), let subsetStamp = FileStamp(subset) {
            files.append(("assets/" + subsetFileName, .copy(subset, subsetStamp)))
            if let notice = Bundle.module.url(forResource: "README-descent-math", withExtension: "txt")?.resolvingSymlinksInPath(),
               let noticeStamp = FileStamp(notice) {
                files.append(("assets/" + noticeFileName, .copy(notice, noticeStamp)))
            }
        }
        return files
    }
}
