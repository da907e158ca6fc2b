import Notebook

/// A chapter as a Swift package a reader can download, run and change: every experiment
/// block of the chapter — hidden ones included, so nothing a later block uses is missing —
/// in page order as one `main.swift`, with a `Package.swift` that depends on the course's
/// library (the `Experiments` product of this repository) and a README on how to run it.
///
/// The library is a path dependency, by default `../descent` (a clone of the repository next
/// to the unpacked folder), or wherever `DESCENT_PATH` points: the site does not know which
/// URL it will be hosted from, and a clone is what a reader who changes experiments needs
/// anyway. The site serves it as `packages/<slug>.tar` (plain ustar: `tar xf` everywhere, no
/// compressor needed; the files are text of a few tens of kilobytes).
struct ChapterPackage {
    /// The site folder holding the archives.
    static let folder = "packages"
    /// The executable target (and module) holding `main.swift`.
    static let targetName = "ChapterProgram"

    var chapter: Chapter
    var number: ChapterNumber

    /// `05-pathological-curvature.tar`.
    var archiveName: String { "\(chapter.slug).tar" }

    /// Whether the chapter has anything to run.
    var isRunnable: Bool { !chapter.experiments.isEmpty }

    /// (path inside the archive, contents): all under the folder `<slug>/`.
    var files: [(path: String, contents: String)] {
        let root = chapter.slug + "/"
        return [
            (root + "Package.swift", manifest),
            (root + "README.md", readme),
            (root + "Sources/\(Self.targetName)/main.swift", mainSwift),
        ]
    }

    /// The archive's bytes.
    var archive: [UInt8] {
        var tar = TarArchive()
        tar.addDirectory(chapter.slug + "/")
        tar.addDirectory(chapter.slug + "/Sources/")
        tar.addDirectory(chapter.slug + "/Sources/\(Self.targetName)/")
        for file in files { tar.addFile(file.path, contents: Array(file.contents.utf8)) }
        return tar.finish()
    }

    private var heading: String { "\(number.label), “\(chapter.title)”" }

    var manifest: String {
        """
        // swift-tools-version: 6.0
        // \(heading), as a package to run and change: Sources/\(Self.targetName)/main.swift
        // holds every experiment block of \(chapter.path), hidden ones included. See README.md.
        import Foundation
        import PackageDescription

        // The course library the chapter was built against: a clone of the Descent repository,
        // by default next to this folder (../descent); DESCENT_PATH names another one.
        let descentPath = Context.environment["DESCENT_PATH"] ?? "../descent"
        // SwiftPM names a path dependency after its folder.
        let descent = URL(fileURLWithPath: descentPath).standardizedFileURL.lastPathComponent.lowercased()

        let package = Package(
            name: \(ExperimentProgram.stringLiteral(chapter.slug)),
            platforms: [.macOS(.v14)],
            dependencies: [.package(path: descentPath)],
            targets: [
                .executableTarget(
                    name: "\(Self.targetName)",
                    dependencies: [.product(name: "Experiments", package: descent)],
                    // Notebook-style top-level code, compiled as the course compiles it.
                    swiftSettings: [.swiftLanguageMode(.v5)]),
            ]
        )

        """
    }

    var mainSwift: String {
        var text = """
            // \(heading): every experiment block of \(chapter.path), in page order, as one
            // program — like notebook cells, a block sees what the blocks before it declared.
            // Written by `descent build`; change anything and run it again (see README.md).
            import Experiments

            """
        for (position, block) in chapter.experiments.enumerated() {
            var note = "\(chapter.path):\(block.firstLine)"
            if block.hidden { note += ", hidden on the page" } else if block.folded { note += ", folded on the page" }
            text += "\n// MARK: - Block \(position + 1) (\(note))\n\n"
            text += block.code.hasSuffix("\n") ? block.code : block.code + "\n"
        }
        return text
    }

    var readme: String {
        let slug = chapter.slug
        return """
            # \(heading)

            Every experiment of the chapter, hidden ones included, as one Swift program:
            `Sources/\(Self.targetName)/main.swift`. It depends on the course's library (the
            `Experiments` product of the Descent repository), so you need a clone of that
            repository and Swift 6.

            ## Run it

            ```sh
            # next to your clone of the Descent repository, ./descent:
            tar xf \(slug).tar
            cd descent                                 # data files are found from the course root
            swift run --package-path ../\(slug)
            ```

            The clone may be elsewhere: `DESCENT_PATH=/path/to/descent swift run --package-path …`.
            Figures are not drawn to the terminal; `show(…)` prints `[figure: caption]`. To get them
            as PNG files, name an existing folder: `DESCENT_EXPERIMENT_OUTPUT=/tmp/figures swift run …`.

            ## Change it

            Edit `main.swift` and run again. Blocks are marked `// MARK: - Block n` with the chapter
            line they come from; to change the chapter itself, edit `\(chapter.path)` in the
            repository and run `./descent serve`.

            """
    }
}

/// A minimal POSIX ustar writer: regular files and directories, mode 0644/0755, owner 0,
/// modification time 0 (so the same files always give the same bytes).
struct TarArchive {
    private var bytes: [UInt8] = []

    mutating func addDirectory(_ path: String) {
        header(path: path, size: 0, mode: 0o755, type: UInt8(ascii: "5"))
    }

    mutating func addFile(_ path: String, contents: [UInt8]) {
        header(path: path, size: contents.count, mode: 0o644, type: UInt8(ascii: "0"))
        bytes += contents
        bytes += [UInt8](repeating: 0, count: (512 - contents.count % 512) % 512)
    }

    /// The archive, with the two zero blocks that end it.
    func finish() -> [UInt8] { bytes + [UInt8](repeating: 0, count: 1024) }

    private mutating func header(path: String, size: Int, mode: Int, type: UInt8) {
        var block = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int, width: Int) {
            for (i, byte) in text.utf8.prefix(width).enumerated() { block[offset + i] = byte }
        }
        func octal(_ value: Int, at offset: Int, width: Int) {
            let digits = String(value, radix: 8)
            put(String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits, at: offset, width: width - 1)
        }
        // Names longer than 100 bytes go into the 155-byte prefix field, split at a slash.
        var name = path, prefix = ""
        if path.utf8.count > 100, let slash = path.utf8.indices.last(where: { path.utf8[$0] == UInt8(ascii: "/") && path.utf8.distance(from: $0, to: path.utf8.endIndex) <= 101 }) {
            prefix = String(path[..<slash])
            name = String(path[path.index(after: slash)...])
        }
        put(name, at: 0, width: 100)
        octal(mode, at: 100, width: 8)
        octal(0, at: 108, width: 8)
        octal(0, at: 116, width: 8)
        octal(size, at: 124, width: 12)
        octal(0, at: 136, width: 12)
        for i in 148..<156 { block[i] = UInt8(ascii: " ") }
        block[156] = type
        put("ustar", at: 257, width: 6)
        put("00", at: 263, width: 2)
        put(prefix, at: 345, width: 155)
        let checksum = block.reduce(0) { $0 + Int($1) }
        octal(checksum, at: 148, width: 7)
        block[155] = UInt8(ascii: " ")
        bytes += block
    }
}
