import Notebook

/// The HTML of one experiment block: its code (unless hidden; collapsed when folded), what
/// it printed, and its figures, numbered per chapter.
struct ExperimentHTML {
    var chapter: Chapter
    var run: ChapterRun
    var chapterNumber: ChapterNumber

    /// The HTML of `block`, the code exactly as it ran, with its output.
    mutating func render(block: ExperimentBlock, figureCount: inout Int, draft: inout ChapterDraft) -> String {
        let output = run.outputs.first { $0.blockIndex == block.index }
        // Every block has an anchor, for search results: `exp-<id>` when the author named it.
        let anchor = block.id.map { "exp-" + HTML.slug($0) } ?? "code-\(block.index + 1)"
        var html = "<div class=\"experiment\" id=\"\(HTML.attribute(anchor))\">\n"
        // The caption and alt text the block passes to its figures are searched as the figures.
        let figureWords = Set((output?.figures ?? []).flatMap { SearchText.tokens(in: Substring($0.caption + " " + $0.alt)) }
            .map { $0.lowercased() })
        var searchText = block.hidden ? "" : CodeWords.words(block.code, elsewhere: figureWords)
        if !block.hidden {
            let box = CodeBox.html(code: block.code, language: "swift")
            if block.folded {
                html += "<details class=\"fold\"><summary>Show the code</summary>\n\(box)</details>\n"
            } else {
                html += box
            }
        }
        if let text = output?.text, !text.allSatisfy(\.isWhitespace) {
            var trimmed = text
            while trimmed.hasSuffix("\n") { trimmed.removeLast() }
            html += "<pre class=\"output\" aria-label=\"Output\"><code>\(HTML.text(trimmed))</code></pre>\n"
            searchText += "\n" + String(trimmed.prefix(SearchIndex.outputLimit))
        }
        if !searchText.allSatisfy(\.isWhitespace) {
            draft.searchItems.append(SearchItem(kind: .code, anchor: anchor, title: "Code", section: nil, text: searchText))
        }
        if let omitted = output?.omittedBytes, omitted > 0 {
            html += "<p class=\"output-cut\" role=\"note\">Output cut: this block printed at least \(Self.bytes(omitted)) more "
                + "than the \(Self.bytes(chapter.outputLimit)) shown.</p>\n"
        }
        let line = block.firstLine
        for figure in output?.figures ?? [] {
            figureCount += 1
            html += self.figure(figure, number: "\(chapterNumber).\(figureCount)", line: line, draft: &draft)
        }
        return html + "</div>\n"
    }

    /// A byte count for readers: "1.2 MB", "340 kB", "12 bytes".
    static func bytes(_ count: Int) -> String {
        if count >= 1_000_000 {
            let megabytes = (Double(count) / 1e5).rounded() / 10
            return megabytes == megabytes.rounded() ? "\(Int(megabytes)) MB" : "\(megabytes) MB"
        }
        if count >= 1_000 { return "\(Int((Double(count) / 1e3).rounded())) kB" }
        return "\(count) bytes"
    }

    private func figure(_ figure: RenderedFigure, number: String, line: Int, draft: inout ChapterDraft) -> String {
        let anchor = figure.id.map { "fig-" + HTML.slug($0) } ?? "figure-" + number.replacingOccurrences(of: ".", with: "-")
        let notes = draft.notes
        let scanner = SourceScanner(
            fileLine: { _ in line }, columnOffset: nil, file: chapter.path, notes: notes,
            context: " in the caption of figure \(number)")
        let protected = scanner.protect(figure.caption, into: &draft.spans, problems: &draft.diagnostics)
        let alt = notes.substitute(
            plain: figure.alt, file: chapter.path, line: line, context: " in the alt text of figure \(number)",
            problems: &draft.diagnostics)
        let caption = MarkdownRendering.inline(protected)
        draft.figures.append((figure.id, anchor, number, HTML.plainText(caption)))
        draft.searchItems.append(SearchItem(kind: .figure, anchor: anchor, title: "Figure \(number)", section: nil,
                                            text: HTML.plainText(caption) + " " + alt))
        draft.figureFiles.append((figure.lightFile, line))
        if figure.darkFile != figure.lightFile { draft.figureFiles.append((figure.darkFile, line)) }
        let folder = "figures/\(URLPath.encode(chapter.slug))/"
        if let sweep = figure.sweep {
            for name in sweep.files { draft.figureFiles.append((name, line)) }
            draft.sweeps.append((figure, line))
            return SweepHTML.html(figure, sweep: sweep, anchor: anchor, number: number, captionHTML: caption, folder: folder)
        }
        let light = folder + URLPath.encode(figure.lightFile)
        let dark = folder + URLPath.encode(figure.darkFile)
        // Dark sources are for screens only (paper is light); the script re-points their media
        // when the reader picks a theme (see SiteScript). The phone variant comes first: the
        // first matching <source> wins.
        var sources = ""
        if let narrow = NarrowFigure.find(light: figure.lightFile, dark: figure.darkFile, in: run.figureDirectory) {
            draft.figureFiles.append((narrow.lightFile, line))
            draft.figureFiles.append((narrow.darkFile, line))
            let phone = "screen and (max-width: \(NarrowFigure.maxWidth))"
            sources += "<source srcset=\"\(HTML.attribute(folder + URLPath.encode(narrow.darkFile)))\" media=\"\(phone) and (prefers-color-scheme: dark)\" data-dark data-narrow>"
            sources += "<source srcset=\"\(HTML.attribute(folder + URLPath.encode(narrow.lightFile)))\" media=\"\(phone)\" data-narrow>"
        }
        sources += "<source srcset=\"\(HTML.attribute(dark))\" media=\"screen and (prefers-color-scheme: dark)\" data-dark>"
        return """
            <figure class="figure" id="\(anchor)">
            <picture>\(sources)\
            <img src="\(HTML.attribute(light))" width="\(figure.width)" height="\(figure.height)" alt="\(HTML.attribute(alt))"></picture>
            <figcaption><a class="fignum" href="#\(anchor)">Figure \(number)</a> \(caption)</figcaption>
            </figure>

            """
    }
}

/// Percent-encoding for the path part of a relative URL.
enum URLPath {
    static func encode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(UnicodeScalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~/".contains(c)) { out.append(c) } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    static func decode(_ path: String) -> String {
        path.removingPercentEncoding ?? path
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

import Foundation
