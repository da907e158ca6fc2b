/// A chapter's page: heading, body, previous/next links; and its entries in the search index.
struct ChapterPage {
    var layout: PageLayout
    var draft: ChapterDraft
    var finished: ChapterFinisher.Finished
    var summary: String

    func html(previous: PageLayout.Entry?, next: PageLayout.Entry?) -> String {
        let chapter = draft.run.chapter
        var main = "<article class=\"chapter\">\n\(headHTML)\n\(runItYourself)\(finished.html)\(finished.references)</article>\n"
        main += layout.pager(previous: previous, next: next)
        let sections = draft.sections.enumerated()
            .filter { $0.element.depth == 1 }
            .map { (id: $0.element.id, number: $0.element.number, html: finished.sectionTitles[$0.offset]) }
            + (finished.references.isEmpty ? [] : [(id: "references", number: nil, html: "References")])
        return layout.page(
            title: chapter.title, description: HTML.plainText(summary.isEmpty ? chapter.title : summary),
            current: draft.slug, sections: sections, main: main)
    }

    /// The chapter's heading: number, title, summary.
    var headHTML: String {
        var head = "<header class=\"chapter-head\"><p class=\"kicker\">\(draft.number.label)</p><h1>\(HTML.text(draft.run.chapter.title))</h1>"
        if !summary.isEmpty { head += "<p class=\"summary\">\(summary)</p>" }
        return head + "</header>"
    }

    /// The download of the chapter as a runnable package (see ``ChapterPackage``), with how to run it.
    var runItYourself: String {
        let package = ChapterPackage(chapter: draft.run.chapter, number: draft.number)
        guard package.isRunnable else { return "" }
        return """
            <p class="run-it"><a href="\(ChapterPackage.folder)/\(URLPath.encode(package.archiveName))" download>Run this chapter \
            yourself</a>: every experiment of the page, hidden ones included, as a Swift package to run and change \
            next to a clone of the course (its README says how).</p>

            """
    }

    func addSearchEntries(to index: inout SearchIndex) {
        let chapterLabel = "\(draft.number) · \(draft.run.chapter.title)"
        for part in finished.search {
            if let sectionIndex = part.section {
                let section = draft.sections[sectionIndex]
                let title = HTML.plainText(finished.sectionTitles[sectionIndex])
                index.add(chapter: chapterLabel, section: section.number.map { "\($0) \(title)" } ?? title,
                          url: "\(draft.page)#\(section.id)", text: part.text)
            } else {
                index.add(chapter: chapterLabel, section: "", url: draft.page, text: part.text)
            }
        }
        for item in finished.items {
            let within = item.section.map { section in
                (draft.sections[section].number.map { $0 + " " } ?? "") + HTML.plainText(finished.sectionTitles[section])
            }
            index.add(item.kind, chapter: chapterLabel, section: item.title, within: within,
                      url: "\(draft.page)#\(item.anchor)", text: item.text)
        }
        if !finished.references.isEmpty {
            index.add(chapter: chapterLabel, section: "References", url: "\(draft.page)#references",
                      text: HTML.plainText(finished.references).replacingOccurrences(of: "References#", with: ""))
        }
    }
}
