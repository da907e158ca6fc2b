#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Notebook

/// The published site of a `descent serve` session, which the session updates in place: it
/// knows every file the folder holds as the last render made it (``SiteFile``: the text, or
/// the source file and its ``FileStamp``), so the next render writes only the files that
/// differ and deletes those it no longer makes (``SiteUpdate``).
///
/// It is filled by a whole render published the usual way (``SiteRenderer/render(_:into:recordingIn:)``
/// into a staging folder, then ``SitePublisher``, then ``published(_:)``). It stops being
/// current — and the next build renders the whole site again — when a write failed half-way,
/// or when the folder was deleted, replaced or had an entry of its top level added, removed or
/// renamed by someone else (``FolderIdentity``): the session owns the folder, and a file
/// changed by hand deeper inside it is not noticed.
public final class LiveSite: @unchecked Sendable {
    /// The published folder.
    public let folder: URL
    private let lock = NSLock()
    /// What the folder holds, when known.
    private var files: [String: SiteFile]?
    /// A whole render written into a staging folder, not published yet.
    private var staged: [String: SiteFile]?
    private var identity: FolderIdentity?
    private var temporaryCount = 0

    /// A site at `folder`, not known yet.
    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    /// Whether a render can update the folder in place: it holds what the last render made,
    /// and it is the folder that render wrote.
    public var isCurrent: Bool {
        lock.lock(); defer { lock.unlock() }
        return files != nil && identity != nil && identity == FolderIdentity(folder)
    }

    /// Forgets the folder's contents: the next build renders the whole site and publishes it.
    public func invalidate() {
        lock.lock(); defer { lock.unlock() }
        files = nil
        staged = nil
        identity = nil
    }

    /// Tells it whether the staged render was published into ``folder``.
    public func published(_ succeeded: Bool) {
        lock.lock(); defer { lock.unlock() }
        files = succeeded ? staged : nil
        staged = nil
        identity = succeeded ? FolderIdentity(folder) : nil
    }

    /// A whole render was written into a staging folder.
    func adopt(_ contents: SiteContents) {
        lock.lock(); defer { lock.unlock() }
        staged = contents.files
    }

    /// The file at `path` as the folder holds it, if known.
    func file(_ path: String) -> SiteFile? {
        lock.lock(); defer { lock.unlock() }
        return files?[path]
    }

    /// Every path the folder holds, if known.
    var paths: Set<String> {
        lock.lock(); defer { lock.unlock() }
        guard let files else { return [] }
        return Set(files.keys)
    }

    /// Puts `file` at `path`, replacing what was there in one rename (a reader sees the old
    /// file or the new one, never half of one; a hard-linked figure is never written through).
    func write(_ file: SiteFile, at path: String, folders: inout Set<String>) throws {
        let destination = folder.appending(path: path)
        lock.lock()
        temporaryCount += 1
        let temporary = destination.deletingLastPathComponent()
            .appending(path: ".\(destination.lastPathComponent).descent-\(getpid())-\(temporaryCount)")
        lock.unlock()
        do {
            try SiteContents.write(file, to: temporary, folders: &folders)
            guard rename(temporary.path, destination.path) == 0 else {
                throw Diagnostic(file: destination.path, message: "could not write: \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            invalidate()
            throw error
        }
        lock.lock(); defer { lock.unlock() }
        files?[path] = file
    }

    /// Deletes the file at `path` and the folders it leaves empty.
    func remove(_ path: String) {
        let url = folder.appending(path: path)
        unlink(url.path)
        var parent = url.deletingLastPathComponent()
        while parent.path.count > folder.path.count, rmdir(parent.path) == 0 {
            parent = parent.deletingLastPathComponent()
        }
        lock.lock(); defer { lock.unlock() }
        files?[path] = nil
    }

    /// The folder as it now is: what the next render compares with.
    func recordIdentity() {
        lock.lock(); defer { lock.unlock() }
        identity = FolderIdentity(folder)
    }
}

/// The device, inode, modification and change times of a folder: another folder at the same
/// path (even one given the freed inode) differs, and so does the folder once an entry at its
/// top level was added, removed or renamed by anyone but the session, which records the
/// identity again after its own writes.
struct FolderIdentity: Equatable {
    var device: UInt64
    var inode: UInt64
    var modified: [Int64]
    var changed: [Int64]

    init?(_ url: URL) {
        var info = stat()
        guard stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        #if canImport(Darwin)
        modified = [Int64(info.st_mtimespec.tv_sec), Int64(info.st_mtimespec.tv_nsec)]
        changed = [Int64(info.st_ctimespec.tv_sec), Int64(info.st_ctimespec.tv_nsec)]
        #else
        modified = [Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec)]
        changed = [Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec)]
        #endif
    }
}
