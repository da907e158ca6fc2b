import Foundation

/// Finished chapter runs kept between builds, keyed by what the run depends on: the
/// chapter's experiment code (never its prose), the library sources, the compiler and
/// the flags (see ``key(for:libraryDigest:toolchainFingerprint:)``).
///
/// An entry is a folder `entries/<key>/` with the figures and a `manifest.json` whose
/// first line is a SHA-256 of the rest. Entries are assembled under `tmp/` and renamed
/// into place, so a build killed at any moment leaves either no entry or a whole one; on
/// read, the checksum, the key and every figure file's size are checked, and an entry
/// failing any check is deleted and rebuilt, never trusted. Only runs that reached their
/// end are stored — with their notes and failed expectations, so a cache hit reports the
/// same failures as the run did.
///
/// The files a run read (data files loaded through the library, reported by the runtime)
/// are recorded in the entry with their SHA-256; a lookup re-hashes them, and an entry
/// whose files changed is stale. Beside the entries, `chapters/<slug>.json` keeps the
/// parts of each chapter's last key, so a build can say why a chapter re-ran. Entries also
/// record what the program got from the built library (``LibraryCode``) and the compiler, so a
/// library edit that left the code as it was can reuse them (``ExperimentRunner``).
public struct ExperimentCache: Sendable {
    /// The cache folder (e.g. `.descent-cache`).
    public var directory: URL

    /// Bumped when the entry format changes, so old entries are simply not found.
    static let formatVersion = "descent-cache 3"

    /// Creates a cache in `directory` (created when first written).
    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    var entriesDirectory: URL { directory.appending(path: "entries") }
    var temporaryDirectory: URL { directory.appending(path: "tmp") }
    /// Where clang keeps compiled C modules between builds.
    var moduleCacheDirectory: URL { directory.appending(path: "module-cache") }
    /// The folder of figure images drawn against the built library whose code has digest
    /// `libraryCode` (``LibraryCode``), created if missing: the chapter programs' figure memo,
    /// where an image is kept under the digest of its drawing. Another build of the library
    /// draws into another folder, so an image is only ever reused by the code that drew it.
    func figureMemoDirectory(libraryCode: String) throws -> URL {
        let name = String(SHA256.hex(Array(libraryCode.utf8)).prefix(24))
        let folder = figureMemoRoot.appending(path: name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    var figureMemoRoot: URL { directory.appending(path: "figures") }

    /// Where the compile plan (the frontend and linker commands `swiftc` would run) is kept
    /// between builds (see ``CompilePlan``).
    var compilePlanFile: URL { directory.appending(path: "compile-plan.json") }

    /// The key of a chapter's run.
    public static func key(for chapter: Chapter, libraryDigest: String, toolchainFingerprint: String) -> String {
        KeyParts(chapter: chapter, libraryDigest: libraryDigest, toolchainFingerprint: toolchainFingerprint).key
    }

    /// What a chapter's key is made of, each part digested, so that two keys can be
    /// compared part by part (``RunReason``).
    public struct KeyParts: Codable, Sendable, Equatable {
        /// Digest of the chapter's experiment code (every block, in order).
        public var code: String
        /// Digest of the library sources.
        public var library: String
        /// Digest of the toolchain fingerprint (compiler, built library, flags).
        public var toolchain: String
        /// Everything a run's outputs depend on, besides the run's input files and limits.
        public var settings: String

        /// The parts for `chapter`.
        public init(chapter: Chapter, libraryDigest: String, toolchainFingerprint: String) {
            var code = SHA256()
            code.update(field: String(chapter.experiments.count))
            for block in chapter.experiments { code.update(field: block.code) }
            self.code = SHA256.hexString(code.finalize())
            self.library = libraryDigest
            var toolchain = SHA256()
            toolchain.update(field: toolchainFingerprint)
            self.toolchain = SHA256.hexString(toolchain.finalize())
            var settings = SHA256()
            settings.update(field: String(chapter.outputLimit))
            settings.update(field: String(chapter.memoryLimit))
            self.settings = SHA256.hexString(settings.finalize())
        }

        /// The cache key.
        public var key: String {
            var hash = SHA256()
            hash.update(field: ExperimentCache.formatVersion)
            for part in [code, library, toolchain, settings] { hash.update(field: part) }
            return SHA256.hexString(hash.finalize())
        }
    }

    /// What a stored entry records.
    struct Manifest: Codable {
        var key: String
        var outputs: [BlockOutput]
        var fileSizes: [String: Int]
        var compileSeconds: Double
        var runSeconds: Double
        /// The files the run read (as the program named them) and their digests.
        var inputs: [String: String]
        /// What the program got from the built library (``LibraryCode``) and the compiler it was
        /// built with (``ExperimentToolchain/compilerFingerprint``); nil in older entries.
        var libraryCode: String?
        var compiler: String?
    }

    /// A valid entry: its folder (holding the figures) and its outputs.
    public struct Entry: Sendable {
        /// The entry folder; figure file names are relative to it.
        public var directory: URL
        /// One output per block.
        public var outputs: [BlockOutput]
        /// The files the run read, as the program named them, sorted.
        public var inputs: [String] = []
        /// See ``Manifest``: the library code and compiler the run was made with, if recorded.
        var libraryCode: String?
        var compiler: String?
    }

    /// The result of looking a key up.
    public enum Lookup: Sendable {
        /// A valid entry whose input files are unchanged.
        case hit(Entry)
        /// No valid entry.
        case missing
        /// An entry whose run read a file that changed since (named as the program named it).
        case inputChanged(String)
    }

    /// Looks `key` up, re-hashing the files the stored run read (relative paths against
    /// `workingDirectory`); an entry whose files changed, or that is invalid, is removed.
    public func lookup(_ key: String, workingDirectory: URL) -> Lookup {
        guard let (entry, manifest) = validEntry(for: key) else { return .missing }
        for (path, digest) in manifest.inputs.sorted(by: { $0.key < $1.key })
        where Self.inputDigest(path, workingDirectory: workingDirectory) != digest {
            discard(entry.directory)
            return .inputChanged(path)
        }
        touch(entry.directory)
        return .hit(entry)
    }

    /// The digest of an input file: SHA-256 of its bytes, `absent` when it does not exist,
    /// `not-a-file` for anything but a regular file (never opened: a FIFO or `/dev/zero`
    /// would block or never end).
    public static func inputDigest(_ path: String, workingDirectory: URL) -> String {
        let url = path.hasPrefix("/") ? URL(filePath: path) : workingDirectory.appending(path: path)
        var info = stat()
        guard stat(url.path, &info) == 0 else { return "absent" }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return "not-a-file" }
        guard let digest = FileDigests.shared.digest(ofFileAt: url.path) else { return "unreadable" }
        return SHA256.hexString(digest)
    }

    /// The entry for `key` if there is a valid one; an invalid one is removed. Input files
    /// are not checked (see ``lookup(_:workingDirectory:)``).
    public func entry(for key: String) -> Entry? {
        guard let (entry, _) = validEntry(for: key) else { return nil }
        touch(entry.directory)
        return entry
    }

    private func touch(_ folder: URL) {
        // Record the use, so pruning keeps entries that builds still read.
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: folder.path)
    }

    private func validEntry(for key: String) -> (Entry, Manifest)? {
        let folder = entriesDirectory.appending(path: key)
        guard let data = FileManager.default.contents(atPath: folder.appending(path: "manifest.json").path) else {
            if FileManager.default.fileExists(atPath: folder.path) { discard(folder) }
            return nil
        }
        guard let manifest = Self.decode(Array(data)), manifest.key == key, filesMatch(manifest, in: folder) else {
            discard(folder)
            return nil
        }
        return (Entry(directory: folder, outputs: manifest.outputs, inputs: manifest.inputs.keys.sorted(),
                      libraryCode: manifest.libraryCode, compiler: manifest.compiler), manifest)
    }

    /// Deletes entries no build has used for `age` seconds (two weeks by default), so the
    /// cache does not grow without end as experiments are edited.
    public func pruneUnused(olderThan age: TimeInterval = 14 * 24 * 3600) {
        let manager = FileManager.default
        if let names = try? manager.contentsOfDirectory(atPath: entriesDirectory.path) {
            for name in names {
                let url = entriesDirectory.appending(path: name)
                let modified = (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
                if Date().timeIntervalSince(modified) > age { discard(url) }
            }
        }
        pruneFigureMemo(olderThan: age)
    }

    /// The most the figure memo may hold; past it, the images used longest ago go first.
    static let figureMemoBudget = 256 << 20

    /// Removes memo images not used for `age` (a reuse marks an image used), then the least
    /// recently used until the memo fits ``figureMemoBudget``, then emptied folders.
    func pruneFigureMemo(olderThan age: TimeInterval, budget: Int = figureMemoBudget) {
        let manager = FileManager.default
        guard let folders = try? manager.contentsOfDirectory(atPath: figureMemoRoot.path) else { return }
        var kept: [(url: URL, used: Date, size: Int)] = []
        for folder in folders {
            let folderURL = figureMemoRoot.appending(path: folder)
            let names = (try? manager.contentsOfDirectory(atPath: folderURL.path)) ?? []
            var left = names.count
            for name in names {
                let url = folderURL.appending(path: name)
                let attributes = try? manager.attributesOfItem(atPath: url.path)
                let used = attributes?[.modificationDate] as? Date ?? .distantPast
                // A temporary name more than an hour old was left by a program that died.
                let limit = name.hasPrefix(".") ? min(age, 3600) : age
                if Date().timeIntervalSince(used) > limit {
                    try? manager.removeItem(at: url)
                    left -= 1
                } else {
                    kept.append((url, used, (attributes?[.size] as? NSNumber)?.intValue ?? 0))
                }
            }
            if left == 0 { try? manager.removeItem(at: folderURL) }
        }
        var total = kept.reduce(0) { $0 + $1.size }
        for image in kept.sorted(by: { $0.used < $1.used }) where total > budget {
            try? manager.removeItem(at: image.url)
            total -= image.size
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
    ///
    /// - Parameter inputs: the files the run read, with their digests
    ///   (``inputDigest(_:workingDirectory:)``).
    public func store(
        key: String, outputs: [BlockOutput], from folder: URL, compileSeconds: Double, runSeconds: Double,
        inputs: [String: String] = [:], libraryCode: String? = nil, compiler: String? = nil
    ) throws -> Entry {
        var sizes: [String: Int] = [:]
        for figure in outputs.flatMap(\.figures) {
            for name in figure.files {
                guard let size = Self.regularFileSize(name, in: folder) else {
                    throw FigureNameError(name: name)
                }
                sizes[name] = size
            }
        }
        let manifest = Manifest(
            key: key, outputs: outputs, fileSizes: sizes, compileSeconds: compileSeconds, runSeconds: runSeconds,
            inputs: inputs, libraryCode: libraryCode, compiler: compiler)
        // Atomic: written beside and renamed over, so a `manifest.json` the experiment planted
        // (a symbolic link to a file of the author's) is replaced, never written through.
        try Data(Self.encode(manifest)).write(to: folder.appending(path: "manifest.json"), options: .atomic)
        try FileManager.default.createDirectory(at: entriesDirectory, withIntermediateDirectories: true)
        let destination = entriesDirectory.appending(path: key)
        if rename(folder.path, destination.path) != 0 {
            // Another chapter with the same code (or a concurrent build) got there first,
            // or a stale entry is in the way: keep a valid one, else replace it.
            if let (existing, stored) = validEntry(for: key), stored.inputs == inputs {
                try? FileManager.default.removeItem(at: folder)
                return existing
            }
            if FileManager.default.fileExists(atPath: destination.path) { discard(destination) }
            guard rename(folder.path, destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
            }
        }
        return Entry(directory: destination, outputs: outputs, inputs: inputs.keys.sorted(),
                     libraryCode: libraryCode, compiler: compiler)
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
            guard Self.regularFileSize(name, in: folder) == size else { return false }
        }
        return true
    }

    /// A figure file name an experiment reported that the builder refuses to act on.
    public struct FigureNameError: Error, CustomStringConvertible {
        /// The name as reported.
        public var name: String
        public var description: String {
            "the run reported a figure file '\(name)' that is not a plain file in its output folder"
        }
    }

    /// Whether `name`, reported by an experiment, may name a figure file: one plain file
    /// name (no `/`, not `.` or `..`, no NUL, not hidden), at most 200 bytes.
    public static func isSafeFigureName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 200 && !name.contains("/") && !name.contains("\0")
            && !name.hasPrefix(".") && name != "manifest.json"
    }

    /// The size of `name` in `folder` when it is a safe name of a regular file there (a
    /// symbolic link, a folder or a device is refused: it is never followed), else nil.
    static func regularFileSize(_ name: String, in folder: URL) -> Int? {
        guard isSafeFigureName(name) else { return nil }
        var info = stat()
        guard lstat(folder.appending(path: name).path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// The parts of the key `slug` was last run with, if recorded.
    public func lastKeyParts(of slug: String) -> KeyParts? {
        guard let data = FileManager.default.contents(atPath: recordFile(slug).path) else { return nil }
        return try? JSONDecoder().decode(KeyParts.self, from: data)
    }

    /// Records the parts of the key `slug` was just run or reused with.
    public func recordKeyParts(_ parts: KeyParts, of slug: String) {
        guard BookLoader.isChapterFileName(slug + ".md") || slug.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }),
              let data = try? JSONEncoder().encode(parts) else { return }
        let file = recordFile(slug)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = file.deletingLastPathComponent().appending(path: ".\(slug)-\(getpid())-\(UUID().uuidString)")
        guard (try? data.write(to: temporary)) != nil else { return }
        if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    /// The compile + run seconds of `slug`'s last run, if recorded (for ``RunOrder``).
    public func lastRunSeconds(of slug: String) -> Double? {
        guard let data = FileManager.default.contents(atPath: secondsFile(slug).path),
              let text = String(data: data, encoding: .utf8), let seconds = Double(text), seconds.isFinite, seconds >= 0
        else { return nil }
        return seconds
    }

    /// Records how long `slug`'s run took to compile and run.
    public func recordRunSeconds(_ seconds: Double, of slug: String) {
        guard BookLoader.isChapterFileName(slug + ".md") || slug.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return }
        let file = secondsFile(slug)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = file.deletingLastPathComponent().appending(path: ".\(slug)-\(getpid())-\(UUID().uuidString)")
        guard (try? Data(String(seconds).utf8).write(to: temporary)) != nil else { return }
        if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    private func secondsFile(_ slug: String) -> URL {
        directory.appending(path: "chapters").appending(path: slug + ".seconds")
    }

    private func recordFile(_ slug: String) -> URL {
        directory.appending(path: "chapters").appending(path: slug + ".json")
    }

    /// Moves a bad entry out of the way before deleting it, so a reader never sees it
    /// half deleted.
    func discard(_ folder: URL) {
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
