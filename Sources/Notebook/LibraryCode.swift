#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// What a chapter program gets from the built Experiments library, as a digest: the bytes of
/// `libExperiments.so` that are loaded into the program (every ELF section with `SHF_ALLOC`:
/// code, data, metadata, dynamic symbols), and every `.swiftmodule` in `Modules/` (what the
/// chapter compiles against). Left out: sections that are not loaded (debug info, line tables,
/// symbol names for debuggers) and two loaded sections that only identify the build —
/// `.note.gnu.build-id` and `.swift_modhash` — to which no symbol and no relocation of the
/// library points (checked with `readelf -s`/`-r` for Swift 6.3), so no code reads them.
///
/// Two builds with the same digest give a chapter program the same instructions and the same
/// data, so its run is the same: a library edit that changes only comments or documentation
/// (the build then differs only in line tables and those two sections) leaves the digest
/// alone. ``ExperimentRunner`` uses this to reuse a chapter's last run after such an edit.
/// Only ELF (Linux) is understood; elsewhere ``digest(libraryDirectory:)`` is nil and every
/// library edit re-runs the chapters, as before.
enum LibraryCode {
    static let ignoredSections: Set<String> = [".note.gnu.build-id", ".swift_modhash"]

    /// Digests of built libraries this process made (`descent serve` makes a runner per build;
    /// reading and hashing the 8 MB library and its modules took ≈ 0.04 s of every experiment
    /// edit), by folder, with the identities of the files they were made from.
    private static let remembered = Mutex<[String: (files: [FileDigests.Identity?], digest: String?)]>([:])

    /// ``digest(libraryDirectory:)``, remembered while `libExperiments` and the module files
    /// are as they were (and a second old).
    static func rememberedDigest(libraryDirectory: URL) -> String? {
        let modules = libraryDirectory.appending(path: "Modules")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: modules.path)) ?? []).sorted()
        let paths = [libraryDirectory.appending(path: "libExperiments.so").path] + names.map { modules.appending(path: $0).path }
        let files = paths.map { FileDigests.Identity(path: $0) }
        let key = libraryDirectory.standardizedFileURL.path
        if let kept = remembered.withLock({ $0[key] }), kept.files == files { return kept.digest }
        let made = digest(libraryDirectory: libraryDirectory)
        if files.allSatisfy({ $0?.isSettled() ?? true }), paths.map({ FileDigests.Identity(path: $0) }) == files {
            remembered.withLock { $0[key] = (files, made) }
        }
        return made
    }

    /// The digest, or nil when the library is missing or not a 64-bit little-endian ELF file.
    static func digest(libraryDirectory: URL) -> String? {
        guard let library = FileManager.default.contents(atPath: libraryDirectory.appending(path: "libExperiments.so").path),
              let sections = loadedSections(of: library) else { return nil }
        var hash = SHA256()
        hash.update(field: "library code 1")
        for section in sections where !ignoredSections.contains(section.name) {
            hash.update(field: section.name)
            hash.update(field: String(section.address))
            hash.update(field: String(section.size))
            if let range = section.bytes { hash.update(library[range]) }
        }
        let modules = libraryDirectory.appending(path: "Modules")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: modules.path)) ?? [])
            .filter { $0.hasSuffix(".swiftmodule") }.sorted()
        for name in names {
            guard let data = FileManager.default.contents(atPath: modules.appending(path: name).path) else { return nil }
            hash.update(field: name)
            hash.update(field: String(data.count))
            hash.update(data)
        }
        return SHA256.hexString(hash.finalize())
    }

    /// The sections with `SHF_ALLOC`, in header order; nil if `data` is not a well-formed
    /// 64-bit little-endian ELF file.
    static func loadedSections(of data: Data) -> [ELFSections.Section]? {
        ELFSections.read([UInt8](data))?.filter(\.isLoaded)
    }

    /// Whether the built library is at least as new as every file of `sources` (folders, or
    /// single files): then it was built from them (a library older than a source file may be
    /// stale, and is not trusted).
    static func isFresh(libraryDirectory: URL, sources: [URL]) -> Bool {
        guard let built = modified(libraryDirectory.appending(path: "libExperiments.so")) else { return false }
        for folder in sources {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
                guard let time = modified(folder), time <= built else { return false }
                continue
            }
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return false }
            for case let url as URL in enumerator {
                if let time = modified(url), time > built { return false }
            }
        }
        return true
    }

    /// Modification time in nanoseconds since 1970, or nil.
    private static func modified(_ url: URL) -> Int64? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
