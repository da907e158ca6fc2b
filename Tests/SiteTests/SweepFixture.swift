import Foundation
import Notebook
@testable import Site

/// A chapter with a real sweep figure (files recorded from a run by the Experiments tests:
/// `DESCENT_RECORD_FIXTURES=1 swift test --filter SweepAssemblyTests`), placed below a page
/// of prose so that it starts out of view.
enum SweepFixture {
    static func figure() throws -> RenderedFigure {
        let json = try Data(contentsOf: FixtureBook.figures.appendingPathComponent("figure-9-sweep.json"))
        let sweep = try JSONDecoder().decode(SweepFigure.self, from: json)
        return RenderedFigure(id: "ravine-sweep", caption: "Drag $\\eta$ across $2/\\lambda = 0.5$.",
                              alt: "The default frame.", lightFile: "figure-9-light.png", darkFile: "figure-9-dark.png",
                              width: 320, height: 220, sweep: sweep)
    }

    static func runs() throws -> [ChapterRun] {
        let prose = String(repeating: "The walls of a ravine are much steeper than its floor. ", count: 120)
        let body = """
            \(prose)

            ```swift experiment id=sweep
            try showSweep(Slider("η", rates, default: 0.4), caption: "…") { η in … }
            ```

            See @fig:ravine-sweep.
            """
        let chapter = try FixtureBook.chapter("03-sweep", title: "Sweeps", summary: nil, body: body)
        var runs = try FixtureBook.runs()
        runs.append(ChapterRun(chapter: chapter, outputs: [BlockOutput(blockIndex: 0, text: "", figures: [try figure()])],
                               figureDirectory: FixtureBook.figures))
        return runs
    }
}
