import Foundation
import Notebook

extension SiteRenderer {
    /// The reference targets of the whole book: each chapter's (``referenceEntries(_:)``),
    /// reused from `memo` for a draft that was reused.
    static func referenceTable(_ drafts: [ChapterDraft], keys: [RenderMemo.Key]? = nil, memo: RenderMemo? = nil) -> ReferenceTable {
        let kept = keys.flatMap { memo?.referenceEntries(for: $0) } ?? [:]
        let entries = concurrentMap(drafts.count) { kept[$0] ?? referenceEntries(drafts[$0]) }
        if let memo, let keys { memo.remember(referenceEntries: Array(zip(keys, entries))) }
        var table = ReferenceTable()
        for (draft, entries) in zip(drafts, entries) {
            for entry in entries { table.add(entry.kind, chapter: draft.slug, id: entry.id, entry.target) }
        }
        return table
    }

    /// A reference target of a chapter, as the table lists it.
    struct ReferenceEntry {
        var kind: ReferenceKind
        var id: String
        var target: ReferenceTarget
    }

    /// The targets a chapter offers: itself, its sections, its figures with an id, its labelled equations.
    static func referenceEntries(_ draft: ChapterDraft) -> [ReferenceEntry] {
        var entries: [ReferenceEntry] = []
        let chapter = draft.run.chapter
        entries.append(ReferenceEntry(kind: .chapter, id: draft.slug, target:
            ReferenceTarget(page: draft.page, anchor: nil, label: draft.number.label, title: chapter.title)))
        for section in draft.sections {
            let title = HTML.plainText(Placeholder.substitute(section.titleHTML) { index in
                if let math = draft.math[index] { return MathText.plain(math.mathML) }
                return HTML.text(draft.spans[index].original)
            })
            let label = section.number.map { "Section \($0)" } ?? title
            entries.append(ReferenceEntry(kind: .section, id: section.id, target:
                ReferenceTarget(page: draft.page, anchor: section.id, label: label, title: title)))
        }
        for figure in draft.figures {
            guard let id = figure.id else { continue }
            // The caption as the reader sees it: math as its typeset text (η = 0.4), not TeX.
            let caption = Placeholder.substitute(figure.caption) { index in
                if let math = draft.math[index] { return MathText.plain(math.mathML) }
                if case .math(let latex, _) = draft.spans[index].kind { return latex }
                if case .value(let value) = draft.spans[index].kind { return value }
                return draft.spans[index].original
            }
            entries.append(ReferenceEntry(kind: .figure, id: id, target:
                ReferenceTarget(page: draft.page, anchor: figure.anchor, label: "Figure \(figure.number)",
                                title: ReferenceTarget.tooltip(caption: caption))))
        }
        for (index, equation) in draft.equationNumbers {
            guard var label = draft.math[index]?.label else { continue }
            if label.hasPrefix("eq:") { label = String(label.dropFirst(3)) }
            entries.append(ReferenceEntry(kind: .equation, id: label, target:
                ReferenceTarget(page: draft.page, anchor: equation.anchor, label: equation.number,
                                title: "Equation " + equation.number.trimmingCharacters(in: CharacterSet(charactersIn: "()")))))
        }
        return entries
    }
}
