import MathML
import Notebook

/// The second pass over a chapter, once every chapter's numbers are known: replaces the
/// placeholders with MathML and numbered cross-reference links.
struct ChapterFinisher {
    var table: ReferenceTable

    /// What the second pass produces for one chapter.
    struct Finished {
        var html: String
        /// Section titles as HTML, by section index.
        var sectionTitles: [String]
        /// Plain text for the search index: (section index or nil, text).
        var search: [SearchSection]
        var diagnostics: [Diagnostic]
    }

    func finish(_ draft: ChapterDraft) -> Finished {
        var diagnostics: [Diagnostic] = []
        var reported: Set<Int> = []
        func html(_ text: String) -> String {
            Placeholder.substitute(text) { index in
                let span = draft.spans[index]
                switch span.kind {
                case .math(_, let display):
                    guard let result = draft.math[index] else { return HTML.text(span.original) }
                    guard display else { return result.mathML }
                    let numbered = draft.equationNumbers[index]
                    let idAttribute = numbered.map { " id=\"\($0.anchor)\"" } ?? ""
                    let number = numbered.map { "<span class=\"eqno\">(\($0.number))</span>" } ?? ""
                    let tag = draft.standaloneDisplay.contains(index) ? "div" : "span"
                    return "<\(tag) class=\"equation\"\(idAttribute)>\(result.mathML)\(number)</\(tag)>"
                case .value(let value):
                    return HTML.attribute(value)
                case .reference(let kind, let target):
                    switch table.resolve(kind, target, from: draft.slug) {
                    case .success(let found):
                        return "<a class=\"xref\" href=\"\(HTML.attribute(found.href(from: draft.page)))\" title=\"\(HTML.attribute(found.title))\">\(HTML.text(found.label))</a>"
                    case .failure(let failure):
                        if reported.insert(index).inserted {
                            diagnostics.append(Diagnostic(
                                file: draft.run.chapter.path, line: span.fileLines[0], column: span.column,
                                message: failure.message, hint: failure.hint))
                        }
                        return HTML.text(span.original)
                    }
                }
            }
        }
        func plain(_ text: String) -> String {
            Placeholder.substitute(text) { index in
                if case .value(let value) = draft.spans[index].kind { return value }
                guard case .reference(let kind, let target) = draft.spans[index].kind,
                      case .success(let found) = table.resolve(kind, target, from: draft.slug) else { return " " }
                return found.label
            }
        }
        let body = html(draft.html)
        let titles = draft.sections.map { html($0.titleHTML) }
        let search = draft.searchSections.map { SearchSection(section: $0.section, text: plain($0.text)) }
        return Finished(html: body, sectionTitles: titles, search: search, diagnostics: diagnostics)
    }
}
