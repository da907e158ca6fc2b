import Foundation
import Notebook
import Testing
@testable import Site

/// Without JavaScript a sweep figure is its default frame, readout and caption; its files
/// are published and weighed against the sweep budget.
@Suite struct SweepHTMLTests {
    @Test func withoutJavaScriptTheDefaultFrameShows() throws {
        let site = try FixtureBook.build(SweepFixture.runs())
        defer { try? FileManager.default.removeItem(at: site) }
        let html = try String(contentsOf: site.appendingPathComponent("03-sweep.html"), encoding: .utf8)
        let start = try #require(html.range(of: "<figure class=\"figure sweep\""))
        let end = try #require(html[start.lowerBound...].range(of: "</figure>"))
        let figure = String(html[start.lowerBound..<end.upperBound])
        #expect(figure.contains(#"<img src="figures/03-sweep/figure-9-light.png" width="320" height="220" alt="The default frame.">"#))
        #expect(figure.contains(#"<source srcset="figures/03-sweep/figure-9-dark.png" media="(prefers-color-scheme: dark)" data-dark>"#))
        #expect(figure.contains(#"<span class="sweep-setting">η = 0.4</span>: <span class="sweep-text">f = 0.338 after 12 steps</span>"#))
        #expect(figure.contains("<figcaption><a class=\"fignum\" href=\"#fig-ravine-sweep\">Figure 3.1</a> Drag <math>"))
        #expect(figure.contains(#"<script src="assets/sweep.js" defer></script>"#))
        #expect(figure.contains(#"data-frames="figures/03-sweep/figure-9-frames.js""#))
        // The sliders and canvas exist only once the script has the frames.
        #expect(!figure.contains("<input") && !figure.contains("<canvas"))
        #expect(html.contains("href=\"#fig-ravine-sweep\">Figure 3.1</a>"), "cross-references resolve to the sweep")
        for name in ["figure-9-light.png", "figure-9-dark.png", "figure-9-base-light.png", "figure-9-base-dark.png", "figure-9-frames.js"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("figures/03-sweep/" + name).path), "\(name)")
        }
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(Assets.sweepScriptPath).path))
        #expect(!(try String(contentsOf: site.appendingPathComponent("01-gradient-descent.html"), encoding: .utf8)).contains("sweep.js"),
                "pages without sweeps do not load the player")
    }

    @Test func aSweepIsWeighedAsOneThemeReaderDownloadsIt() throws {
        let site = try FixtureBook.build(SweepFixture.runs())
        defer { try? FileManager.default.removeItem(at: site) }
        let figure = try SweepFixture.figure()
        let size = try #require(SweepBudget(root: site).size(of: figure, sweep: figure.sweep!, slug: "03-sweep"))
        let folder = FixtureBook.figures
        func bytes(_ name: String) throws -> Int {
            try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as! Int
        }
        let expected = max(try bytes("figure-9-light.png") + bytes("figure-9-base-light.png"),
                           try bytes("figure-9-dark.png") + bytes("figure-9-base-dark.png")) + (try bytes("figure-9-frames.js"))
        #expect(size == expected)
        #expect(size < SweepBudget.limit)
    }

    @Test func aSweepOverBudgetIsAWarningAtItsBlock() throws {
        let runs = try SweepFixture.runs()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-sweep-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        var renderer = SiteRenderer(title: "Descent", introduction: FixtureBook.introduction)
        renderer.printsWarnings = false
        _ = try renderer.render(runs, into: directory)
        // Grow the published frames file past the limit and check again.
        let frames = directory.appendingPathComponent("figures/03-sweep/figure-9-frames.js")
        try FileManager.default.removeItem(at: frames)   // a hard link to the fixture: never write through it
        try Data(repeating: UInt8(ascii: " "), count: SweepBudget.limit).write(to: frames)
        let drafts = zip(runs, SiteRenderer.chapterNumbers(runs)).map { ChapterRenderer(run: $0, number: $1).draft() }
        let warnings = SweepBudget(root: directory).check(drafts)
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.file == "chapters/03-sweep.md")
        #expect(warning.line == FixtureBook.bodyFirstLine + 3)
        #expect(warning.message.hasPrefix("sweep figure 'ravine-sweep' is 3"))
        #expect(warning.message.hasSuffix("KB for 7 frames, over the sweep budget of 300.0 KB"))
    }
}
