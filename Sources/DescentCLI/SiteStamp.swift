#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Notebook
import Site

/// Lets a build that would write exactly the site already published skip rendering and
/// publishing: the digest of every input of the render, recorded beside the run cache
/// after each publish, together with the identity of the published folder.
///
/// The digest covers everything the renderer reads: each chapter as loaded (text after
/// includes, front matter, experiment blocks) and its block outputs, the name, size and
/// modification time of every file in each chapter's figure folder, the home page's title
/// and text, every file in the chapters folder (macros, bibliography, images: name, size,
/// modification time), the footer (library digest, Swift version, date), the math font,
/// the `descent` executable and its resource bundles (templates, styles and scripts are
/// compiled into it), and the output path. The site is skipped only when the digest is
/// equal *and* the output folder is the one published then (same device, inode and
/// modification time): a site deleted, replaced or with files added at its top level is
/// rendered again. The builder owns the output folder: a file edited by hand deep inside
/// it is not noticed (delete the folder, or `--rerun`, to render again).
struct SiteStamp: Codable, Equatable {
    var output: String
    var digest: String
    var outputIdentity: String
    /// The page-budget warnings of that render, printed again when it is skipped.
    var warnings: [String]

    static func file(in cacheDirectory: URL) -> URL { cacheDirectory.appending(path: "site-stamp.json") }

    static func read(from cacheDirectory: URL) -> SiteStamp? {
        guard let data = FileManager.default.contents(atPath: file(in: cacheDirectory).path) else { return nil }
        return try? JSONDecoder().decode(SiteStamp.self, from: data)
    }

    func write(to cacheDirectory: URL) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self) else { return }
        try? FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        try? data.write(to: Self.file(in: cacheDirectory), options: .atomic)
    }

    static func remove(from cacheDirectory: URL) {
        try? FileManager.default.removeItem(at: file(in: cacheDirectory))
    }

    /// Device, inode and modification time of `folder`, or nil when it does not exist.
    static func identity(of folder: URL) -> String? {
        var info = stat()
        guard stat(folder.path, &info) == 0 else { return nil }
        let (seconds, nanoseconds) = modified(info)
        return "\(info.st_dev) \(info.st_ino) \(seconds).\(nanoseconds)"
    }

    /// What the digest covers, with every file listed (name, size, modification time) now:
    /// taken before the render reads the files, hashed whenever convenient (after the reload,
    /// in a serve session).
    struct Inputs {
        var book: Book
        var runs: [ChapterRun]
        var output: URL
        var footer: String
        /// The figure folder listing of each run (empty for a run without figures).
        var figureListings: [String]
        var chaptersListing: String
        var mathFontListing: String
    }

    /// Lists the files of the render's inputs.
    static func inputs(
        book: Book, runs: [ChapterRun], chaptersFolder: URL, footer: String, mathFont: URL, output: URL
    ) -> Inputs {
        Inputs(
            book: book, runs: runs, output: output, footer: footer,
            // Figure files are read only for the figures the outputs name (a chapter without
            // figures points at the whole cache folder, which other chapters' runs change).
            figureListings: runs.map { run in
                run.outputs.contains(where: { !$0.figures.isEmpty }) ? listing(run.figureDirectory, recursive: false) : ""
            },
            chaptersListing: listing(chaptersFolder, recursive: true),
            mathFontListing: listing(mathFont, recursive: false))
    }

    /// The `descent` executable and its resource bundles (templates, styles and scripts are
    /// compiled into it), listed once per process: the code that renders is the code that was
    /// started, even if the file is rebuilt while `descent serve` runs.
    static let executableListing: String = {
        let executable = URL(filePath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? "descent").resolvingSymlinksInPath()
        var parts = [listing(executable, recursive: false)]
        let besideExecutable = executable.deletingLastPathComponent()
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: besideExecutable.path)) ?? []).sorted()
        where name.hasSuffix(".resources") {
            parts.append(listing(besideExecutable.appending(path: name), recursive: true))
        }
        return parts.joined(separator: "\u{0}")
    }()

    /// The digest of the render's inputs.
    static func digest(_ inputs: Inputs) -> String {
        var hash = SHA256()
        hash.update(field: "descent site stamp 2")
        hash.update(field: inputs.output.standardizedFileURL.path)
        hash.update(field: String(reflecting: inputs.book.introduction))
        // Every stored property of the chapter and of its outputs, through their synthesised
        // `Codable` (a field added later is covered without a change here; ten times faster
        // than printing them with `String(reflecting:)`, which took a quarter of a no-op build).
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for (run, figures) in zip(inputs.runs, inputs.figureListings) {
            hash.update(field: (try? encoder.encode(run.chapter)).map { String(decoding: $0, as: UTF8.self) } ?? String(reflecting: run.chapter))
            hash.update(field: (try? encoder.encode(run.outputs)).map { String(decoding: $0, as: UTF8.self) } ?? String(reflecting: run.outputs))
            hash.update(field: run.figureDirectory.standardizedFileURL.path)
            if run.outputs.contains(where: { !$0.figures.isEmpty }) {
                hash.update(field: figures)
            }
        }
        hash.update(field: inputs.chaptersListing)
        hash.update(field: inputs.footer)
        hash.update(field: inputs.mathFontListing)
        for part in executableListing.split(separator: "\u{0}", omittingEmptySubsequences: false) {
            hash.update(field: String(part))
        }
        return SHA256.hexString(hash.finalize())
    }

    /// "name size mtime" for `url` (a file) or every file under it (a folder), sorted.
    static func listing(_ url: URL, recursive: Bool) -> String {
        var lines: [String] = []
        func add(_ url: URL, _ name: String, depth: Int) {
            var info = stat()
            guard stat(url.path, &info) == 0 else { lines.append("\(name) missing"); return }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                guard depth == 0 || recursive else { return }
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
                for child in names { add(url.appending(path: child), name + "/" + child, depth: depth + 1) }
                return
            }
            let (seconds, nanoseconds) = modified(info)
            lines.append("\(name) \(info.st_size) \(seconds).\(nanoseconds)")
        }
        add(url, url.lastPathComponent, depth: 0)
        return lines.joined(separator: "\n")
    }

    private static func modified(_ info: stat) -> (Int, Int) {
        #if canImport(Darwin)
        return (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        #else
        return (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        #endif
    }
}
