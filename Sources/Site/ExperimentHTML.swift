import Notebook

/// The HTML of one experiment block: its code (unless hidden; collapsed when folded), what
/// it printed, and its figures, numbered per chapter.
struct ExperimentHTML {
    var chapter: Chapter
    var run: ChapterRun
    var chapterNumber: ChapterNumber

    mutating func render(blockIndex: Int, fencedCode: String, figureCount: inout Int, draft: inout ChapterDraft) -> String {
        let block = chapter.experiments.first { $0.index == blockIndex }
            ?? (blockIndex < chapter.experiments.count ? chapter.experiments[blockIndex] : nil)
        let output = run.outputs.first { $0.blockIndex == blockIndex }
        var html = "<div class=\"experiment\""
        if let id = block?.id { html += " id=\"exp-\(HTML.attribute(HTML.slug(id)))\"" }
        html += ">\n"
        let code = block?.code ?? fencedCode
        if block?.hidden != true {
            let box = CodeBox.html(code: code, language: "swift")
            if block?.folded == true {
                html += "<details class=\"fold\"><summary>Show the code</summary>\n\(box)</details>\n"
            } else {
                html += box
            }
        }
        if let text = output?.text, !text.allSatisfy(\.isWhitespace) {
            var trimmed = text
            while trimmed.hasSuffix("\n") { trimmed.removeLast() }
            html += "<pre class=\"output\" aria-label=\"Output\"><code>\(HTML.text(trimmed))</code></pre>\n"
        }
        let line = block?.firstLine ?? 1
        for figure in output?.figures ?? [] {
            figureCount += 1
            html += self.figure(figure, number: "\(chapterNumber).\(figureCount)", line: line, draft: &draft)
        }
        return html + "</div>\n"
    }

    private func figure(_ figure: RenderedFigure, number: String, line: Int, draft: inout ChapterDraft) -> String {
        let anchor = figure.id.map { "fig-" + HTML.slug($0) } ?? "figure-" + number.replacingOccurrences(of: ".", with: "-")
        let scanner = SourceScanner(fileLine: { _ in line }, columnOffset: nil)
        let protected = scanner.protect(figure.caption, into: &draft.spans)
        let caption = MarkdownRendering.inline(protected)
        draft.figures.append((figure.id, anchor, number, HTML.plainText(caption)))
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
        return """
            <figure class="figure" id="\(anchor)">
            <picture><source srcset="\(HTML.attribute(dark))" media="(prefers-color-scheme: dark)" data-dark>\
            <img src="\(HTML.attribute(light))" width="\(figure.width)" height="\(figure.height)" alt="\(HTML.attribute(figure.alt))"></picture>
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
