#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Notices edits by comparing the modification time and size of every file under some
/// folders between two looks: portable, and cheap enough (about a millisecond for a book and
/// its library) to do every 100 milliseconds. Hidden files and editor leftovers (`~`,
/// `.swp`) are ignored.
struct SourceWatcher: Sendable {
    /// What is remembered of one file.
    struct Stamp: Equatable, Sendable {
        var modified: Double
        var size: Int
    }

    /// Path → stamp, for every file under the folders.
    typealias Snapshot = [String: Stamp]

    /// The folders watched.
    var folders: [URL]

    /// Looks at every file now: one `stat` per file, no Foundation resource values (a look at a
    /// book and its library takes about a millisecond, so serve can look often).
    func snapshot() -> Snapshot {
        var files: Snapshot = [:]
        func walk(_ path: String) {
            guard let directory = opendir(path) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                // Hidden files and folders (and `.`, `..`), and editor leftovers.
                if name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") { continue }
                let child = path + "/" + name
                var info = stat()
                // lstat: a symbolic link is neither followed nor watched (as before).
                guard lstat(child, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    walk(child)
                } else if (info.st_mode & S_IFMT) == S_IFREG {
                    #if canImport(Darwin)
                    let time = info.st_mtimespec
                    #else
                    let time = info.st_mtim
                    #endif
                    files[child] = Stamp(modified: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9, size: Int(info.st_size))
                }
            }
        }
        for folder in folders { walk(folder.standardizedFileURL.path) }
        return files
    }

    /// The paths added, removed or changed from `old` to `new`, sorted.
    static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        var changed = Set<String>()
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed.sorted()
    }
}
