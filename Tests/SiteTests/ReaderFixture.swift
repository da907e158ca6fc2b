import Foundation
import Notebook
@testable import Site

/// The fixture book plus a chapter that stresses a phone: a long paragraph (the measure), a
/// display equation far wider than a phone, an output line that would not fit, a long inline
/// code span and a long link, and a 960 px
/// three-panel figure with its one-column phone variant (`panels-narrow-*.png`, 420 px wide).
enum ReaderFixture {
    static let body = """
        Gradient descent on a long and narrow valley is a story told in many small steps, and every \
        one of them is a compromise between the steep walls that want a short step and the flat floor \
        that wants a long one. The reader who follows the iterates with a finger will notice that the \
        path bounces from wall to wall while it creeps along the floor, and that the creeping is what \
        takes the time: the bouncing dies away after a handful of steps, the creeping goes on for hundreds.

        $$
        f(x_1, x_2, x_3, x_4, x_5, x_6) = \\frac{1}{2}\\left(\\lambda_1 x_1^2 + \\lambda_2 x_2^2 + \\lambda_3 x_3^2 + \\lambda_4 x_4^2 + \\lambda_5 x_5^2 + \\lambda_6 x_6^2\\right) + \\sum_{i=1}^{6} c_i x_i \\label{wide}
        $$

        It's the "condition number" of @eq:wide that decides -- see @fig:panels. A long name in running \
        text, `Objective.ravine.withGradientNoise(standardDeviation: 1, seed: 11)`, and a long address, \
        <https://proceedings.example.org/volume-28/a-very-long-paper-name-without-breaks.html>, must not \
        make the page wider than a phone.

        ```swift experiment
        print(sweep())
        ```
        """

    static let output = "step 0: f(x) = 12.5000000 x = (-5.0000000, 2.5000000) gradient = (-1.0000000, 10.0000000) rate = 0.4000000\n"

    static func runs() throws -> [ChapterRun] {
        let chapter = try FixtureBook.chapter("03-phone", title: "Phones and paper", summary: nil, body: body)
        let figure = RenderedFigure(
            id: "panels", caption: "Three learning rates, $\\eta = 0.1$, $0.4$ and $0.9$, side by side.",
            alt: "Three contour panels, each with one path", lightFile: "panels-light.png", darkFile: "panels-dark.png",
            width: 960, height: 340)
        return try FixtureBook.runs() + [
            ChapterRun(chapter: chapter, outputs: [BlockOutput(blockIndex: 0, text: output, figures: [figure])],
                       figureDirectory: FixtureBook.figures),
        ]
    }
}
