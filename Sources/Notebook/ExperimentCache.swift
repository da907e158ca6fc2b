import Foundation

/// Finished chapter runs kept between builds, keyed by what the run depends on: the
/// chapter's experiment code (never its prose), the library sources, the compiler and
/// the flags (see ``key(for:libraryDigest:toolchainFingerprint:)``).
///
/// An entry is a folder `entries/<key>/` with the figures and a `manifest.json` whose
/// first line is a SHA-256 of the rest. Entries are assembled under `tmp/` and renamed
/// into place, so a build killed at any moment leaves either no entry or a whole one; on
/// read, the checksum, the key and every figure file's size are checked, and an entry
/// failing any check is deleted and rebuilt, never trusted. Only successful runs are
/// stored.
public struct ExperimentCache: Sendable {
    /// The cache folder (e.g. `.descent-cache`).
    public var directory: URL

    /// Bumped when the entry format changes, so old entries are simply not found.
    static let formatVersion = "descent-cache 1"

    /// Creates a cache in `directory` (created when first written).
    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    var entriesDirectory: URL { directory.appending(path: "entries") }
    var temporaryDirectory: URL { directory.appending(path: "tmp") }
    /// Where clang keeps compiled C modules between builds.
    var moduleCacheDirectory: URL { directory.appending(path: "module-cache") }

    /// The key of a chapter's run.
    public static func key(for chapter: Chapter, libraryDigest: String, toolchainFingerprint: String) -> String {
        var hash = SHA256()
        hash.update(field: formatVersion)
        hash.update(field: libraryDigest)
        hash.update(field: toolchainFingerprint)
        hash.update(field: String(chapter.experiments.count))
        for block in chapter.experiments { hash.update(field: block.code) }
        return SHA256.hexString(hash.finalize())
    }

    /// What a stored entry records.
    struct Manifest: Codable {
        var key: String
        var outputs: [BlockOutput]
        var fileSizes: [String: Int]
        var compileSeconds: Double
        var runSeconds: Double
    }

    /// A valid entry: its folder (holding the figures) and its outputs.
    public struct Entry: Sendable {
        /// The entry folder; figure file names are relative to it.
        public var directory: URL
        /// One output per block.
        public var outputs: [BlockOutput]
    }

    /// The entry for `key` if there is a valid one; an invalid one is removed.
    public func entry(for key: String) -> Entry? {
        let folder = entriesDirectory.appending(path: key)
        guard let data = FileManager.default.contents(atPath: folder.appending(path: "manifest.json").path) else {
            if FileManager.default.fileExists(atPath: folder.path) { discard(folder) }
            return nil
        }
        guard let manifest = Self.decode(Array(data)), manifest.key == key, filesMatch(manifest, in: folder) else {
            discard(folder)
            return nil
        }
        // Record the use, so pruning keeps entries that builds still read.
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: folder.path)
        return Entry(directory: folder, outputs: manifest.outputs)
    }

    /// Deletes entries no build has used for `age` seconds (two weeks by default), so the
    /// cache does not grow without end as experiments are edited.
    public func pruneUnused(olderThan age: TimeInterval = 14 * 24 * 3600) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: entriesDirectory.path) else { return }
        for name in names {
            let url = entriesDirectory.appending(path: name)
            let modified = (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            if Date().timeIntervalSince(modified) > age { discard(url) }
        }
    }

    /// A fresh folder under `tmp/` for a run to write into.
    public func makeTemporaryDirectory(label: String) throws -> URL {
        let folder = temporaryDirectory.appending(path: "\(label)-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Turns a run folder holding the figures into the entry for `key`: writes the
    /// manifest, then renames the folder into place. Returns the entry.
    public func store(
        key: String, outputs: [BlockOutput], from folder: URL, compileSeconds: Double, runSeconds: Double
    ) throws -> Entry {
        var sizes: [String: Int] = [:]
        for figure in outputs.flatMap(\.figures) {
            for name in figure.files {
                let attributes = try FileManager.default.attributesOfItem(atPath: folder.appending(path: name).path)
                sizes[name] = (attributes[.size] as? NSNumber)?.intValue ?? -1
            }
        }
        let manifest = Manifest(
            key: key, outputs: outputs, fileSizes: sizes, compileSeconds: compileSeconds, runSeconds: runSeconds)
        try Data(Self.encode(manifest)).write(to: folder.appending(path: "manifest.json"))
        try FileManager.default.createDirectory(at: entriesDirectory, withIntermediateDirectories: true)
        let destination = entriesDirectory.appending(path: key)
        if rename(folder.path, destination.path) != 0 {
            // Another chapter with the same code (or a concurrent build) got there first,
            // or a stale entry is in the way: keep a valid one, else replace it.
            if let existing = entry(for: key) {
                try? FileManager.default.removeItem(at: folder)
                return existing
            }
            guard rename(folder.path, destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
            }
        }
        return Entry(directory: destination, outputs: outputs)
    }

    /// Removes temporary folders left by builds that were killed: those whose build
    /// process is gone, and any older than an hour (a concurrent build's are spared).
    public func removeStaleTemporaries() {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: temporaryDirectory.path) else { return }
        for name in names {
            let url = temporaryDirectory.appending(path: name)
            let modified = (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            // Names end in `-<pid>-<UUID>`, and a UUID has five dash-separated parts.
            let parts = name.split(separator: "-")
            let owner = parts.count >= 6 ? pid_t(parts[parts.count - 6]) : nil
            let ownerGone = owner.map { $0 != getpid() && kill($0, 0) != 0 && errno == ESRCH } ?? false
            if ownerGone || Date().timeIntervalSince(modified) > 3600 { try? manager.removeItem(at: url) }
        }
    }

    private func filesMatch(_ manifest: Manifest, in folder: URL) -> Bool {
        let names = Set(manifest.outputs.flatMap(\.figures).flatMap(\.files))
        guard names == Set(manifest.fileSizes.keys) else { return false }
        for (name, size) in manifest.fileSizes {
            guard !name.contains("/"),
                  let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appending(path: name).path),
                  (attributes[.size] as? NSNumber)?.intValue == size else { return false }
        }
        return true
    }

    /// Moves a bad entry out of the way before deleting it, so a reader never sees it
    /// half deleted.
    private func discard(_ folder: URL) {
        let trash = temporaryDirectory.appending(path: "discarded-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: temporaryDirectory, withIntermediateDirectories: true)
        if rename(folder.path, trash.path) == 0 {
            try? FileManager.default.removeItem(at: trash)
        } else {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    static func encode(_ manifest: Manifest) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let payload = Array(try encoder.encode(manifest))
        return Array("\(formatVersion) \(SHA256.hex(payload))\n".utf8) + payload
    }

    static func decode(_ bytes: [UInt8]) -> Manifest? {
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let header = String(decoding: bytes[..<newline], as: UTF8.self)
        let payload = bytes[(newline + 1)...]
        guard header == "\(formatVersion) \(SHA256.hex(payload))" else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: Data(payload))
    }
}
