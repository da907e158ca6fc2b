import Foundation

/// Maps the path of an HTTP request to a file of the site folder, or to nothing.
///
/// The raw (still percent-encoded) path is decoded once; anything that could step outside
/// the folder is refused rather than cleaned up: a `..` segment (typed or encoded, such as
/// `%2e%2e` or `..%2f`), a NUL, a backslash, an invalid encoding. What remains is joined to
/// the folder, symbolic links are resolved, and the real path must still lie inside the
/// folder's real path and be a regular file. A folder means its `index.html`.
struct SitePathResolver: Sendable {
    /// The site folder.
    var root: URL

    /// The file for `rawPath` (e.g. `/05-momentum.html`, `/figures/a%20b.png`), or nil (404).
    func resolve(_ rawPath: String) -> URL? {
        var path = rawPath
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        guard let decoded = path.removingPercentEncoding, decoded.hasPrefix("/") else { return nil }
        guard !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." }) else { return nil }
        var candidate = root
        for segment in segments where segment != "." {
            candidate.append(path: String(segment))
        }
        guard let rootReal = Self.realPath(root), var real = Self.realPath(candidate) else { return nil }
        if Self.isDirectory(real) {
            guard let index = Self.realPath(URL(filePath: real).appending(path: "index.html").path) else { return nil }
            real = index
        }
        let prefix = rootReal.hasSuffix("/") ? rootReal : rootReal + "/"
        guard real.hasPrefix(prefix), Self.isRegularFile(real) else { return nil }
        return URL(filePath: real)
    }

    private static func realPath(_ url: URL) -> String? {
        realPath(url.path)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
