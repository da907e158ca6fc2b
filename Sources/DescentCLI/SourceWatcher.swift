import Foundation

/// Notices edits by comparing the modification time and size of every file under some
/// folders between two looks: portable, and cheap enough to do every few hundred
/// milliseconds for a book and its library. Hidden files and editor leftovers (`~`,
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

    /// Looks at every file now.
    func snapshot() -> Snapshot {
        var files: Snapshot = [:]
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        for folder in folders {
            guard let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker {
                let name = url.lastPathComponent
                if name.hasSuffix("~") || name.hasSuffix(".swp") { continue }
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                files[url.path] = Stamp(
                    modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0, size: values.fileSize ?? 0)
            }
        }
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
