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
}
