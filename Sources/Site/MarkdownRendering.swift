internal import CCmark

/// Small rendering helpers on top of ``MarkdownDocument``.
enum MarkdownRendering {
    /// Renders Markdown meant to be inline (a caption, a summary): the single paragraph's content.
    static func inline(_ markdown: String) -> String {
        var html = MarkdownDocument(markdown).html().trimmingTrailingSpaces
        if html.hasPrefix("<p>") && html.hasSuffix("</p>") && html.components(separatedBy: "<p>").count == 2 {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    /// The content of a heading node, without its `<hN>` tags.
    static func innerHTML(ofHeading node: OpaquePointer) -> String {
        guard let raw = cmark_render_html(node, MarkdownDocument.options, nil) else { return "" }
        defer { free(raw) }
        var html = String(cString: raw).trimmingTrailingSpaces
        if let open = html.firstIndex(of: ">") { html = String(html[html.index(after: open)...]) }
        if let close = html.range(of: "</h", options: .backwards) { html = String(html[..<close.lowerBound]) }
        return html
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
