import Foundation
import Notebook
import Testing
@testable import Site

/// A block whose output was cut at the chapter's limit says so on the page.
@Suite struct OutputCutTests {
    @Test func theCutIsVisibleOnThePage() throws {
        let block = ExperimentBlock(index: 0, code: "for _ in 0..<10 { print(1) }", firstLine: 7, bodyLine: 2)
        var output = BlockOutput(blockIndex: 0, text: "1\n1\n", figures: [])
        output.omittedBytes = 200_000_000
        let run = ChapterRun(
            chapter: Chapter(path: "chapters/01-a.md", slug: "01-a", title: "A", summary: nil,
                             body: "Text.\n\n```swift experiment\nfor _ in 0..<10 { print(1) }\n```\n",
                             bodyFirstLine: 4, experiments: [block]),
            outputs: [output], figureDirectory: FixtureBook.figures)
        let site = FileManager.default.temporaryDirectory.appending(path: "descent-cut-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: site) }
        var renderer = SiteRenderer(title: "T", introduction: "")
        renderer.printsWarnings = false
        try renderer.render([run], into: site)
        let page = try String(contentsOf: site.appending(path: "01-a.html"), encoding: .utf8)
        #expect(page.contains("<p class=\"output-cut\" role=\"note\">Output cut: this block printed at least 200 MB more than the 262 kB shown.</p>"))
        #expect(run.warnings.first?.description.hasPrefix("chapters/01-a.md:7: warning: block 1 printed at least 200000000 bytes") == true)
    }
}
