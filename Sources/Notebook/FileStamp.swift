#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What identifies the content of a file on disk without reading it: device, inode, size and
/// modification time. Two equal stamps of one path are taken as the same content (the run
/// cache writes every figure as a new file, an editor's save changes the modification time).
/// Used to reuse what was made from a file — a parsed chapter (``ChapterLoadMemo``), a digest
/// (``FileDigests``), a file of the served site.
public struct FileStamp: Hashable, Sendable {
    /// The device and inode of the file.
    public var device: UInt64, inode: UInt64
    /// Its size in bytes.
    public var size: Int64
    /// Its modification time: seconds since 1970 and nanoseconds.
    public var seconds: Int64, nanoseconds: Int64

    /// The stamp of the file at `path` (following links), nil when it is missing.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of the file at `url` (following links), nil when it is missing.
    public init?(_ url: URL) { self.init(path: url.path) }

    /// The stamp of a file as `stat` or `lstat` described it.
    public init(_ info: stat) {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        seconds = Int64(time.tv_sec)
        nanoseconds = Int64(time.tv_nsec)
    }

    /// The modification time in nanoseconds since 1970.
    public var modified: Int64 { seconds * 1_000_000_000 + nanoseconds }
}
