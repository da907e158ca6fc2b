/// A code listing; Swift is highlighted at build time. The script adds the copy button.
enum CodeBox {
    /// - Parameter id: the element id of the box, for links from search results.
    static func html(code: String, language: String?, id: String? = nil) -> String {
        let body: String
        var trimmed = code
        while trimmed.hasSuffix("\n") { trimmed.removeLast() }
        if language == "swift" {
            body = SwiftHighlighter().highlight(trimmed)
        } else {
            body = HTML.text(trimmed)
        }
        let cls = language.map { " class=\"language-\(HTML.attribute($0))\"" } ?? ""
        return """
            <div class="code"\(id.map { " id=\"\(HTML.attribute($0))\"" } ?? "")><pre><code\(cls)>\(body)</code></pre></div>

            """
    }
}
