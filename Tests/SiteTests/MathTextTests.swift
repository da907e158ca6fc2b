import Foundation
import MathML
import Testing
@testable import Site

@Suite struct MathTextTests {
    static let cases: [(String, String)] = [
        ("\\eta = 0.4", "η = 0.4"),
        ("x_1^2 + x_2", "x₁² + x₂"),
        ("f(x_t)", "f(xₜ)"),
        ("\\frac{1}{\\kappa}", "1/κ"),
        ("e^{-2|x|}", "e^(−2|x|)"),
        ("\\lambda_{\\max}", "λₘₐₓ"),
        ("x^{ab}", "x^(ab)"),
    ]

    @Test(arguments: cases) func mathBecomesReadableText(_ latex: String, _ expected: String) throws {
        let mathML = try MathConverter(wrapper: .html).convert(latex, display: false).mathML
        #expect(MathText.plain(mathML) == expected, "\(mathML)")
    }

    @Test func figureTooltipsShowTypesetTextNotTeX() throws {
        let site = try FixtureBook.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let page = try String(contentsOf: site.appendingPathComponent("02-momentum.html"), encoding: .utf8)
        // @fig:ravine-gd from chapter 2; its caption is "Gradient descent on $f(x, y) = x^2 + 12 y^2$ zig-zags…".
        #expect(page.contains("title=\"Gradient descent on f(x,y) = x² + 12y² zig-zags across the ravine.\""), "\(page)")
        #expect(!page.contains("title=\"Gradient descent on f(x, y) = x^2"))
    }
}
