import Foundation
import Testing
@testable import Notebook

/// Experiment blocks are what Markdown (cmark-gfm, which renders the page) reads as fenced
/// code; each is identified by its fence line; a fence a person would read as an
/// experiment but Markdown does not is an error at its line.
@Suite struct CodeFencesTests {
    private func load(_ name: String) -> (chapter: Chapter?, problems: [Diagnostic]) {
        let url = Fixtures.book("identity").appending(path: name)
        let bytes = (try? Data(contentsOf: url)).map(Array.init) ?? []
        do {
            return (try ChapterParser(root: Fixtures.directory).chapter(
                from: bytes, path: "chapters/" + name, slug: String(name.dropLast(3))), [])
        } catch {
            return (nil, error.items)
        }
    }

    @Test func aBlockInAQuoteIsRefusedAtItsLine() {
        let problems = load("01-quote.md").problems
        #expect(problems.map(\.description) == ["""
            chapters/01-quote.md:8:3: error: an experiment block cannot be inside a block quote
             8 | > ```swift experiment
               |   ^
              hint: move it to the top level of the chapter: unindented, with a blank line before it
            """])
    }

    @Test func aBlockInAListIsRefusedAtItsLine() {
        let problems = load("02-list.md").problems
        #expect(problems.count == 1)
        #expect(problems.first?.line == 6)
        #expect(problems.first?.column == 5)
        #expect(problems.first?.message == "an experiment block cannot be inside a list item")
    }

    @Test func aFenceSwallowedByADivIsAnErrorNamingTheDiv() {
        let problems = load("03-div.md").problems
        #expect(problems.count == 1)
        #expect(problems.first?.line == 5)
        #expect(problems.first?.message.hasPrefix("this experiment fence is not read as a code block by Markdown") == true)
        #expect(problems.first?.hint?.hasPrefix("it is part of the HTML block that starts at line 4") == true)
    }

    @Test func aFenceIndentedFourSpacesIsAnError() {
        let problems = load("04-indented.md").problems
        #expect(problems.count == 1)
        #expect(problems.first?.line == 6)
        #expect(problems.first?.hint?.contains("indented four spaces") == true)
    }

    @Test func aStrayPlainFenceIsReportedAtItsLine() {
        let problems = load("05-stray.md").problems
        #expect(problems.map(\.description) == ["""
            chapters/05-stray.md:10:1: error: this code block is never closed
             10 | ```
                | ^
              hint: end it with a line containing only ```
            """])
    }

    @Test func blocksInDivsWithBlankLinesCommentsAndShownFencesAreRead() throws {
        let (chapter, problems) = load("06-fine.md")
        #expect(problems.isEmpty, "\(problems)")
        let blocks = try #require(chapter).experiments
        #expect(blocks.map(\.code) == [#"print("in a div, with blank lines")"#, #"print("indented two spaces")"#])
        // Identity: the fence's line in the body (the body starts at file line 4).
        #expect(blocks.map(\.bodyLine) == [2, 20])
        #expect(blocks.map(\.firstLine) == [7, 25])
        #expect(blocks.map(\.column) == [1, 3])
        #expect(blocks.map(\.index) == [0, 1])
    }

    @Test func anUnclosedFenceInAQuoteSaysWhereItEnds() {
        let problems = Fixtures.problems("---\ntitle: T\n---\n> ```\n> code\n\nafter\n")
        #expect(problems.map(\.message) == ["this code block is never closed (it ends with the block quote around it)"])
        #expect(problems.first?.line == 4)
    }

    @Test(arguments: [
        ("```swift experiment", true), ("~~~~ swift experiment hide", true), ("> ```swift experiment", true),
        ("- ```swift experiment", true), ("12. ```swift experiment", true), ("    ```swift experiment", true),
        ("```swift", false), ("``swift experiment", false), ("text ```swift experiment", false),
        ("```swift experimental", false),
    ])
    func experimentFenceLookalikes(line: String, looksLikeOne: Bool) {
        #expect(CodeFences.looksLikeExperimentFence(line) == looksLikeOne)
    }
}
