import Dispatch
import Synchronization
import Testing
@testable import Plotting

/// Figures render on several threads at once (the Experiments runtime's background renders):
/// each render owns its surface, and text, which goes through FreeType, takes
/// ``CairoRenderer/fontLock``. Rendered together, every figure gives the bytes it gives alone.
@Suite struct CairoRendererTests {
    static var figures: [Figure] {
        Gallery.all.map(\.figure) + [
            Figure(title: "梯度下降 (gradient descent)", xLabel: "步 (step)", yLabel: "f") { Line([3, 1, 0.5], label: "学习率 η = 0.1") },
            Figure(title: "bold title, small ticks", width: 900, height: 300) { Line([1, 2, 4, 8], label: "doubling") },
        ]
    }

    @Test func concurrentRendersGiveTheBytesOfSequentialOnes() throws {
        let jobs = Self.figures.flatMap { figure in Theme.allCases.map { (figure, $0) } }
        let alone = try jobs.map { try $0.0.renderPNG(theme: $0.1, scale: 2) }
        let together = Mutex([[UInt8]?](repeating: nil, count: jobs.count * 3))
        // Every job three times, all at once on as many threads as Dispatch gives.
        DispatchQueue.concurrentPerform(iterations: jobs.count * 3) { index in
            let (figure, theme) = jobs[index % jobs.count]
            let png = try? figure.renderPNG(theme: theme, scale: 2)
            together.withLock { $0[index] = png }
        }
        let results = together.withLock { $0 }
        for (index, png) in results.enumerated() {
            #expect(png == alone[index % jobs.count], "job \(index % jobs.count) differs when rendered concurrently")
        }
    }

    /// Cairo's `restore` (after a clip) brings back the font of the moment the clip began; text
    /// drawn after it must still come out in its own style, not in that font. (It did not: a
    /// dozen of the course's figures had bold tick labels.)
    @Test func textAfterAClipIsDrawnInItsOwnStyle() throws {
        let small = TextStyle(size: 10, color: Color(red: 0, green: 0, blue: 0))
        let bold = TextStyle(size: 20, bold: true, color: Color(red: 0, green: 0, blue: 0))
        func pixels(_ draw: (CairoRenderer) -> Void) throws -> [UInt32] {
            let renderer = try CairoRenderer(width: 200, height: 60, scale: 1)
            draw(renderer)
            return try renderer.withPixels { pixels, width, height, stride in
                // The lower half only, where the last text is drawn.
                (height / 2..<height).flatMap { row in (0..<width).map { pixels[row * stride + $0] } }
            }
        }
        let alone = try pixels { $0.text("0.8", at: Point(10, 50), style: small) }
        let afterClip = try pixels { renderer in
            renderer.text("Title", at: Point(10, 20), style: bold)          // the font at the clip's start
            renderer.pushClip(Rect(x: 100, y: 0, width: 100, height: 25))
            renderer.text("label", at: Point(110, 20), style: small)       // another font inside the clip
            renderer.popClip()
            renderer.text("0.8", at: Point(10, 50), style: small)
        }
        let same = afterClip == alone
        #expect(same, "the text after the clip came out in another font")
    }
}
