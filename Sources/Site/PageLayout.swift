/// The frame every page shares: head (theme boot script, stylesheet, script), top bar
/// (course title, search, theme toggle), sidebar of chapters, main column.
struct PageLayout: Equatable {
    /// A chapter as the sidebar and the table of contents list it.
    struct Entry: Equatable {
        var slug: String
        var number: ChapterNumber
        var title: String
        var page: String { slug + ".html" }
    }

    var courseTitle: String
    var entries: [Entry]
    /// HTML at the foot of every page's main column (the ``Provenance`` footer), or empty.
    var footer = ""

    /// A complete HTML document.
    /// - Parameters:
    ///   - current: the slug of the chapter shown (nil on the home page).
    ///   - sections: the current chapter's numbered top-level sections, (id, number, title HTML).
    func page(title: String, description: String, current: String?, sections: [(id: String, number: String?, html: String)], main: String) -> String {
        let pageTitle = current == nil ? courseTitle : "\(title) · \(courseTitle)"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>\(HTML.text(pageTitle))</title>
            <meta name="description" content="\(HTML.attribute(description))">
            <script>\(Assets.themeBoot)</script>
            <link rel="stylesheet" href="\(Assets.stylesheetPath)">
            <script src="\(Assets.scriptPath)" defer></script>
            </head>
            <body>
            <a class="skip" href="#content">Skip to the text</a>
            <header class="topbar">
            <button class="nav-toggle" type="button" aria-controls="sidebar" aria-expanded="false" aria-label="Show the chapters"><span aria-hidden="true">☰</span></button>
            <a class="brand" href="index.html">\(HTML.text(courseTitle))</a>
            <div class="search" role="search">
            <input type="search" id="search-input" placeholder="Search the course" aria-label="Search the course" autocomplete="off" spellcheck="false">
            <div id="search-results" class="search-results" hidden></div>
            </div>
            <button class="theme-toggle" type="button" aria-label="Switch between light and dark"><span class="icon-dark" aria-hidden="true">☾</span><span class="icon-light" aria-hidden="true">☀</span></button>
            </header>
            <div class="layout">
            \(sidebar(current: current, sections: sections))
            <main id="content" class="content">
            \(main)\(footer)
            </main>
            </div>
            </body>
            </html>

            """
    }

    private func sidebar(current: String?, sections: [(id: String, number: String?, html: String)]) -> String {
        var html = "<nav class=\"sidebar\" id=\"sidebar\" aria-label=\"Chapters\">\n"
        html += "<a class=\"sidebar-home\" href=\"index.html\"\(current == nil ? " aria-current=\"page\"" : "")>Contents</a>\n<ol class=\"chapters\">\n"
        for entry in entries {
            let isCurrent = entry.slug == current
            html += "<li\(isCurrent ? " class=\"current\"" : "")><a href=\"\(HTML.attribute(entry.page))\"\(isCurrent ? " aria-current=\"page\"" : "")><span class=\"num\">\(entry.number)</span> \(HTML.text(entry.title))</a>"
            if isCurrent, !sections.isEmpty {
                html += "\n<ol class=\"sections\">\n"
                for section in sections {
                    let number = section.number.map { "<span class=\"num\">\($0)</span> " } ?? ""
                    html += "<li><a href=\"#\(HTML.attribute(section.id))\">\(number)\(section.html)</a></li>\n"
                }
                html += "</ol>\n"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</nav>"
    }

    /// Previous / next links at the foot of a chapter.
    func pager(previous: Entry?, next: Entry?) -> String {
        var html = "<nav class=\"pager\" aria-label=\"Previous and next chapter\">\n"
        if let previous {
            html += "<a class=\"prev\" rel=\"prev\" href=\"\(HTML.attribute(previous.page))\"><span class=\"dir\">← \(previous.number.label)</span><span class=\"title\">\(HTML.text(previous.title))</span></a>\n"
        } else {
            html += "<a class=\"prev\" rel=\"prev\" href=\"index.html\"><span class=\"dir\">← Contents</span><span class=\"title\">\(HTML.text(courseTitle))</span></a>\n"
        }
        if let next {
            html += "<a class=\"next\" rel=\"next\" href=\"\(HTML.attribute(next.page))\"><span class=\"dir\">\(next.number.label) →</span><span class=\"title\">\(HTML.text(next.title))</span></a>\n"
        }
        return html + "</nav>"
    }
}
