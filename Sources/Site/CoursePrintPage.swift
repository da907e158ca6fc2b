import Foundation

/// `print.html`: every chapter on one page, for readers who want the whole course on paper
/// or as one PDF (the browser's Print, or `chromium --headless --print-to-pdf`).
///
/// Each chapter is a `<section class="course-chapter">` that starts a new printed page. Ids
/// would collide between chapters ("summary" is in all of them), so each chapter's ids get its
/// slug as a prefix (`05-pathological-curvature--eq-newton`), and links into any chapter of the
/// course — `#eq-newton` within one, `05-….html#eq-newton` across — are rewritten to point
/// inside this page.
struct CoursePrintPage {
    static let path = "print.html"

    var layout: PageLayout
    var title: String

    /// The page.
    /// - Parameter rewritten: chapters rewritten by earlier renders (`descent serve`), reused
    ///   for a chapter whose HTML and the book's slugs are the same.
    func html(chapters: [(slug: String, head: String, body: String)], rewritten kept: PrintRewrites? = nil) -> String {
        let slugs = Set(chapters.map(\.slug))
        var main = "<article class=\"course-print\">\n<header class=\"chapter-head\"><p class=\"kicker\">The whole course</p><h1>\(HTML.text(title))</h1></header>\n"
        main += "<p class=\"print-note\">All chapters on one page, to print or to save as a PDF with your browser’s Print command. "
            + "Folded plotting code is left out of the printout; its figures are not.</p>\n"
        // Each chapter's ids and links are rewritten on its own, on all cores, and joined in order.
        let rewritten = concurrentMap(chapters.count) { index in
            let (slug, html) = (chapters[index].slug, chapters[index].head + chapters[index].body)
            guard let kept else { return Self.rewrite(html, slug: slug, slugs: slugs) }
            return kept.rewrite(html, slug: slug, slugs: slugs)
        }
        for (chapter, html) in zip(chapters, rewritten) {
            main += "<section class=\"course-chapter\" id=\"\(HTML.attribute(chapter.slug))\">\n"
            main += html
            main += "</section>\n"
        }
        main += "</article>\n"
        return layout.page(title: "The whole course", description: "\(title): every chapter on one page, for printing.",
                           current: nil, sections: [], main: main)
    }

    private static let attribute = try! NSRegularExpression(pattern: " (id|href)=\"([^\"]*)\"")

    /// Prefixes ids with the chapter's slug and points in-course links at this page.
    static func rewrite(_ html: String, slug: String, slugs: Set<String>) -> String {
        let source = html as NSString
        var out = ""
        var last = 0
        for match in attribute.matches(in: html, range: NSRange(location: 0, length: source.length)) {
            out += source.substring(with: NSRange(location: last, length: match.range.location - last))
            let name = source.substring(with: match.range(at: 1))
            let value = HTML.unescape(source.substring(with: match.range(at: 2)))
            var rewritten = value
            if name == "id" {
                rewritten = "\(slug)--\(value)"
            } else if value.hasPrefix("#") {
                rewritten = "#\(slug)--\(value.dropFirst())"
            } else {
                let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                if parts[0].hasSuffix(".html"), !parts[0].contains("/"), slugs.contains(String(parts[0].dropLast(5))) {
                    let target = String(parts[0].dropLast(5))
                    rewritten = parts.count == 2 ? "#\(target)--\(parts[1])" : "#\(target)"
                }
            }
            out += " \(name)=\"\(HTML.attribute(rewritten))\""
            last = match.range.location + match.range.length
        }
        return out + source.substring(from: last)
    }
}

/// The chapters of the print page as last rewritten, kept by `descent serve` between renders:
/// a chapter whose HTML and the book's slugs are equal to the last render's is not rewritten again.
final class PrintRewrites: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [String: (html: String, slugs: Set<String>, rewritten: String)] = [:]

    /// ``CoursePrintPage/rewrite(_:slug:slugs:)``, or its last result for the same input.
    func rewrite(_ html: String, slug: String, slugs: Set<String>) -> String {
        lock.lock()
        if let last = kept[slug], last.html == html, last.slugs == slugs { lock.unlock(); return last.rewritten }
        lock.unlock()
        let rewritten = CoursePrintPage.rewrite(html, slug: slug, slugs: slugs)
        lock.lock(); defer { lock.unlock() }
        kept[slug] = (html, slugs, rewritten)
        return rewritten
    }
}
