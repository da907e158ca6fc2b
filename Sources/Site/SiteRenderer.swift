import Foundation
import MathML
import Notebook

/// Renders the course site: a home page, one page per chapter, the chapters' figures, the
/// stylesheet and script, and the search index.
///
/// The build runs in named steps — draft each chapter (Markdown, math, experiments, numbering),
/// collect the reference targets of the whole book, finish each chapter (resolve references),
/// write pages and assets (with the math font, ``MathFont``), copy figures, check links — and
/// stops after the first step that found problems, reporting all of that step's problems
/// together as a ``SiteBuildError``. Last, each chapter page is measured against its
/// ``PageBudget``; a page over it is a warning, not an error.
///
/// The Markdown dialect of a chapter:
/// - CommonMark with the GitHub extensions: tables, ~~strikethrough~~, autolinks (bare
///   `https://…` and `<…>`), task lists (`- [x]`), footnotes (`[^name]` / `[^name]: text`).
///   Raw HTML passes through.
/// - Math: `$…$` inline, `$$…$$` display (see ``SourceScanner``); LaTeX becomes MathML at build
///   time. A display equation with `\label{name}` is numbered "(5.2)".
/// - Cross-references `@fig:id`, `@eq:id`, `@sec:id`, `@ch:slug`, and citations `@cite:key`,
///   `@cite:a,b`, `@citet:key` against `chapters/references.bib` (see ``ReferenceKind``,
///   ``Bibliography``, ``Citations``): a chapter that cites gets a References section.
/// - Math macros from `chapters/macros.tex` (see ``MathMacros``); `\tag{…}` and `\eqref{…}`.
/// - Headings `#`/`##` are numbered sections ("5.2"), `###` subsections ("5.2.1"); deeper ones
///   are not numbered. `## Title {#id}` sets the anchor; otherwise it is the slug of the title.
/// - ```` ```swift experiment [hide] [fold] [id=name] ````: the nth such block shows the nth
///   experiment's code (none with `hide`, collapsed with `fold`), its printed output and its
///   figures ("Figure 5.2"). Other fenced blocks are listings; `swift` ones are highlighted.
public struct SiteRenderer {
    /// The course title shown in the top bar and on the home page.
    public var title: String
    /// Markdown for the home page, above the table of contents.
    public var introduction: String
    /// The math font copied into the site (see ``MathFont``); by default where Debian's
    /// `fonts-texgyre-math` installs it.
    public var mathFont: URL = MathFont.installed
    /// The book's macros and bibliography (``BookResources``), read from the chapters folder.
    public var resources = BookResources()
    /// The folder holding the chapter files, where hand-made images (`![…](images/x.png)`)
    /// are looked up and copied from (see ``ImageCopier``); nil: none are copied.
    public var sourceDirectory: URL?
    /// Whether `render` prints its warnings (pages over their budget) to standard error.
    public var printsWarnings = true
    /// Which code produced the figures, recorded in a footer on every page; nil: no footer.
    public var provenance: Provenance?
    /// Drafts of the previous render to reuse where their inputs are equal (``RenderMemo``);
    /// nil: every chapter is drafted.
    public var memo: RenderMemo?
    /// Where the seconds of each step of the last render are written, if anywhere.
    public var stepTimes: RenderStepTimes?

    /// Creates a renderer.
    /// - Parameters:
    ///   - title: the course title.
    ///   - introduction: Markdown (math and `@ch:` references allowed) for the home page.
    public init(title: String, introduction: String) {
        self.title = title
        self.introduction = introduction
    }

    /// Writes the whole site into `directory` (meant to be an empty staging folder; see
    /// ``SitePublisher``).
    ///
    /// - Parameter live: the site a `descent serve` session keeps (``LiveSite``): told what was
    ///   written, so that the next render, once this folder is published there, writes only
    ///   what changed.
    /// - Returns: the warnings: each chapter page over the ``PageBudget``, printed to standard
    ///   error as they are found unless ``printsWarnings`` is false.
    /// - Throws: ``SiteBuildError`` with every problem found in the failing step, each a
    ///   ``Diagnostic`` at chapter:line:column where the input is at fault.
    @discardableResult
    public func render(_ runs: [ChapterRun], into directory: URL, recordingIn live: LiveSite? = nil) throws -> [Diagnostic] {
        var site = try renderSite(runs)
        let warnings = try site.finish()
        try site.contents.write(into: directory)
        stepTimes?.lap("write")
        live?.adopt(site.contents)
        if printsWarnings { Self.print(warnings) }
        return warnings
    }

    /// Renders the site in memory and checks it — every step of ``render(_:into:recordingIn:)``
    /// but writing, and but the files that need the whole book (the print page, the search
    /// bundle) and the budgets, which ``RenderedSite/finish()`` adds.
    func renderSite(_ runs: [ChapterRun]) throws -> RenderedSite {
        // Titles come from front matter, not through cmark: give them the prose's punctuation.
        let runs = runs.map { run in
            var run = run
            run.chapter.title = Typography.smartPunctuation(run.chapter.title)
            return run
        }
        let numbers = Self.chapterNumbers(runs)
        try Self.checkSlugs(runs)
        stepTimes?.start()

        // Step 1: draft every chapter (those whose inputs changed, with a memo; in parallel), and the introduction.
        let (drafts, draftKeys) = draftChapters(runs, numbers)
        let introductionRun = ChapterRun(
            chapter: Chapter(path: "(introduction)", slug: "index", title: title, summary: nil,
                             body: introduction, bodyFirstLine: 1, experiments: []),
            outputs: [], figureDirectory: URL(filePath: "/nonexistent-descent-introduction"))
        let home = ChapterRenderer(run: introductionRun, number: 0, numbered: false, macros: resources.macros).draft()
        try Self.stop(on: drafts.flatMap(\.diagnostics) + home.diagnostics)

        stepTimes?.lap("draft")
        // Step 2: the book's reference targets.
        let table = Self.referenceTable(drafts, keys: draftKeys, memo: memo)
        stepTimes?.lap("reference table")

        // Step 3: resolve references.
        let finisher = ChapterFinisher(table: table, citations: Citations(bibliography: resources.bibliography))
        let (finished, finishedReused) = finishChapters(drafts, keys: draftKeys, finisher: finisher)
        let finishedHome = finisher.finish(home)
        try Self.stop(on: finished.flatMap(\.diagnostics) + finishedHome.diagnostics)

        stepTimes?.lap("references")
        // Step 4: the pages.
        var layout = PageLayout(courseTitle: title, entries: drafts.map {
            PageLayout.Entry(slug: $0.slug, number: $0.number, title: $0.run.chapter.title)
        })
        layout.footer = provenance?.footerHTML ?? ""
        var summaries: [String] = []
        var summaryProblems: [Diagnostic] = []
        for draft in drafts {
            do {
                let chapter = draft.run.chapter
                summaries.append(try Self.inlineHTML(
                    chapter.summary ?? "", file: chapter.path, line: chapter.summaryLine, column: chapter.summaryColumn,
                    notes: draft.notes, macros: resources.macros))
            } catch {
                summaryProblems += error.items
                summaries.append("")
            }
        }
        try Self.stop(on: summaryProblems)
        stepTimes?.lap("summaries")
        var contents = SiteContents()
        contents.add("index.html", .text(HomePage(layout: layout, title: title).html(introduction: finishedHome.html, summaries: summaries)))
        let pages = drafts.indices.map { ChapterPage(layout: layout, draft: drafts[$0], finished: finished[$0], summary: summaries[$0]) }
        let neighbours = drafts.indices.map { index in
            // A lesson's "next" never leads into an appendix: appendices (the authoring guide)
            // are reached from the table of contents, not as the following lesson.
            let nextIsLesson = index + 1 < drafts.count
                && (drafts[index].run.chapter.isAppendix || !drafts[index + 1].run.chapter.isAppendix)
            return (previous: index > 0 ? layout.entries[index - 1] : nil, next: nextIsLesson ? layout.entries[index + 1] : nil)
        }
        // A page is made again only when its draft or second pass, the layout, its summary or its neighbours changed.
        let pageInputs = drafts.indices.map { index in
            draftKeys.map { RenderMemo.PageInputs(
                draft: $0[index], layout: layout, summary: summaries[index],
                previous: neighbours[index].previous, next: neighbours[index].next) }
        }
        let reusedPages = memo?.pages(for: finishedReused, inputs: pageInputs, table: table, bibliography: resources.bibliography) ?? [:]
        let pageHTML = concurrentMap(drafts.count) { index in
            reusedPages[index] ?? pages[index].html(previous: neighbours[index].previous, next: neighbours[index].next)
        }
        if let memo {
            memo.remember(pages: zip(pageInputs, pageHTML).compactMap { inputs, html in inputs.map { ($0, html) } },
                          table: table, bibliography: resources.bibliography)
        }
        var printChapters: [(slug: String, head: String, body: String)] = []
        for (index, draft) in drafts.enumerated() {
            contents.add(draft.page, .text(pageHTML[index]))
            printChapters.append((draft.slug, pages[index].headHTML, finished[index].html + finished[index].references))
            let package = ChapterPackage(chapter: draft.run.chapter, number: draft.number)
            if package.isRunnable {
                contents.add(ChapterPackage.folder + "/" + package.archiveName, .bytes(memo?.archive(of: package) ?? package.archive))
            }
        }
        stepTimes?.lap("chapter pages and search")
        for (path, text) in Assets.files { contents.add(path, .text(text)) }
        do {
            for (path, file) in try MathFont.files(from: mathFont) { contents.add(path, file) }
        } catch {
            try Self.stop(on: [error])
        }
        stepTimes?.lap("assets")

        // Step 5: figures and images.
        try Self.stop(on: drafts.flatMap { FigureCopier().copy($0, into: &contents) })
        if let sourceDirectory {
            var copied: Set<String> = []
            let copier = ImageCopier(sourceDirectory: sourceDirectory)
            try Self.stop(on: ([home] + drafts).flatMap { copier.copy($0, done: &copied, into: &contents) })
        }
        stepTimes?.lap("figures")

        // Step 6: links and images, in memory (the print page and the search bundle are made by `finish`).
        var origins: [String: LinkChecker.Origin] = ["index.html": .init(file: "(introduction)", links: home.links)]
        for draft in drafts { origins[draft.page] = .init(file: draft.run.chapter.path, links: draft.links) }
        let later: Set<String> = [CoursePrintPage.path, Assets.searchBundlePath]
        let checkedPages = ["index.html"] + drafts.map(\.page)
        let checker = LinkChecker(origins: origins, contents: contents, later: later, scans: memo?.linkScans)
        try Self.stop(on: checker.check(pages: checkedPages))
        stepTimes?.lap("links")

        let renderer = self
        return RenderedSite(contents: contents, later: later) { contents in
            // The print page: every chapter, ids prefixed with its slug.
            let printPage = CoursePrintPage(layout: layout, title: renderer.title)
                .html(chapters: printChapters, rewritten: renderer.memo?.printRewrites)
            contents.add(CoursePrintPage.path, .text(printPage))
            renderer.stepTimes?.lap("print page")
            // A chapter's part of the search index reads only its draft and second pass: reused with them.
            let bibliography = renderer.resources.bibliography
            let reusedSearch = renderer.memo?.searchParts(for: finishedReused, keys: draftKeys, table: table, bibliography: bibliography) ?? [:]
            let pageSearch = concurrentMap(drafts.count) { index in
                if let part = reusedSearch[index] { return part }
                var part = SearchIndex()
                pages[index].addSearchEntries(to: &part)
                return part
            }
            if let memo = renderer.memo, let draftKeys {
                memo.remember(searchParts: Array(zip(draftKeys, pageSearch)), table: table, bibliography: bibliography)
            }
            var search = SearchIndex()
            for part in pageSearch { search.append(part) }
            contents.add(Assets.searchBundlePath, .text(try SearchScript.bundle(index: search.script())))
            renderer.stepTimes?.lap("search index")
            // Links into the files just made (`print.html#…`) are checked now they exist.
            let checker = LinkChecker(origins: origins, contents: contents, later: [], scans: renderer.memo?.linkScans)
            try Self.stop(on: checker.check(pages: checkedPages, onlyInto: later))
            // Page budgets (warnings).
            let warnings = PageBudget(contents: contents).check(drafts.map { ($0.page, $0.run.chapter.path) })
                + SweepBudget(contents: contents).check(drafts)
                + SearchBudget(contents: contents).check(drafts.indices.map { (drafts[$0].run.chapter.path, pageSearch[$0]) })
            renderer.stepTimes?.lap("budgets")
            return warnings
        }
    }

    static func print(_ warnings: [Diagnostic]) {
        for warning in warnings { FileHandle.standardError.write(Data((PageBudget.warningText(warning) + "\n").utf8)) }
    }

    /// The first pass of every chapter: reused from ``memo`` where the inputs are equal,
    /// otherwise drafted, the drafts spread over the cores.
    private func draftChapters(_ runs: [ChapterRun], _ numbers: [ChapterNumber]) -> (drafts: [ChapterDraft], keys: [RenderMemo.Key]?) {
        let macros = resources.macros
        let keys = memo.map { _ in zip(runs, numbers).map { RenderMemo.key(run: $0, number: $1, numbered: true, macros: macros) } }
        var drafts: [ChapterDraft?] = runs.indices.map { index in
            guard let keys, var draft = memo?.lookUp(keys[index]) else { return nil }
            draft.run = runs[index]   // equal in everything a draft reads; keep this build's timings
            return draft
        }
        let missing = drafts.indices.filter { drafts[$0] == nil }
        let made = concurrentMap(missing.count) { ChapterRenderer(run: runs[missing[$0]], number: numbers[missing[$0]], macros: macros).draft() }
        for (index, draft) in zip(missing, made) { drafts[index] = draft }
        let all = drafts.map { $0! }
        if let memo, let keys {
            memo.replace(with: Array(zip(keys, all)), reused: runs.count - missing.count)
        }
        return (all, keys)
    }

    /// The second pass (references resolved) of every chapter: with a memo, reused for a
    /// chapter whose draft is equal to the last render's when the book's reference table and
    /// bibliography are equal to the last render's too — the second pass reads nothing else.
    private func finishChapters(
        _ drafts: [ChapterDraft], keys: [RenderMemo.Key]?, finisher: ChapterFinisher
    ) -> (finished: [ChapterFinisher.Finished], reused: Set<Int>) {
        let previous = memo?.finished(table: finisher.table, bibliography: resources.bibliography) ?? [:]
        let reused: [ChapterFinisher.Finished?] = drafts.indices.map { index in keys.flatMap { previous[$0[index]] } }
        let missing = drafts.indices.filter { reused[$0] == nil }
        let made = concurrentMap(missing.count) { finisher.finish(drafts[missing[$0]]) }
        var all = reused
        for (index, result) in zip(missing, made) { all[index] = result }
        let finished = all.map { $0! }
        if let memo, let keys {
            memo.remember(finished: Array(zip(keys, finished)), table: finisher.table, bibliography: resources.bibliography,
                          reused: drafts.count - missing.count)
        }
        return (finished, Set(drafts.indices).subtracting(missing))
    }

    /// A warning of ``render(_:into:)`` as it is printed: `file: warning: message` and the hint.
    public static func warningText(_ warning: Diagnostic) -> String { PageBudget.warningText(warning) }

    static func stop(on diagnostics: [Diagnostic]) throws {
        if !diagnostics.isEmpty { throw SiteBuildError(diagnostics: diagnostics) }
    }

    /// A chapter's number is its slug's numeric prefix (`05-momentum` → 5) when every chapter
    /// has a distinct one, otherwise its position from 1. Appendices (`appendix: true`) are not
    /// counted: they are lettered A, B, … in order.
    static func chapterNumbers(_ runs: [ChapterRun]) -> [ChapterNumber] {
        let regular = runs.filter { !$0.chapter.isAppendix }
        let prefixes = regular.map { Int($0.chapter.slug.prefix(while: \.isNumber)) }
        let found = prefixes.compactMap { $0 }
        let distinct = found.count == regular.count && Set(found).count == found.count
        var numbers: [ChapterNumber] = []
        var (position, appendices) = (0, 0)
        for run in runs {
            if run.chapter.isAppendix {
                numbers.append(.appendix(appendices))
                appendices += 1
            } else {
                numbers.append(ChapterNumber(distinct ? found[position] : position + 1))
                position += 1
            }
        }
        return numbers
    }

    private static func checkSlugs(_ runs: [ChapterRun]) throws {
        var seen: [String: String] = [:]
        var problems: [Diagnostic] = []
        for run in runs {
            let slug = run.chapter.slug
            if slug == "index" || slug == "assets" || slug == "figures" {
                problems.append(Diagnostic(file: run.chapter.path, message: "a chapter cannot be named '\(slug)'", hint: "the site uses that name; rename the file"))
            }
            if let other = seen[slug] {
                problems.append(Diagnostic(file: run.chapter.path, message: "two chapters have the slug '\(slug)'", hint: "the other is \(other)"))
            }
            seen[slug] = run.chapter.path
        }
        try stop(on: problems)
    }

    /// Inline Markdown with math (a chapter summary) as HTML.
    ///
    /// - Parameters:
    ///   - line: the file line the text is on (the summary's front-matter line), if known.
    ///   - column: the file column of its first character, if known.
    ///   - macros: the book's LaTeX macros.
    /// - Throws: every problem of the text, each once, located at `line` and the column
    ///   of the offending math or `{{name}}`.
    static func inlineHTML(
        _ markdown: String, file: String, line: Int? = nil, column: Int? = nil, notes: NoteValues = .none,
        macros: MathMacros = MathMacros()
    ) throws(Diagnostics) -> String {
        var spans: [ProtectedSpan] = []
        var problems: [Diagnostic] = []
        let scanner = SourceScanner(
            fileLine: { _ in line ?? 0 }, columnOffset: line == nil ? nil : column.map { $0 - 1 },
            file: file, notes: notes, context: " in the summary")
        let protected = scanner.protect(markdown, into: &spans, problems: &problems)
        let html = MarkdownRendering.inline(protected)
        let result = Placeholder.substitute(html) { index in
            let span = spans[index]
            if case .value(let value) = span.kind { return HTML.attribute(value) }
            guard case .math(let latex, let display) = span.kind else { return HTML.text(span.original) }
            do {
                return try MathTypesetter(macros: macros).typeset(span, latex: latex, display: display, file: file).mathML
            } catch let error as Diagnostic {
                problems.append(Diagnostic(
                    file: file, line: error.line, column: error.column, message: "in the summary: " + error.message,
                    hint: error.hint))
                return ""
            } catch {
                problems.append(Diagnostic(file: file, line: line, message: "in the summary: \(error)"))
                return ""
            }
        }
        var seen: Set<Diagnostic> = []
        let unique = problems.map { problem -> Diagnostic in
            var located = problem
            // The scanned text is the summary's value, not the file's line: no source excerpt.
            located.sourceLine = nil
            if line == nil { located.line = nil; located.column = nil }
            return located
        }.filter { seen.insert($0).inserted }.sorted { ($0.column ?? 0) < ($1.column ?? 0) }
        if !unique.isEmpty { throw Diagnostics(unique) }
        return result
    }
}
