import MathML
import Notebook

/// The second pass over a chapter, once every chapter's numbers are known: replaces the
/// placeholders with MathML and numbered cross-reference links.
struct ChapterFinisher {
    var table: ReferenceTable
    var citations = Citations(bibliography: Bibliography())

    /// What the second pass produces for one chapter.
    struct Finished {
        var html: String
        /// Section titles as HTML, by section index.
        var sectionTitles: [String]
        /// The chapter's References section ("" when it cites nothing).
        var references = ""
        /// The works cited, in order of first citation.
        var citedKeys: [String] = []
        /// Plain text for the search index: (section index or nil, text).
        var search: [SearchSection]
        /// Figures, equations and code for the search index, their text resolved.
        var items: [SearchItem] = []
        var diagnostics: [Diagnostic]
    }

    func finish(_ draft: ChapterDraft) -> Finished {
        var diagnostics: [Diagnostic] = []
        var reported: Set<Int> = []
        var cited: [String] = []
        func report(_ failure: ReferenceFailure, at index: Int) {
            let span = draft.spans[index]
            if reported.insert(index).inserted {
                diagnostics.append(Diagnostic(
                    file: draft.run.chapter.path, line: span.fileLines[0], column: span.column,
                    message: failure.message, hint: failure.hint))
            }
        }
        func html(_ text: String) -> String {
            Placeholder.substitute(text) { index in
                let span = draft.spans[index]
                switch span.kind {
                case .math(_, let display):
                    guard let result = draft.math[index] else { return HTML.text(span.original) }
                    let mathML = equationReferences(in: result, at: index, draft: draft, report: report)
                    guard display else { return mathML }
                    let numbered = draft.equationNumbers[index]
                    let anchor = numbered?.anchor ?? draft.displayAnchors[index]
                    let idAttribute = anchor.map { " id=\"\($0)\"" } ?? ""
                    let number = numbered.map { "<span class=\"eqno\">\(HTML.text($0.number))</span>" } ?? ""
                    let tag = draft.standaloneDisplay.contains(index) ? "div" : "span"
                    return "<\(tag) class=\"equation\"\(idAttribute)>\(mathML)\(number)</\(tag)>"
                case .reference(let kind, let target) where kind.isCitation:
                    switch citations.resolve(target) {
                    case .success(let entries):
                        for entry in entries where !cited.contains(entry.key) { cited.append(entry.key) }
                        return citations.html(entries, textual: kind == .textCitation)
                    case .failure(let failure):
                        report(failure, at: index)
                        return HTML.text(span.original)
                    }
                case .value(let value):
                    return HTML.attribute(value)
                case .reference(let kind, let target):
                    switch table.resolve(kind, target, from: draft.slug) {
                    case .success(let found):
                        return "<a class=\"xref\" href=\"\(HTML.attribute(found.href(from: draft.page)))\" title=\"\(HTML.attribute(found.title))\">\(HTML.text(found.label))</a>"
                    case .failure(let failure):
                        report(failure, at: index)
                        return HTML.text(span.original)
                    }
                }
            }
        }
        func plain(_ text: String) -> String {
            Placeholder.substitute(text) { index in
                switch draft.spans[index].kind {
                case .math(let latex, _):
                    return draft.math[index]?.text ?? latex
                case .value(let value):
                    return value
                case .reference(let kind, let target) where kind.isCitation:
                    guard case .success(let entries) = citations.resolve(target) else { return " " }
                    return citations.plain(entries, textual: kind == .textCitation)
                case .reference(let kind, let target):
                    guard case .success(let found) = table.resolve(kind, target, from: draft.slug) else { return " " }
                    return found.label
                }
            }
        }
        let body = html(draft.html)
        let titles = draft.sections.map { html($0.titleHTML) }
        let search = draft.searchSections.map { SearchSection(section: $0.section, text: plain($0.text)) }
        let items = draft.searchItems.map { item -> SearchItem in
            var resolved = item
            resolved.text = plain(item.text)
            return resolved
        }
        return Finished(html: body, sectionTitles: titles, references: citations.section(citing: cited), citedKeys: cited,
                        search: search, items: items, diagnostics: diagnostics)
    }

    /// The MathML with each `\eqref{…}` marker replaced by the linked equation number.
    private func equationReferences(in result: MathResult, at index: Int, draft: ChapterDraft, report: (ReferenceFailure, Int) -> Void) -> String {
        guard !result.equationReferences.isEmpty else { return result.mathML }
        var mathML = result.mathML
        for name in result.equationReferences {
            let marker = "<mtext data-eqref=\"\(HTML.attribute(name))\">(\(HTML.text(name)))</mtext>"
            let id = name.hasPrefix("eq:") ? String(name.dropFirst(3)) : name
            switch table.resolve(.equation, id, from: draft.slug) {
            case .success(let found):
                let link = "<mtext><a class=\"xref\" href=\"\(HTML.attribute(found.href(from: draft.page)))\" title=\"\(HTML.attribute(found.title))\">\(HTML.text(found.label))</a></mtext>"
                if let range = mathML.range(of: marker) { mathML.replaceSubrange(range, with: link) }
            case .failure(let failure):
                report(ReferenceFailure(message: "\\eqref{\(name)}: " + failure.message, hint: failure.hint), index)
            }
        }
        return mathML
    }
}
