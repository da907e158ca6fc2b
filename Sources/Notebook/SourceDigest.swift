#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A digest of the files under some folders — the library sources chapter programs are
/// compiled against — so that editing any of them invalidates every cached run.
public enum SourceDigest {
    /// SHA-256 over the sorted relative paths and the SHA-256 of the contents of every
    /// non-hidden regular file under `directories` (missing folders count as empty). File
    /// digests come from ``FileDigests`` (a file that did not change is not read again).
    public static func compute(_ directories: [URL]) -> String {
        var hash = SHA256()
        for directory in directories {
            let base = directory.standardizedFileURL
            hash.update(field: base.lastPathComponent)
            var files: [String] = []
            collect(base.path, relative: "", into: &files)
            for relative in files.sorted() {
                hash.update(field: relative)
                hash.update(FileDigests.shared.digest(ofFileAt: base.path + relative) ?? [])
            }
        }
        return SHA256.hexString(hash.finalize())
    }

    /// The relative paths (each starting with "/") of the non-hidden regular files under
    /// `folder`, without following symbolic links.
    private static func collect(_ folder: String, relative: String, into files: inout [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder + relative) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = relative + "/" + name
            var info = stat()
            guard lstat(folder + path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG: files.append(path)
            case S_IFDIR: collect(folder, relative: path, into: &files)
            default: continue
            }
        }
    }
}
