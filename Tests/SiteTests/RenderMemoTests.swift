import Foundation
import Notebook
import Testing
@testable import Site

/// A render that reuses drafts (``RenderMemo``) writes the same site, byte for byte, as one
/// that drafts every chapter, and drafts again exactly the chapters whose inputs changed.
@Suite struct RenderMemoTests {
    /// Every file under `folder` with its bytes, by relative path.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        let prefix = folder.standardizedFileURL.path + "/"
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try Data(contentsOf: url)
        }
        return files
    }

    static func render(_ runs: [ChapterRun], memo: RenderMemo?) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-memo-\(UUID().uuidString.prefix(8))")
        var renderer = SiteRenderer(title: "Descent", introduction: FixtureBook.introduction)
        renderer.memo = memo
        renderer.printsWarnings = false
        try renderer.render(runs, into: directory)
        return directory
    }

    @Test func reusedDraftsWriteTheSameSite() throws {
        let memo = RenderMemo()
        let runs = try FixtureBook.runs()
        let first = try Self.render(runs, memo: memo)
        #expect(memo.lastDrafted == 2 && memo.lastReused == 0)
        let second = try Self.render(runs, memo: memo)
        #expect(memo.lastDrafted == 0 && memo.lastReused == 2 && memo.lastFinishedReused == 2)
        let full = try Self.render(runs, memo: nil)
        defer { for folder in [first, second, full] { try? FileManager.default.removeItem(at: folder) } }
        let expected = try Self.tree(full)
        #expect(expected.count > 5)
        #expect(try Self.tree(first) == expected)
        #expect(try Self.tree(second) == expected)
    }

    @Test func aTitleChangedInOneChapterReachesEveryPage() throws {
        let memo = RenderMemo()
        var runs = try FixtureBook.runs()
        let before = try Self.render(runs, memo: memo)
        runs[1].chapter.title = "Heavy-ball momentum"
        let after = try Self.render(runs, memo: memo)
        #expect(memo.lastDrafted == 1 && memo.lastReused == 1)
        // The title is in the reference table (`@ch:` links show it): no second pass is reused.
        #expect(memo.lastFinishedReused == 0)
        let full = try Self.render(runs, memo: nil)
        defer { for folder in [before, after, full] { try? FileManager.default.removeItem(at: folder) } }
        #expect(try Self.tree(after) == Self.tree(full))
        // The sidebar of the chapter that did not change, and the home page, name the new title.
        let other = try String(contentsOf: after.appendingPathComponent("01-gradient-descent.html"), encoding: .utf8)
        #expect(other.contains("Heavy-ball momentum"))
        #expect(try String(contentsOf: after.appendingPathComponent("index.html"), encoding: .utf8).contains("Heavy-ball momentum"))
        #expect(!(try String(contentsOf: before.appendingPathComponent("01-gradient-descent.html"), encoding: .utf8)).contains("Heavy-ball"))
    }

    @Test func outputsAndFigureFilesAreInputsOfADraft() throws {
        // A copy of the fixture figures, so a figure file can change.
        let figures = FileManager.default.temporaryDirectory.appendingPathComponent("descent-memo-figures-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: FixtureBook.figures, to: figures)
        defer { try? FileManager.default.removeItem(at: figures) }
        let memo = RenderMemo()
        var runs = try FixtureBook.runs().map { run in var run = run; run.figureDirectory = figures; return run }
        let folders = [try Self.render(runs, memo: memo)]
        runs[0].outputs[0].text = "final loss: 2.9e-05\n"
        var made = [try Self.render(runs, memo: memo)]
        // Printed output is not in the reference table: the other chapter's second pass is reused.
        #expect(memo.lastDrafted == 1 && memo.lastFinishedReused == 1)
        // Same size, new modification time: the draft reads the files, so it is made again.
        let file = figures.appendingPathComponent("ravine-light.png")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: file.path)
        made.append(try Self.render(runs, memo: memo))
        #expect(memo.lastDrafted == 2)
        let full = try Self.render(runs, memo: nil)
        defer { for folder in folders + made + [full] { try? FileManager.default.removeItem(at: folder) } }
        #expect(try String(contentsOf: made[0].appendingPathComponent("01-gradient-descent.html"), encoding: .utf8).contains("2.9e-05"))
        #expect(try Self.tree(made[1]) == Self.tree(full))
    }

    /// Two texts Swift calls equal (canonically equivalent) but with other bytes are other
    /// inputs: the page must carry the bytes of the chapter as it is now.
    @Test func aTextThatChangedOnlyInItsBytesIsDraftedAgain() throws {
        let memo = RenderMemo()
        var runs = try FixtureBook.runs()
        runs[1].chapter.body += "\nCaf\u{E9} au lait.\n"
        let first = try Self.render(runs, memo: memo)
        let decomposed = "Cafe\u{301} au lait."
        runs[1].chapter.body = runs[1].chapter.body.replacingOccurrences(of: "Caf\u{E9} au lait.", with: decomposed)
        #expect(runs[1].chapter.body == (try FixtureBook.runs()[1].chapter.body + "\nCaf\u{E9} au lait.\n"), "equal as Swift strings")
        let second = try Self.render(runs, memo: memo)
        defer { for folder in [first, second] { try? FileManager.default.removeItem(at: folder) } }
        #expect(memo.lastDrafted == 1)
        let page = try Data(contentsOf: second.appendingPathComponent("02-momentum.html"))
        #expect(page.range(of: Data(decomposed.utf8)) != nil, "the page has the chapter's bytes")
    }

    /// A render that stopped at the references step (a dangling reference in one chapter) left
    /// the memo with its second passes but not its search parts: the next render must not pair
    /// a second pass of that render with a search part of an older one.
    @Test func aFailedRenderLeavesNoStaleSearchEntries() throws {
        let memo = RenderMemo()
        var runs = try FixtureBook.runs()
        runs[1].chapter.body += "\nThe step size is discussed in @sec:01-gradient-descent/learning-rate.\n"
        let first = try Self.render(runs, memo: memo)
        // A heading before it renumbers the section; a dangling reference stops the render.
        runs[0].chapter.body = runs[0].chapter.body.replacingOccurrences(
            of: "## The learning rate {#learning-rate}", with: "## A first look\n\nText.\n\n## The learning rate {#learning-rate}")
        runs[0].chapter.body += "\nSee @eq:nowhere.\n"
        runs[0].chapter.experiments = FixtureBook.experiments(in: runs[0].chapter.body)   // the blocks moved down
        #expect(throws: SiteBuildError.self) { try Self.render(runs, memo: memo) }
        runs[0].chapter.body = runs[0].chapter.body.replacingOccurrences(of: "\nSee @eq:nowhere.\n", with: "")
        let third = try Self.render(runs, memo: memo)
        let full = try Self.render(runs, memo: nil)
        defer { for folder in [first, third, full] { try? FileManager.default.removeItem(at: folder) } }
        let search = try String(contentsOf: third.appendingPathComponent("assets/search.js"), encoding: .utf8)
        #expect(search == (try String(contentsOf: full.appendingPathComponent("assets/search.js"), encoding: .utf8)))
        #expect(try Self.tree(third) == Self.tree(full))
    }

    /// The downloadable package carries the code's bytes as they are now, even when they changed
    /// only in their Unicode form.
    @Test func aPackageIsPackedAgainWhenItsCodeChangedOnlyInItsBytes() throws {
        let memo = RenderMemo()
        var runs = try FixtureBook.runs()
        runs[0].chapter.experiments[0].code += "\n// Caf\u{E9}\n"
        let first = try Self.render(runs, memo: memo)
        runs[0].chapter.experiments[0].code = runs[0].chapter.experiments[0].code.replacingOccurrences(of: "Caf\u{E9}", with: "Cafe\u{301}")
        let second = try Self.render(runs, memo: memo)
        defer { for folder in [first, second] { try? FileManager.default.removeItem(at: folder) } }
        let archive = try Data(contentsOf: second.appendingPathComponent("packages/01-gradient-descent.tar"))
        #expect(archive.range(of: Data("Cafe\u{301}".utf8)) != nil)
        #expect(archive.range(of: Data("Caf\u{E9}".utf8)) == nil)
    }
}
