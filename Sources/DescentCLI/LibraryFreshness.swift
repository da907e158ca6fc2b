import Foundation
import Notebook

/// Before a build runs anything: is the built Experiments library older than its sources?
/// Chapters would then run against the old code while the page shows the new, so a bare
/// `descent build` rebuilds it (as `./descent` and `serve` do) when the library lives in
/// a SwiftPM build folder of this repository, and otherwise stops with an error saying how
/// to rebuild.
enum LibraryFreshness {
    /// The newest file under `sources` modified after `library` was, if any.
    static func newerSource(than library: URL, in sources: [URL]) -> URL? {
        let manager = FileManager.default
        guard let built = (try? manager.attributesOfItem(atPath: library.path))?[.modificationDate] as? Date else {
            return nil
        }
        var newest: (URL, Date)?
        for folder in sources {
            guard let enumerator = manager.enumerator(
                at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .isRegularFileKey],
                options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .isRegularFileKey]),
                      values.isRegularFile == true, let modified = values.contentModificationDate,
                      modified > built, modified > (newest?.1 ?? .distantPast) else { continue }
                newest = (url, modified)
            }
        }
        return newest?.0
    }

    /// A diagnostic naming the stale library and the newer source file.
    static func staleDiagnostic(library: URL, source: URL, root: URL) -> Diagnostic {
        Diagnostic(
            file: relative(source, to: root),
            message: "changed after the Experiments library was built (\(library.path)): chapters would run the old code",
            hint: "rebuild it with `swift build -c release --product Experiments` (./descent build does), "
                + "or point --library-dir at a library built from these sources")
    }

    /// Rebuilds a stale library when it can; returns false (after printing why) when the
    /// build must not go on.
    static func ensure(_ configuration: BuildConfiguration, terminal: Terminal, quiet: Bool) async -> Bool {
        let toolchain = ExperimentToolchain(libraryDirectory: configuration.libraryDirectory, root: configuration.root)
        guard toolchain.missingLibrary() == nil,
              let source = newerSource(than: toolchain.libraryFile, in: configuration.librarySources) else { return true }
        let stale = staleDiagnostic(library: toolchain.libraryFile, source: source, root: configuration.root)
        guard FileManager.default.fileExists(atPath: configuration.root.appending(path: "Package.swift").path),
              let builder = LibraryBuilder(libraryDirectory: configuration.libraryDirectory, root: configuration.root) else {
            terminal.write(stale.description + "\n", .error)
            return false
        }
        if !quiet {
            terminal.line(terminal.styled(
                "\(stale.file) changed after the Experiments library was built: rebuilding it (\(builder.arguments.joined(separator: " ")))",
                .yellow))
        }
        let problems = await builder.build()
        guard problems.isEmpty else {
            terminal.write(problems.map(\.description).joined(separator: "\n\n") + "\n", .error)
            return false
        }
        return true
    }

    private static func relative(_ url: URL, to root: URL) -> String {
        let prefix = root.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
