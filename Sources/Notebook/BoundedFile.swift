#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file a chapter program wrote (its standard output or error), read in pieces: the
/// builder never loads more of it than it shows, however much the program printed.
struct BoundedFile: Sendable {
    /// The file's path.
    var path: String

    /// The file's size in bytes (0 when it cannot be read).
    var size: Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// The bytes in `range` (fewer at the end of the file).
    func read(_ range: Range<Int>) -> [UInt8] {
        guard !range.isEmpty else { return [] }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + done, $0.count - done, off_t(range.lowerBound + done))
            }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            done += count
        }
        return Array(bytes[0..<done])
    }

    /// The first `limit` bytes as text (what a crash report needs is at the start).
    func text(limit: Int) -> String {
        String(decoding: read(0..<min(size, limit)), as: UTF8.self)
    }
}
