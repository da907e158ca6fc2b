import Foundation
import Notebook
import Testing
@testable import Site

/// Defects a fuzzer and a bad-input matrix found: each is now a located error, or gone.
@Suite struct BadInputTests {
    private func build(_ runs: [ChapterRun]) throws -> SiteBuildError? {
        do {
            let site = try FixtureBook.build(runs)
            try? FileManager.default.removeItem(at: site)
            return nil
        } catch let error as SiteBuildError {
            return error
        }
    }

    @Test func anUnclosedDisplayIsALocatedError() throws {
        var runs = try FixtureBook.runs()
        runs[1].chapter.body = "Intro.\n\nThen $$ x + 1 and\nno end.\n\nA closed one: $$y$$ and \\$\\$ dollars.\n"
        runs[1].chapter.experiments = []
        runs[1].outputs = []
        let error = try #require(try build(runs))
        #expect(error.diagnostics.map(\.description) == ["""
            chapters/02-momentum.md:7:6: error: display math opened with $$ is never closed
             7 | Then $$ x + 1 and
               |      ^
              hint: close it with $$ in the same paragraph (display math cannot contain a blank line); for dollar signs write \\$
            """])
    }

    @Test func summaryErrorsHaveTheirLineAndColumnAndAppearOnce() throws {
        var runs = try FixtureBook.runs()
        runs[0].chapter.summary = "Bad $\\notacommand{x}$ and {{nothing}}."
        runs[0].chapter.summaryLine = 3
        runs[0].chapter.summaryColumn = 10
        let error = try #require(try build(runs))
        #expect(error.diagnostics.map(\.description) == [
            """
            chapters/01-gradient-descent.md:3:15: error: in the summary: unsupported command \\notacommand
              hint: the course's LaTeX converter supports the commands listed in Sources/MathML (symbols, functions, fonts, …)
            """,
            """
            chapters/01-gradient-descent.md:3:36: error: {{nothing}} in the summary names no note of this chapter's experiments
              hint: note it in an experiment block of this chapter: note("nothing", value)
            """,
        ])
    }

    @Test func theSearchIndexHasSortedKeys() throws {
        var index = SearchIndex()
        index.add(chapter: "1 · GD", section: "1.1 Steps", url: "01.html#steps", text: "a  b\nc")
        let script = try index.script()
        #expect(script.hasPrefix(#"window.DESCENT_SEARCH={"chapters":["1 · GD"],"entries":[["s",0,"1.1 Steps","steps","a b c"]],"pages":["01.html"],"symbols":{"#))
        #expect(script == (try index.script()))
    }

    @Test func twoBuildsOfTheSameInputWriteTheSameSearchBundle() throws {
        let first = try FixtureBook.build()
        let second = try FixtureBook.build()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let a = try Data(contentsOf: first.appendingPathComponent(Assets.searchBundlePath))
        let b = try Data(contentsOf: second.appendingPathComponent(Assets.searchBundlePath))
        #expect(a == b)
    }
}
