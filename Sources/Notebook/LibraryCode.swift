#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

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

    struct Section {
        var name: String
        var address: UInt64
        var size: UInt64
        /// The byte range in the file; nil for a section without file contents (`SHT_NOBITS`).
        var bytes: Range<Int>?
    }

    /// The sections with `SHF_ALLOC`, in header order; nil if `data` is not a well-formed
    /// 64-bit little-endian ELF file.
    static func loadedSections(of data: Data) -> [Section]? {
        let bytes = [UInt8](data)
        func integer(_ offset: Int, _ size: Int) -> UInt64? {
            guard offset >= 0, offset + size <= bytes.count else { return nil }
            var value: UInt64 = 0
            for k in (0..<size).reversed() { value = value << 8 | UInt64(bytes[offset + k]) }
            return value
        }
        guard bytes.count >= 64, bytes[0] == 0x7F, bytes[1] == 0x45, bytes[2] == 0x4C, bytes[3] == 0x46,
              bytes[4] == 2, bytes[5] == 1,
              let tableOffset = integer(0x28, 8), let entrySize = integer(0x3A, 2), let count = integer(0x3C, 2),
              let namesIndex = integer(0x3E, 2), entrySize >= 64, namesIndex < count else { return nil }
        func header(_ index: UInt64) -> (name: UInt64, type: UInt64, flags: UInt64, address: UInt64, offset: UInt64, size: UInt64)? {
            let base = Int(tableOffset) + Int(index) * Int(entrySize)
            guard let name = integer(base, 4), let type = integer(base + 4, 4), let flags = integer(base + 8, 8),
                  let address = integer(base + 16, 8), let offset = integer(base + 24, 8), let size = integer(base + 32, 8)
            else { return nil }
            return (name, type, flags, address, offset, size)
        }
        guard let names = header(namesIndex) else { return nil }
        var sections: [Section] = []
        for index in 0..<count {
            guard let section = header(index) else { return nil }
            guard section.flags & 0x2 != 0 else { continue }   // SHF_ALLOC
            let start = Int(names.offset) + Int(section.name)
            guard start < bytes.count, let end = bytes[start...].firstIndex(of: 0) else { return nil }
            let name = String(decoding: bytes[start..<end], as: UTF8.self)
            var range: Range<Int>?
            if section.type != 8 {   // not SHT_NOBITS
                guard section.offset + section.size <= UInt64(bytes.count) else { return nil }
                range = Int(section.offset)..<Int(section.offset + section.size)
            }
            sections.append(Section(name: name, address: section.address, size: section.size, bytes: range))
        }
        return sections
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
