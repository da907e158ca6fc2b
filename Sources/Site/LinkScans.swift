import Foundation

/// The links and ids of each page, found by scanning its HTML once and kept by `descent serve`
/// between renders: a page whose text is equal to the last scanned one is not scanned again.
final class LinkScans: @unchecked Sendable {
    /// A link or resource of a page, with the file it points to worked out once.
    struct Reference {
        var url: String
        var isResource: Bool
        /// The file (relative to the site root) and the decoded `#fragment` ("" for none); nil
        /// for a URL with a scheme or starting with `//`.
        var target: (path: String, fragment: String)?
        /// For such a URL: the problem, if it is one (a resource from outside the site).
        var outside: String?

        init(url: String, isResource: Bool, on page: String) {
            self.url = url
            self.isResource = isResource
            if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/"), !url[..<colon].contains("#") {
                let scheme = url[..<colon].lowercased()
                if isResource && scheme != "data" { outside = "'\(url)' loads a resource from outside the site" }
                return
            }
            if url.hasPrefix("//") { outside = "'\(url)' points outside the site"; return }
            let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            var path = String(parts[0])
            if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
            let fragment = parts.count > 1 ? URLPath.decode(String(parts[1])) : ""
            target = (path.isEmpty ? page : LinkChecker.resolve(URLPath.decode(path), from: page), fragment)
        }
    }

    /// What the link check needs of a page.
    struct Scan {
        /// Each distinct `href` (not a resource) and `src`/`srcset` (a resource), in order.
        var references: [Reference] = []
        /// Every `id` of the page.
        var ids: Set<String>

        init(page: String, html: String) {
            var seen: Set<String> = []
            let found = LinkChecker.attributeValues("href", in: html).map { ($0, false) }
                + (LinkChecker.attributeValues("src", in: html) + LinkChecker.attributeValues("srcset", in: html)).map { ($0, true) }
            for (raw, isResource) in found {
                let url = HTML.unescape(raw)
                if seen.insert(url + (isResource ? "!" : "")).inserted {
                    references.append(Reference(url: url, isResource: isResource, on: page))
                }
            }
            ids = Set(LinkChecker.attributeValues("id", in: html))
        }
    }

    private let lock = NSLock()
    private var scans: [String: (html: String, scan: Scan)] = [:]

    /// The scan of `page` with this `html`: the last one when the text is the same.
    func scan(_ page: String, html: String) -> Scan {
        lock.lock()
        if let kept = scans[page], kept.html == html {
            scans[page] = (html, kept.scan)   // the same storage next time: compared at once
            lock.unlock()
            return kept.scan
        }
        lock.unlock()
        let scan = Scan(page: page, html: html)
        lock.lock(); defer { lock.unlock() }
        scans[page] = (html, scan)
        return scan
    }
}
