import Foundation
import Notebook
import Testing
@testable import Site

/// The page finds each experiment block by the line of its fence, as the Notebook recorded
/// it; a block one side sees and the other does not is an error, never a silent shift.
@Suite struct BlockIdentityTests {
    private func render(body: String, experiments: [ExperimentBlock]? = nil, outputs: [String]) throws -> Result<String, SiteBuildError> {
        var runs = try FixtureBook.runs()
        runs[1].chapter.body = body
        runs[1].chapter.experiments = experiments ?? FixtureBook.experiments(in: body)
        runs[1].outputs = outputs.enumerated().map { BlockOutput(blockIndex: $0, text: $1 + "\n", figures: []) }
        do {
            let site = try FixtureBook.build(runs)
            defer { try? FileManager.default.removeItem(at: site) }
            return .success(try String(contentsOf: site.appendingPathComponent("02-momentum.html"), encoding: .utf8))
        } catch let error as SiteBuildError {
            return .failure(error)
        }
    }

    /// Each block's code and output, in page order.
    private func pairs(_ page: String) -> [String] {
        page.components(separatedBy: "<div class=\"experiment\"").dropFirst().map { part in
            let code = part.contains("first()") ? "first" : part.contains("second()") ? "second" : part.contains("third()") ? "third" : "?"
            let output = part.components(separatedBy: "<pre class=\"output\"").dropFirst().first?
                .components(separatedBy: "</code>").first?.components(separatedBy: "<code>").last ?? ""
            return code + "→" + output
        }
    }

    @Test func aDivWithBlankLinesShiftsNothing() throws {
        let body = """
            <div class="box">

            ```swift experiment
            first()
            ```

            </div>

            Between.

            ```swift experiment
            second()
            ```

            > A quote with a plain block:
            >
            > ```swift
            > shown()
            > ```

            ```swift experiment
            third()
            ```
            """
        let page = try render(body: body, outputs: ["one", "two", "three"]).get()
        #expect(pairs(page) == ["first→one", "second→two", "third→three"])
    }

    @Test func aBlockThePageSeesButTheNotebookDidNotRunIsAnError() throws {
        let body = "Text.\n\n```swift experiment\nfirst()\n```\n\n```swift experiment\nsecond()\n```\n"
        // As if the Notebook had missed the first block: only the second ran, as block 0.
        let second = try #require(FixtureBook.experiments(in: body).last)
        let only = ExperimentBlock(index: 0, code: second.code, firstLine: second.firstLine, bodyLine: second.bodyLine)
        guard case .failure(let error) = try render(body: body, experiments: [only], outputs: ["two"]) else {
            Issue.record("the build should fail"); return
        }
        #expect(error.diagnostics.map(\.description) == ["""
            chapters/02-momentum.md:7:1: error: the page shows an experiment block here that did not run
              hint: math or a reference on the lines around it changes how Markdown reads it; leave a blank line before and after the block
            """])
    }

    @Test func aBlockThatRanButIsNotOnThePageIsAnError() throws {
        let body = "Text.\n\n```swift experiment\nfirst()\n```\n"
        var blocks = FixtureBook.experiments(in: body)
        blocks.append(ExperimentBlock(index: 1, code: "ghost()", firstLine: 20, bodyLine: 14, column: 1))
        guard case .failure(let error) = try render(body: body, experiments: blocks, outputs: ["one", "boo"]) else {
            Issue.record("the build should fail"); return
        }
        #expect(error.diagnostics.map(\.message) == ["this experiment block ran, but the page does not show it as a code block"])
        #expect(error.diagnostics.first?.line == 19)
    }
}
