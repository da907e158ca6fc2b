import Foundation

/// The one-column phone variant of a figure, when the run made one.
///
/// A figure wider than a phone's column is scaled down there, and with it its labels: an
/// 11 px tick label of a 960 px, three-panel figure ends up at about 4 px on a 390 px phone.
/// So the `Experiments` runtime (`show(…)`) also renders such a figure at phone width, its
/// panels stacked in one column, as `figure-N-narrow-light.png` and `figure-N-narrow-dark.png`
/// beside `figure-N-light.png`; the page offers it below ``maxWidth`` through a `<source>`.
/// Runs cached before the variant existed simply have no such file, and keep one image.
struct NarrowFigure: Equatable {
    /// The viewport width, in rem, below which the narrow variant is shown.
    static let maxWidth = "36rem"

    var lightFile: String
    var darkFile: String
    /// Size at 1×, in CSS pixels (the PNGs are rendered at 2×).
    var width: Int
    var height: Int

    /// `figure-3-light.png` → `figure-3-narrow-light.png` (nil for a name not of that form).
    static func fileName(for name: String) -> String? {
        for theme in ["light", "dark"] where name.hasSuffix("-\(theme).png") {
            return String(name.dropLast(theme.count + 5)) + "-narrow-\(theme).png"
        }
        return nil
    }

    /// The variant of the figure whose light and dark files are given, if both exist in `directory`.
    static func find(light: String, dark: String, in directory: URL) -> NarrowFigure? {
        guard let narrowLight = fileName(for: light), let narrowDark = fileName(for: dark) else { return nil }
        let lightURL = directory.appendingPathComponent(narrowLight)
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(narrowDark).path),
              let size = pngSize(lightURL) else { return nil }
        return NarrowFigure(lightFile: narrowLight, darkFile: narrowDark, width: size.width / 2, height: size.height / 2)
    }

    /// Width and height from a PNG's IHDR chunk (bytes 16–23), or nil if the file is not a PNG.
    static func pngSize(_ url: URL) -> (width: Int, height: Int)? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 24), data.count == 24,
              data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        let bytes = [UInt8](data)
        func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }
}
