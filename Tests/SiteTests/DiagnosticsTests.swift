import Foundation
import Notebook
import Testing
@testable import Site

/// Author mistakes fail the build at chapter:line:column.
@Suite struct DiagnosticsTests {
    private func build(_ body: String) throws -> SiteBuildError? {
        var runs = try FixtureBook.runs()
        runs[1].chapter.body = body
        runs[1].chapter.experiments = FixtureBook.experiments(in: body)
        runs[1].outputs = []
        do {
            let site = try FixtureBook.build(runs)
            try? FileManager.default.removeItem(at: site)
            return nil
        } catch let error as SiteBuildError {
            return error
        }
    }

    @Test func danglingReferenceNamesLineAndColumn() throws {
        let error = try #require(try build("First line.\n\nSee @fig:nowhere and @eq:gd.\n"))
        #expect(error.diagnostics.count == 1)
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.file == "chapters/02-momentum.md")
        #expect(diagnostic.line == FixtureBook.bodyFirstLine + 2)
        #expect(diagnostic.column == 5)
        #expect(diagnostic.message.contains("nowhere"))
    }

    @Test func everyDanglingReferenceIsReported() throws {
        let error = try #require(try build("@sec:a and @ch:nope\n@fig:b\n"))
        #expect(error.diagnostics.map(\.line) == [5, 5, 6])
        #expect(error.description.contains("chapters/02-momentum.md:5:12: error:"))
    }

    @Test func mathErrorIsMappedIntoTheChapter() throws {
        let error = try #require(try build("Intro.\n\n$$\nx = 1\n  + \\notacommand{2}\n$$\n"))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.line == FixtureBook.bodyFirstLine + 4)
        #expect(diagnostic.column == 5)
        #expect(diagnostic.message.contains("notacommand"))
    }

    @Test func inlineMathErrorColumnCountsFromTheLineStart() throws {
        let error = try #require(try build("Some $a + \\nope$ here.\n"))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.line == FixtureBook.bodyFirstLine)
        #expect(diagnostic.column == 11)
    }

    @Test func brokenLinkAndImageNameTheLine() throws {
        let error = try #require(try build("Text.\n\nA [link](missing.html) and ![img](nope.png).\n\n[ok](#why)\n"))
        #expect(error.diagnostics.count == 3)
        #expect(error.diagnostics.allSatisfy { $0.file == "chapters/02-momentum.md" })
        #expect(error.diagnostics.map(\.line) == [7, 7, 9])
    }

    @Test func remoteImagesAreRejected() throws {
        let error = try #require(try build("![x](https://example.org/a.png)\n"))
        #expect(error.diagnostics.first?.message.contains("outside the site") == true)
    }

    @Test func missingFigureFileIsReported() throws {
        var runs = try FixtureBook.runs()
        runs[0].outputs[0].figures[0].lightFile = "gone.png"
        #expect(throws: SiteBuildError.self) { try FixtureBook.build(runs) }
    }
}
