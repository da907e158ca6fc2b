/// The home page: what the course is, then the table of contents with a one-line summary
/// per chapter.
struct HomePage {
    var layout: PageLayout
    var title: String

    func html(introduction: String, summaries: [String]) -> String {
        var main = "<article class=\"home\">\n<header class=\"chapter-head\"><p class=\"kicker\">A course</p><h1>\(HTML.text(title))</h1></header>\n"
        main += "<div class=\"introduction\">\n\(introduction)</div>\n"
        main += "<h2 id=\"contents\">Contents</h2>\n<ol class=\"toc\">\n"
        for (entry, summary) in zip(layout.entries, summaries) {
            main += "<li><a href=\"\(HTML.attribute(entry.page))\"><span class=\"num\">\(entry.number)</span><span class=\"toc-title\">\(HTML.text(entry.title))</span></a>"
            if !summary.isEmpty { main += "<p class=\"toc-summary\">\(summary)</p>" }
            main += "</li>\n"
        }
        main += "</ol>\n<p class=\"print-link\"><a href=\"\(CoursePrintPage.path)\">The whole course on one page</a>, to print or save as a PDF.</p>\n</article>"
        let description = HTML.plainText(introduction).prefix(160)
        return layout.page(title: title, description: String(description), current: nil, sections: [], main: main)
    }
}
