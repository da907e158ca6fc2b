import Foundation

/// A digest of the files under some folders — the library sources chapter programs are
/// compiled against — so that editing any of them invalidates every cached run.
public enum SourceDigest {
    /// SHA-256 over the sorted relative paths and contents of every non-hidden file under
    /// `directories` (missing folders count as empty).
    public static func compute(_ directories: [URL]) -> String {
        var hash = SHA256()
        let manager = FileManager.default
        for directory in directories {
            let base = directory.standardizedFileURL
            hash.update(field: base.lastPathComponent)
            guard let enumerator = manager.enumerator(
                at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { continue }
            var files: [(String, URL)] = []
            for case let url as URL in enumerator {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                let relative = String(url.standardizedFileURL.path.dropFirst(base.path.count))
                files.append((relative, url))
            }
            for (relative, url) in files.sorted(by: { $0.0 < $1.0 }) {
                hash.update(field: relative)
                let data = (try? Data(contentsOf: url)) ?? Data()
                var count = UInt64(data.count).bigEndian
                withUnsafeBytes(of: &count) { hash.update(Array($0)) }
                hash.update(data)
            }
        }
        return SHA256.hexString(hash.finalize())
    }
}
