import Foundation
import MathML
import Notebook
import Testing
@testable import Site

/// `descent serve`'s in-place updates (``SiteUpdate`` into a ``LiveSite``): after each edit the
/// folder holds byte for byte what a whole render writes, only changed files are written, the
/// pages before the print page and the search bundle, and a render with an error writes nothing.
@Suite struct SiteUpdateTests {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("descent-update-\(UUID().uuidString.prefix(8))")

    func renderer(_ memo: RenderMemo?) -> SiteRenderer {
        var renderer = SiteRenderer(title: "Descent", introduction: FixtureBook.introduction)
        renderer.memo = memo
        renderer.printsWarnings = false
        return renderer
    }

    /// A served site: the whole first render, published, known to `live`.
    func serve(_ runs: [ChapterRun], memo: RenderMemo) throws -> LiveSite {
        let output = base.appendingPathComponent("site")
        let live = LiveSite(folder: output)
        let staging = base.appendingPathComponent("staging")
        try renderer(memo).render(runs, into: staging, recordingIn: live)
        try SitePublisher.publish(staging: staging, to: output)
        live.published(true)
        return live
    }

    /// The site a whole render (no memo, no live site) writes for `runs`.
    func wholeRender(_ runs: [ChapterRun]) throws -> [String: Data] {
        let folder = base.appendingPathComponent("whole-\(UUID().uuidString.prefix(8))")
        try renderer(nil).render(runs, into: folder)
        return try RenderMemoTests.tree(folder)
    }

    /// The files of `folder` and of a whole render of `runs` that differ, each with its first
    /// differing line when both are text (empty when the two sites are the same).
    func differences(_ folder: URL, _ runs: [ChapterRun]) throws -> [String] {
        let got = try RenderMemoTests.tree(folder), want = try wholeRender(runs)
        return Set(got.keys).union(want.keys).filter { got[$0] != want[$0] }.sorted().map { path in
            guard let a = got[path].map({ String(decoding: $0, as: UTF8.self) }),
                  let b = want[path].map({ String(decoding: $0, as: UTF8.self) }) else { return path + " (only on one side)" }
            let (linesA, linesB) = (a.split(separator: "\n", omittingEmptySubsequences: false), b.split(separator: "\n", omittingEmptySubsequences: false))
            let index = (0..<min(linesA.count, linesB.count)).first { linesA[$0] != linesB[$0] } ?? min(linesA.count, linesB.count)
            let line = { (lines: [Substring]) in index < lines.count ? String(lines[index].prefix(300)) : "(end)" }
            return "\(path) line \(index + 1): served «\(line(linesA))» whole «\(line(linesB))»"
        }
    }

    /// Every folder under `folder`, relative.
    static func folders(_ folder: URL) -> Set<String> {
        let prefix = folder.standardizedFileURL.path + "/"
        var found: Set<String> = []
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey])!
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
            found.insert(String(url.standardizedFileURL.path.dropFirst(prefix.count)))
        }
        return found
    }

    @Test func aProseEditWritesOnlyItsPageFirstAndEndsWithTheWholeSite() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let memo = RenderMemo()
        var runs = try FixtureBook.runs()
        let live = try serve(runs, memo: memo)
        #expect(live.isCurrent)
        let printBefore = try Data(contentsOf: live.folder.appendingPathComponent("print.html"))

        runs[1].chapter.body += "\nA sentence about ravines written while serving.\n"
        let update = try renderer(memo).update(runs, in: live)
        #expect(update.written.isEmpty, "nothing is written before writePages")
        let pending = try update.writePages()
        #expect(update.written == ["02-momentum.html"], "\(update.written)")
        #expect(pending == ["print.html", "assets/search.js"])
        let page = try String(contentsOf: live.folder.appendingPathComponent("02-momentum.html"), encoding: .utf8)
        #expect(page.contains("written while serving"))
        // The print page and the search bundle are still the last build's until `finish`.
        #expect(try Data(contentsOf: live.folder.appendingPathComponent("print.html")) == printBefore)
        #expect(try update.finish().isEmpty)
        #expect(update.pending.isEmpty)
        #expect(try String(contentsOf: live.folder.appendingPathComponent("print.html"), encoding: .utf8).contains("written while serving"))
        #expect(try String(contentsOf: live.folder.appendingPathComponent("assets/search.js"), encoding: .utf8).contains("serving"))
        #expect(try differences(live.folder, runs) == [])
        #expect(memo.lastPagesReused == 1)

        // Nothing changed: nothing written.
        let again = try renderer(memo).update(runs, in: live)
        try again.writePages()
        _ = try again.finish()
        #expect(again.written.isEmpty)
        #expect(try RenderMemoTests.tree(live.folder) == wholeRender(runs))
    }

    @Test func aRenamedHeadingUpdatesThePageThatReferencesIt() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let memo = RenderMemo()
        var runs = try FixtureBook.runs()
        runs[1].chapter.body += "\nThe step size is discussed in @sec:01-gradient-descent/learning-rate.\n"
        let live = try serve(runs, memo: memo)
        #expect(try String(contentsOf: live.folder.appendingPathComponent("02-momentum.html"), encoding: .utf8)
            .contains("The learning rate"))

        runs[0].chapter.body = runs[0].chapter.body.replacingOccurrences(
            of: "## The learning rate {#learning-rate}", with: "## Choosing the step size {#learning-rate}")
        let update = try renderer(memo).update(runs, in: live)
        try update.writePages()
        // The other chapter's reference shows the new title (its tooltip): its page is written too.
        #expect(Set(update.written).isSuperset(of: ["01-gradient-descent.html", "02-momentum.html"]), "\(update.written)")
        let other = try String(contentsOf: live.folder.appendingPathComponent("02-momentum.html"), encoding: .utf8)
        #expect(other.contains("Choosing the step size"))
        #expect(!other.contains("The learning rate"))
        _ = try update.finish()
        #expect(try RenderMemoTests.tree(live.folder) == wholeRender(runs))
    }

    @Test func aHeadingAnotherChapterLinksToCannotDisappearSilently() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let memo = RenderMemo()
        var runs = try FixtureBook.runs()
        runs[1].chapter.body += "\nSee [the learning rate](01-gradient-descent.html#learning-rate) again.\n"
        let live = try serve(runs, memo: memo)
        let before = try RenderMemoTests.tree(live.folder)

        // The anchor another chapter links to (a plain Markdown link) goes away.
        runs[0].chapter.body = runs[0].chapter.body.replacingOccurrences(of: "{#learning-rate}", with: "{#step-size}")
            .replacingOccurrences(of: "@sec:learning-rate", with: "@sec:step-size")
        let error = try #require(throws: SiteBuildError.self) { try renderer(memo).update(runs, in: live) }
        #expect(error.diagnostics.contains {
            $0.file == "chapters/02-momentum.md" && $0.message.contains("'#learning-rate', which is not on 01-gradient-descent.html")
        }, "\(error.diagnostics)")
        // Nothing was written: the folder is the last good site, still current.
        #expect(try RenderMemoTests.tree(live.folder) == before)
        #expect(live.isCurrent)

        // A cross-reference to it is an error too.
        runs[1].chapter.body = runs[1].chapter.body.replacingOccurrences(
            of: "[the learning rate](01-gradient-descent.html#learning-rate)", with: "@sec:01-gradient-descent/learning-rate")
        let dangling = try #require(throws: SiteBuildError.self) { try renderer(memo).update(runs, in: live) }
        #expect(dangling.diagnostics.contains { $0.file == "chapters/02-momentum.md" }, "\(dangling.diagnostics)")
        #expect(try RenderMemoTests.tree(live.folder) == before)
    }

    @Test func aRemovedChapterTakesItsPageAndFiguresAlong() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let memo = RenderMemo()
        var runs = try FixtureBook.runs()
        let live = try serve(runs, memo: memo)
        #expect(FileManager.default.fileExists(atPath: live.folder.appendingPathComponent("figures/02-momentum").path))
        runs.removeLast()
        // The introduction links to chapter 1 only; chapter 1 refers to @ch:02-momentum: drop that.
        runs[0].chapter.body = runs[0].chapter.body.replacingOccurrences(of: "@ch:02-momentum improves on it", with: "more follows")
        let update = try renderer(memo).update(runs, in: live)
        let pending = try update.writePages()
        #expect(pending.contains("02-momentum.html"), "a request for a page about to go waits for it to go")
        _ = try update.finish()
        let whole = base.appendingPathComponent("whole")
        try renderer(nil).render(runs, into: whole)
        #expect(try RenderMemoTests.tree(live.folder) == RenderMemoTests.tree(whole))
        #expect(Self.folders(live.folder) == Self.folders(whole))
    }

    @Test func aReplacedFolderIsNotUpdatedInPlace() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let live = try serve(FixtureBook.runs(), memo: RenderMemo())
        #expect(live.isCurrent)
        try FileManager.default.removeItem(at: live.folder)
        #expect(!live.isCurrent)
        try FileManager.default.createDirectory(at: live.folder, withIntermediateDirectories: true)
        #expect(!live.isCurrent, "another folder at the same path")

        let other = try serve(FixtureBook.runs(), memo: RenderMemo())
        #expect(other.isCurrent)
        try Data("by hand".utf8).write(to: other.folder.appendingPathComponent("notes.html"))
        #expect(!other.isCurrent, "a file added at the top level")
    }

    @Test func aFigureRunAgainIsLinkedAgain() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let figures = base.appendingPathComponent("figures")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: FixtureBook.figures, to: figures)
        let memo = RenderMemo()
        let runs = try FixtureBook.runs().map { run in var run = run; run.figureDirectory = figures; return run }
        let live = try serve(runs, memo: memo)
        // A re-run writes the figure as a new file (as the run cache does).
        let source = figures.appendingPathComponent("ravine-light.png")
        let original = try Data(contentsOf: source)
        try FileManager.default.removeItem(at: source)
        try (original + Data([0])).write(to: source)
        let update = try renderer(memo).update(runs, in: live)
        try update.writePages()
        _ = try update.finish()
        #expect(update.written.contains("figures/01-gradient-descent/ravine-light.png"), "\(update.written)")
        #expect(try Data(contentsOf: live.folder.appendingPathComponent("figures/02-momentum/ravine-light.png")) == original + Data([0]))
        #expect(try RenderMemoTests.tree(live.folder) == wholeRender(runs))
    }

    /// Every kind of edit that reaches other chapters' pages, one after another on one served
    /// site: after each, the folder is byte for byte a whole render of the same inputs.
    @Test func aSequenceOfEditsAlwaysLeavesTheWholeSite() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let bibliography = { (year: String) throws -> Bibliography in
            try Bibliography.parse("@misc{polyak1964, author = {Polyak, Boris T.}, title = {Some Methods}, year = {\(year)}}", file: "references.bib")
        }
        var runs = try FixtureBook.runs()
        runs[1].chapter.body += "\nThe heavy ball is due to @cite:polyak1964, with $\\vv$ its velocity.\n"
        var resources = BookResources()
        resources.bibliography = try bibliography("1964")
        resources.macros = try MathMacros.parse("\\newcommand{\\vv}{\\mathbf{v}}")
        let memo = RenderMemo()
        func renderer(_ memo: RenderMemo?) -> SiteRenderer {
            var renderer = self.renderer(memo)
            renderer.resources = resources
            return renderer
        }
        let output = base.appendingPathComponent("site")
        let live = LiveSite(folder: output)
        try renderer(memo).render(runs, into: base.appendingPathComponent("staging"), recordingIn: live)
        try SitePublisher.publish(staging: base.appendingPathComponent("staging"), to: output)
        live.published(true)

        let sweep = try FixtureBook.chapter("03-sweep", title: "A sweep", summary: "Inserted later.", body: "Prose of a new chapter; see @fig:ravine-gd.\n")
        let edits: [(String, () throws -> Void)] = [
            ("prose", { runs[0].chapter.body += "\nOne more sentence.\n" }),
            ("title", { runs[0].chapter.title = "Plain gradient descent" }),
            ("summary", { runs[1].chapter.summary = "Velocity, and why it helps." }),
            ("new chapter at the end", { runs.append(ChapterRun(chapter: sweep, outputs: [], figureDirectory: FixtureBook.figures)) }),
            ("printed output", { runs[0].outputs[0].text = "final loss: 1.0e-06\n" }),
            ("bibliography", { resources.bibliography = try bibliography("1965") }),
            ("macros", { resources.macros = try MathMacros.parse("\\newcommand{\\vv}{\\boldsymbol{v}}") }),
            ("chapter removed", { runs.removeLast() }),
            ("nothing", {}),
        ]
        for (name, edit) in edits {
            try edit()
            let update = try renderer(memo).update(runs, in: live)
            try update.writePages()
            _ = try update.finish()
            let whole = base.appendingPathComponent("whole-\(name)")
            try renderer(nil).render(runs, into: whole)
            let (got, want) = (try RenderMemoTests.tree(output), try RenderMemoTests.tree(whole))
            let differing = Set(got.keys).union(want.keys).filter { got[$0] != want[$0] }.sorted()
            #expect(differing.isEmpty, "after the edit: \(name): \(differing)")
            #expect(Self.folders(output) == Self.folders(whole), "after the edit: \(name)")
            if name == "nothing" { #expect(update.written.isEmpty) }
            if name == "title" {
                #expect(update.written.contains("02-momentum.html"), "the other page's sidebar and previous link show the title")
            }
        }
    }
}
