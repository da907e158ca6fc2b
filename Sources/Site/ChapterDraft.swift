import MathML
import Notebook

/// A heading of a chapter page.
struct Section: Sendable {
    /// The element id (explicit `{#id}` or the slug of the text).
    var id: String
    /// The heading as plain text (placeholders for references left in).
    var title: String
    /// The heading's inner HTML (placeholders left in).
    var titleHTML: String
    /// "5.2" or "5.2.1"; nil for unnumbered (level 4 and deeper) headings.
    var number: String?
    /// 1 for `#`/`##` headings, 2 for `###`, 3 and more below.
    var depth: Int
}

/// A link or image the author wrote, kept with its line for the link check.
struct AuthorLink: Sendable {
    var url: String
    var line: Int
    var isImage: Bool
}

/// One searchable stretch of a chapter: the text under a heading.
struct SearchSection: Sendable {
    /// Index into ``ChapterDraft/sections``; nil for the text before the first heading.
    var section: Int?
    var text: String
}

/// A figure, display equation or block of code, for the search index: it links to `anchor`.
struct SearchItem: Sendable {
    var kind: SearchIndex.Kind
    var anchor: String
    /// "Figure 5.2", "(5.2)", "Code".
    var title: String
    /// The section it is in (index into ``ChapterDraft/sections``), nil before the first heading.
    var section: Int?
    /// Its text; placeholders of math and references are resolved by the second pass.
    var text: String
}

/// A chapter after the first pass: rendered HTML in which math and references are still
/// placeholders, plus everything the book needs to know to number and resolve references.
struct ChapterDraft: Sendable {
    var run: ChapterRun
    /// The chapter number ("Chapter 5"): the slug's numeric prefix, or its position; or its
    /// appendix letter ("Appendix A").
    var number: ChapterNumber
    var page: String { run.chapter.slug + ".html" }
    var slug: String { run.chapter.slug }
    /// The values the chapter's experiments noted, for `{{name}}`.
    var notes: NoteValues { NoteValues(run: run) }
    var html: String = ""
    var spans: [ProtectedSpan] = []
    /// MathML for each math span, by span index.
    var math: [Int: MathResult] = [:]
    /// Span indices of display equations that stand alone as a paragraph.
    var standaloneDisplay: Set<Int> = []
    /// Equation number as drawn ("(5.2)", or the author's `\tag`) and anchor, by span index.
    var equationNumbers: [Int: (number: String, anchor: String)] = [:]
    var sections: [Section] = []
    var searchSections: [SearchSection] = []
    /// Figures, display equations and code, for the search index.
    var searchItems: [SearchItem] = []
    /// The anchor of every display equation: `eq-<label>` when labelled, else `eqn-<n>`.
    var displayAnchors: [Int: String] = [:]
    /// The section each math span is in, for its search entry.
    var spanSections: [Int: Int] = [:]
    var links: [AuthorLink] = []
    /// Figure anchor, number and caption, in order (for the reference table).
    var figures: [(id: String?, anchor: String, number: String, caption: String)] = []
    /// Figure files to copy: file name in the run's figure folder, and the line of its block.
    var figureFiles: [(name: String, line: Int)] = []
    /// Sweep figures and the line of their block, for the sweep budget check.
    var sweeps: [(figure: RenderedFigure, line: Int)] = []
    var diagnostics: [Diagnostic] = []
}
