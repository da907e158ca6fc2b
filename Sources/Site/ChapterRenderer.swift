internal import CCmark
import MathML
import Notebook

/// The first pass over one chapter: protects math and references, parses the Markdown,
/// rewrites headings and code blocks (experiments with their output and figures), numbers
/// sections, figures and equations, and renders HTML with placeholders left in.
struct ChapterRenderer {
    var run: ChapterRun
    var number: ChapterNumber
    /// False for the home page's introduction: headings get anchors but no numbers.
    var numbered = true
    /// The book's math macros.
    var macros = MathMacros()

    private var chapter: Chapter { run.chapter }

    func draft() -> ChapterDraft {
        var draft = ChapterDraft(run: run, number: number)
        let scanner = SourceScanner(
            fileLine: { [chapter] in chapter.fileLine(forBodyLine: $0) }, file: chapter.path, notes: draft.notes)
        let protected = scanner.protect(chapter.body, into: &draft.spans, problems: &draft.diagnostics)
        let document = MarkdownDocument(protected)
        var walker = Walker(draft: draft, chapter: chapter, numbered: numbered)
        walker.visit(document.root)
        draft = walker.draft
        for block in chapter.experiments where !walker.renderedBlocks.contains(block.index) {
            // The Notebook ran it, but the page's Markdown does not read it as a code block
            // (the protected text differs from the raw one only by math and references).
            draft.diagnostics.append(Diagnostic(
                file: chapter.path, line: block.firstLine - 1, column: block.column,
                message: "this experiment block ran, but the page does not show it as a code block",
                hint: "math or a reference on the lines around it changes how Markdown reads it; "
                    + "leave a blank line before and after the block"))
        }
        draft.searchSections = walker.searchSections
        draft.spanSections = walker.spanSections
        draft.html = document.html()
        Self.typesetMath(&draft, skipping: walker.restoredSpans, typesetter: MathTypesetter(macros: macros))
        return draft
    }

    /// Converts every math span that is not inside code, and numbers labelled display equations
    /// (an equation with `\tag{…}` shows that instead, and does not advance the count).
    private static func typesetMath(_ draft: inout ChapterDraft, skipping restored: Set<Int>, typesetter: MathTypesetter) {
        var count = 0
        var displays = 0
        var labels: Set<String> = []
        for (index, span) in draft.spans.enumerated() where !restored.contains(index) {
            guard case .math(let latex, let display) = span.kind else { continue }
            do {
                let result = try typesetter.typeset(span, latex: latex, display: display, file: draft.run.chapter.path)
                draft.math[index] = result
                if display {
                    displays += 1
                    draft.displayAnchors[index] = "eqn-\(displays)"
                }
                if let tag = result.tag, result.label == nil {
                    draft.equationNumbers[index] = (tag, "eq-tag-\(HTML.slug(tag))")
                }
                if let label = result.label {
                    let id = label.hasPrefix("eq:") ? String(label.dropFirst(3)) : label
                    guard display else {
                        draft.diagnostics.append(Diagnostic(
                            file: draft.run.chapter.path, line: span.fileLines[0], column: span.column,
                            message: "\\label{\(label)} in inline math", hint: "only display math ($$…$$) is numbered"))
                        continue
                    }
                    guard labels.insert(id).inserted else {
                        draft.diagnostics.append(Diagnostic(
                            file: draft.run.chapter.path, line: span.fileLines[0], column: span.column,
                            message: "equation label '\(id)' is used twice in this chapter"))
                        continue
                    }
                    if let tag = result.tag {
                        draft.equationNumbers[index] = (tag, "eq-\(HTML.slug(id))")
                    } else {
                        count += 1
                        draft.equationNumbers[index] = ("(\(draft.number).\(count))", "eq-\(HTML.slug(id))")
                    }
                }
            } catch {
                draft.diagnostics.append(error)
            }
        }
        for (index, anchor) in draft.displayAnchors.sorted(by: { $0.key < $1.key }) {
            let numbered = draft.equationNumbers[index]
            draft.searchItems.append(SearchItem(
                kind: .equation, anchor: numbered?.anchor ?? anchor, title: numbered?.number ?? "Equation",
                section: draft.spanSections[index], text: Placeholder.make(index, newlines: 0)))
        }
    }
}

/// The recursive walk of the cmark tree; mutates the tree in place.
private struct Walker {
    var draft: ChapterDraft
    let chapter: Chapter
    /// Indices of the experiment blocks placed on the page.
    var renderedBlocks: Set<Int> = []
    var figureCount = 0
    var sectionCounters = [0, 0]
    var usedIDs: Set<String> = []
    var searchSections: [SearchSection] = [SearchSection(section: nil, text: "")]
    var restoredSpans: Set<Int> = []
    var spanSections: [Int: Int] = [:]
    var listingCount = 0
    let numbered: Bool

    /// The section being walked (nil before the first heading).
    var currentSection: Int? { searchSections[searchSections.count - 1].section }

    /// Remembers the section of every placeholder in `text`.
    mutating func noteSpans(in text: String) {
        guard let section = currentSection else { return }
        _ = Placeholder.substitute(text) { index in
            spanSections[index] = section
            return ""
        }
    }

    init(draft: ChapterDraft, chapter: Chapter, numbered: Bool) {
        self.draft = draft
        self.chapter = chapter
        self.numbered = numbered
    }

    mutating func appendSearch(_ text: String) {
        searchSections[searchSections.count - 1].text += text
    }

    /// Puts the original source back for placeholders inside code.
    mutating func restore(_ text: String) -> String {
        Placeholder.substitute(text) { index in
            restoredSpans.insert(index)
            return draft.spans[index].original
        }
    }

    mutating func visit(_ node: OpaquePointer) {
        let type = Node.type(node)
        switch type {
        case CMARK_NODE_CODE:
            let literal = restore(Node.literal(node))
            Node.setLiteral(node, literal)
            appendSearch(literal)
        case CMARK_NODE_TEXT:
            noteSpans(in: Node.literal(node))
            appendSearch(Node.literal(node))
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            appendSearch(" ")
        case CMARK_NODE_CODE_BLOCK:
            codeBlock(node)
        case CMARK_NODE_HEADING:
            // The title goes into the index entry's section field, not into the previous section's text.
            let before = searchSections[searchSections.count - 1].text
            visitChildren(node)
            searchSections[searchSections.count - 1].text = before
            heading(node)
        case CMARK_NODE_PARAGRAPH:
            if let index = standaloneDisplayMath(node) {
                draft.standaloneDisplay.insert(index)
                if let section = currentSection { spanSections[index] = section }
                appendSearch(" " + Placeholder.make(index, newlines: 0) + " ")
                Node.replace(node, withHTML: Placeholder.make(index, newlines: 0) + "\n")
            } else {
                visitChildren(node)
                appendSearch(" ")
            }
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            draft.links.append(AuthorLink(
                url: Node.url(node), line: chapter.fileLine(forBodyLine: Node.startLine(node) - 1),
                isImage: type == CMARK_NODE_IMAGE))
            visitChildren(node)
        default:
            visitChildren(node)
            if Node.typeName(node) == "table_cell" { appendSearch(" ") }
        }
    }

    mutating func visitChildren(_ node: OpaquePointer) {
        for child in Node.children(node) { visit(child) }
    }

    /// A paragraph consisting of one `$$…$$` and nothing else.
    func standaloneDisplayMath(_ node: OpaquePointer) -> Int? {
        var text = ""
        for child in Node.children(node) {
            switch Node.type(child) {
            case CMARK_NODE_TEXT: text += Node.literal(child)
            case CMARK_NODE_SOFTBREAK: continue
            default: return nil
            }
        }
        text.removeAll { $0 == Placeholder.continuation || $0.isWhitespace }
        guard text.first == Placeholder.open, text.last == Placeholder.close,
              let index = Int(text.dropFirst().dropLast()), index < draft.spans.count,
              case .math(_, true) = draft.spans[index].kind else { return nil }
        return index
    }

    mutating func heading(_ node: OpaquePointer) {
        let level = Node.headingLevel(node)
        var explicitID: String?
        if let last = Node.children(node).last, Node.type(last) == CMARK_NODE_TEXT {
            let literal = Node.literal(last)
            if literal.hasSuffix("}"), let open = literal.range(of: "{#", options: .backwards) {
                explicitID = String(literal[open.upperBound..<literal.index(before: literal.endIndex)])
                Node.setLiteral(node: last, String(literal[..<open.lowerBound]).trimmingTrailingSpaces)
            }
        }
        let rendered = MarkdownRendering.innerHTML(ofHeading: node)
        let title = HTML.plainText(Placeholder.substitute(rendered) { index in
            if case .math(let latex, _) = draft.spans[index].kind { return latex }
            if case .value(let value) = draft.spans[index].kind { return value }
            return Placeholder.make(index, newlines: 0)
        })
        var id = explicitID ?? HTML.slug(Placeholder.substitute(title) { _ in "" })
        if usedIDs.contains(id) {
            if explicitID != nil {
                draft.diagnostics.append(Diagnostic(
                    file: chapter.path, line: chapter.fileLine(forBodyLine: Node.startLine(node) - 1),
                    message: "heading id '\(id)' is used twice in this chapter"))
            }
            var suffix = 2
            while usedIDs.contains("\(id)-\(suffix)") { suffix += 1 }
            id = "\(id)-\(suffix)"
        }
        usedIDs.insert(id)
        let depth = level <= 2 ? 1 : level - 1
        var number: String?
        if !numbered {
            number = nil
        } else if depth == 1 {
            sectionCounters = [sectionCounters[0] + 1, 0]
            number = "\(draft.number).\(sectionCounters[0])"
        } else if depth == 2, sectionCounters[0] > 0 {
            sectionCounters[1] += 1
            number = "\(draft.number).\(sectionCounters[0]).\(sectionCounters[1])"
        }
        draft.sections.append(Section(id: id, title: title, titleHTML: rendered, number: number, depth: depth))
        searchSections.append(SearchSection(section: draft.sections.count - 1, text: ""))
        let tag = "h\(min(depth + 1, 6))"
        let numberHTML = number.map { "<span class=\"secnum\">\($0)</span> " } ?? ""
        Node.replace(node, withHTML: """
            <\(tag) id="\(HTML.attribute(id))">\(numberHTML)\(rendered)<a class="anchor" href="#\(HTML.attribute(id))" aria-label="Link to this section">#</a></\(tag)>

            """)
    }

    mutating func codeBlock(_ node: OpaquePointer) {
        let info = Node.fenceInfo(node).split(whereSeparator: \.isWhitespace).map(String.init)
        let code = restore(Node.literal(node))
        if info.count >= 2, info[0] == "swift", info[1] == "experiment" {
            // The block's identity is its fence line; the page never counts blocks.
            let bodyLine = Node.startLine(node) - 1
            guard let block = chapter.experiments.first(where: { $0.bodyLine == bodyLine }),
                  renderedBlocks.insert(block.index).inserted else {
                draft.diagnostics.append(Diagnostic(
                    file: chapter.path, line: chapter.fileLine(forBodyLine: bodyLine), column: Node.startColumn(node),
                    message: "the page shows an experiment block here that did not run",
                    hint: "math or a reference on the lines around it changes how Markdown reads it; "
                        + "leave a blank line before and after the block"))
                Node.replace(node, withHTML: CodeBox.html(code: code, language: "swift"))
                return
            }
            var builder = ExperimentHTML(chapter: chapter, run: draft.run, chapterNumber: draft.number)
            let itemsBefore = draft.searchItems.count
            let html = builder.render(block: block, figureCount: &figureCount, draft: &draft)
            // Captions are searched as figure entries (``SearchItem``), not as the section's prose.
            for item in itemsBefore..<draft.searchItems.count { draft.searchItems[item].section = currentSection }
            Node.replace(node, withHTML: html)
        } else {
            listingCount += 1
            let anchor = "listing-\(listingCount)"
            draft.searchItems.append(SearchItem(kind: .code, anchor: anchor, title: "Code", section: currentSection,
                                                text: CodeWords.words(code)))
            Node.replace(node, withHTML: CodeBox.html(code: code, language: info.first, id: anchor))
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last?.isWhitespace == true { copy.removeLast() }
        return copy
    }
}

extension Node {
    static func setLiteral(node: OpaquePointer, _ text: String) { setLiteral(node, text) }
}
