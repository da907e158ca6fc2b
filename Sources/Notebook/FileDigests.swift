#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// SHA-256 digests of files, remembered for as long as the file provably did not change: keyed
/// by path and checked against its device, inode, size and modification and change times (to
/// the nanosecond). `descent serve` digests the library sources and the data files chapters
/// read on every build; most builds find them all as they were.
///
/// A file changed within the same clock tick as it was read could keep its times, so a digest
/// is only remembered once the file's times are a second old.
final class FileDigests: Sendable {
    /// The digests of this process.
    static let shared = FileDigests()

    /// A file's stamp and its change time (which no one can set back, unlike the modification time).
    struct Identity: Equatable, Sendable {
        var stamp: FileStamp
        var changed: Int64

        /// The identity of the file at `path` (following links), nil when it is missing.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self = FileDigests.identity(info)
        }

        init(stamp: FileStamp, changed: Int64) {
            self.stamp = stamp
            self.changed = changed
        }

        /// Whether the file was last modified or changed at least a second before `now`
        /// (nanoseconds since 1970): a file changed within the same clock tick as it was
        /// read could keep its times, so only then is what was made from it remembered.
        func isSettled(now: Int64 = Int64(Date().timeIntervalSince1970 * 1e9)) -> Bool {
            now - max(stamp.modified, changed) >= 1_000_000_000
        }
    }

    private let known = Mutex<[String: (Identity, [UInt8])]>([:])

    /// The SHA-256 of the regular file at `path`, or nil when it cannot be read.
    func digest(ofFileAt path: String) -> [UInt8]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let identity = Self.identity(info)
        if let (seen, digest) = known.withLock({ $0[path] }), seen == identity { return digest }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hash = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hash.update(chunk) }
        let digest = hash.finalize()
        // Remembered only when the file was not changed in the last second, and still is as it was stat'ed.
        if Identity(path: path) == identity, identity.isSettled() {
            known.withLock { $0[path] = (identity, digest) }
        }
        return digest
    }

    static func identity(_ info: stat) -> Identity {
        #if canImport(Darwin)
        let changed = info.st_ctimespec
        #else
        let changed = info.st_ctim
        #endif
        return Identity(stamp: FileStamp(info), changed: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec))
    }
}
