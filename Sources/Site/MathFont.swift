import Foundation
import Notebook

/// The math font the site ships: TeX Gyre DejaVu Math (GUST Font License), an OpenType font
/// with a MATH table, so that Chromium's native MathML stretches `\left( … \right)`, draws the
/// `\big` sizes and enlarges display operators such as `\sum`. It matches the DejaVu text face.
///
/// The file comes from the Debian package `fonts-texgyre-math` (installed by `scripts/setup`)
/// and is copied into `assets/` at build time (never hard-linked: a site file sharing an
/// inode with a system file would let anything writing into the site change the system's). The stylesheet declares it with
/// `@font-face` for `math` elements only, so a browser downloads it only for pages with math.
enum MathFont {
    /// Where Debian installs the font.
    static let installed = URL(fileURLWithPath: "/usr/share/texmf/fonts/opentype/public/tex-gyre-math/texgyredejavu-math.otf")
    /// The font's file name, in `assets/` beside the stylesheet that refers to it.
    static let fileName = "texgyredejavu-math.otf"
    /// The font's file in the site, relative to the site root.
    static let sitePath = "assets/" + fileName
    /// The family name the stylesheet gives it.
    static let family = "Descent Math"

    /// Copies `source` to ``sitePath`` under `root`.
    /// - Throws: a ``Diagnostic`` saying how to install the font when `source` is missing.
    static func copy(from source: URL, into root: URL) throws(Diagnostic) {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: source.path) else {
            throw Diagnostic(
                file: source.path, message: "the math font TeX Gyre DejaVu Math is missing",
                hint: "run scripts/setup, or install the Debian package fonts-texgyre-math")
        }
        let destination = root.appendingPathComponent(sitePath)
        do {
            try fileManager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? fileManager.removeItem(at: destination)
            try fileManager.copyItem(at: source.resolvingSymlinksInPath(), to: destination)
        } catch {
            throw Diagnostic(file: destination.path, message: "could not copy the math font: \(error.localizedDescription)")
        }
    }
}
