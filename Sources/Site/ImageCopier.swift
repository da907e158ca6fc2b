import Foundation
import Notebook

/// Puts the hand-made images chapters show (`![A diagram](images/diagram.png)`) into the
/// site, at the same path relative to the page as to the chapter file: the file is looked
/// up beside the chapters (in ``sourceDirectory``) and copied.
///
/// Only relative paths to image files are taken, and only files that — after resolving
/// symbolic links — are regular files inside the chapters folder; `..` that leaves it, a
/// link pointing out of it, or a path the site itself uses (`figures/`, `assets/`) is an
/// error at the image's line. The link check then finds the copied file like any other.
struct ImageCopier {
    /// The folder holding the chapter files.
    var sourceDirectory: URL

    /// File extensions accepted as images.
    static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif"]

    /// Adds the images of `draft` to `contents` (each path once, `done` holds those added);
    /// returns the problems.
    func copy(_ draft: ChapterDraft, done: inout Set<String>, into contents: inout SiteContents) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for link in draft.links where link.isImage {
            guard let relative = Self.localPath(link.url) else { continue }
            let file = draft.run.chapter.path
            let located = { (message: String, hint: String?) in
                Diagnostic(file: file, line: link.line, message: message, hint: hint)
            }
            let components = relative.split(separator: "/")
            guard !components.contains(".."), !relative.hasPrefix("/") else {
                problems.append(located(
                    "image '\(link.url)' leaves the chapters folder",
                    "keep images in a folder beside the chapters, e.g. chapters/images/"))
                continue
            }
            guard let first = components.first, !["figures", "assets"].contains(String(first)),
                  components.count > 1 || !relative.hasSuffix(".html") else {
                problems.append(located(
                    "image path '\(link.url)' is used by the site itself", "put hand-made images under images/"))
                continue
            }
            guard Self.extensions.contains((relative as NSString).pathExtension.lowercased()) else {
                problems.append(located(
                    "'\(link.url)' is not an image file (\(Self.extensions.sorted().joined(separator: ", ")))", nil))
                continue
            }
            guard done.insert(relative).inserted else { continue }
            let source = sourceDirectory.appending(path: relative)
            let base = sourceDirectory.resolvingSymlinksInPath().standardizedFileURL.path
            let resolved = source.resolvingSymlinksInPath().standardizedFileURL.path
            var info = stat()
            guard stat(source.path, &info) == 0 else {
                problems.append(located(
                    "image '\(link.url)' not found (looked for \(source.path))",
                    "put the file beside the chapters, or fix the path"))
                continue
            }
            guard resolved.hasPrefix(base + "/"), (info.st_mode & S_IFMT) == S_IFREG, let stamp = FileStamp(URL(filePath: resolved)) else {
                problems.append(located(
                    "image '\(link.url)' is not a file inside the chapters folder (it resolves to \(resolved))",
                    "copy the image into the chapters folder instead of linking to it"))
                continue
            }
            contents.add(relative, .copy(URL(filePath: resolved), stamp))
        }
        return problems
    }

    /// The path of a local image URL (no scheme, no `//`), percent-decoded, without query
    /// or fragment; nil for anything else.
    static func localPath(_ url: String) -> String? {
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return nil }
        if url.hasPrefix("//") || url.isEmpty { return nil }
        var path = String(url.prefix(while: { $0 != "#" && $0 != "?" }))
        if path.hasPrefix("./") { path.removeFirst(2) }
        let decoded = URLPath.decode(path)
        return decoded.isEmpty ? nil : decoded
    }
}
