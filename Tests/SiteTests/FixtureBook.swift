import Foundation
import Notebook
@testable import Site

/// The fixture book: two small chapters (`Fixtures/book/*.md`, front matter left out) with
/// hand-written experiment outputs and two fixture PNGs standing in for a real run.
enum FixtureBook {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/book")
    static let figures = folder.appendingPathComponent("figures")
    /// Lines taken by the (imagined) front matter: body line 0 is file line 5.
    static let bodyFirstLine = 5

    static let introduction = """
        **Descent** is a short course on the algorithms that train neural networks. Each chapter
        runs its own experiments; start with @ch:01-gradient-descent.
        """

    static func chapter(_ slug: String, title: String, summary: String?, body: String? = nil) throws -> Chapter {
        let text = try body ?? String(contentsOf: folder.appendingPathComponent(slug + ".md"), encoding: .utf8)
        return Chapter(
            path: "chapters/\(slug).md", slug: slug, title: title, summary: summary, body: text,
            bodyFirstLine: bodyFirstLine, experiments: experiments(in: text))
    }

    /// The experiment blocks of `body` as the Notebook finds them (the body is parsed behind
    /// four lines of front matter, so body line 0 is file line 5); none if it does not parse.
    static func experiments(in body: String) -> [ExperimentBlock] {
        let text = "---\ntitle: Fixture\ntimeout: 60\n---\n" + body
        return (try? ChapterParser(root: folder).chapter(from: Array(text.utf8), path: "fixture.md", slug: "fixture"))?
            .experiments ?? []
    }

    static func figure(_ id: String, caption: String) -> RenderedFigure {
        RenderedFigure(id: id, caption: caption, alt: "Contours of a narrow elliptic valley with a path zig-zagging across it",
                       lightFile: "ravine-light.png", darkFile: "ravine-dark.png", width: 320, height: 200)
    }

    static func runs() throws -> [ChapterRun] {
        let gd = try chapter("01-gradient-descent", title: "Gradient descent",
                             summary: "Follow the negative gradient $-\\nabla f$, and why the step size matters.")
        let momentum = try chapter("02-momentum", title: "Momentum",
                                   summary: "A velocity that averages gradients damps the zig-zag.")
        return [
            ChapterRun(chapter: gd, outputs: [
                BlockOutput(blockIndex: 0, text: "final loss: 3.2e-05\n", figures: [
                    figure("ravine-gd", caption: "Gradient descent on $f(x, y) = x^2 + 12 y^2$ zig-zags *across* the ravine."),
                ]),
            ], figureDirectory: figures),
            ChapterRun(chapter: momentum, outputs: [
                BlockOutput(blockIndex: 0, text: "final loss: 1.1e-09\n", figures: []),
                BlockOutput(blockIndex: 1, text: "", figures: [
                    figure("momentum-vs-gd", caption: "Momentum (here with $\\beta = 0.9$) against plain gradient descent."),
                ]),
            ], figureDirectory: figures),
        ]
    }

    /// Renders the fixture book into a new temporary folder and returns it.
    static func build(_ runs: [ChapterRun]? = nil) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("descent-site-\(UUID().uuidString.prefix(8))")
        try SiteRenderer(title: "Descent", introduction: introduction).render(runs ?? self.runs(), into: directory)
        return directory
    }
}
