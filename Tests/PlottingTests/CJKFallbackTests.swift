#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Plotting

/// Labels in Chinese, Japanese or Korean: DejaVu Sans has no such glyphs, so the Cairo renderer
/// draws those characters with an installed CJK family (see ``CairoRenderer/fallbackFamilies``).
@Suite struct CJKFallbackTests {
    static var renderer: CairoRenderer? { try? CairoRenderer(width: 10, height: 10, scale: 1) }
    static var hasCJKFont: Bool {
        guard let renderer else { return false }
        return CairoRenderer.fallbackFamilies.contains { family in
            renderer.runs("梯", size: 12, bold: false).contains { $0.family == family }
        }
    }

    @Test func latinGreekAndMathNeedNoFallback() throws {
        let renderer = try #require(Self.renderer)
        #expect(renderer.runs("f(x) = x₁² − η·∇f, κ ≤ 10⁶", size: 12, bold: false).map(\.family) == [CairoRenderer.family])
    }

    @Test(.enabled(if: hasCJKFont, "no CJK font installed (scripts/setup installs fonts-droid-fallback)"))
    func chineseLabelsAreDrawnNotBoxes() throws {
        let renderer = try #require(Self.renderer)
        #expect(renderer.undrawableCharacters("梯度下降：学习率 η = 0.1") == 0)
        let runs = renderer.runs("梯度下降, η = 0.1", size: 12, bold: false)
        #expect(runs.count == 2 && runs[1].family == CairoRenderer.family, "\(runs)")
        // Measured and drawn with the fallback's advances: wider than four missing-glyph boxes would be.
        #expect(renderer.measure("梯度下降", size: 12, bold: false).width >= 4 * 11)
        let png = try Figure(title: "梯度下降", xLabel: "步数", yLabel: "损失") {
            Line([(0, 1), (1, 0.5), (2, 0.25)], label: "学习率 0.1")
        }.renderPNG(theme: .light, scale: 1)
        #expect(png.count > 1000)
        // To look at it: DESCENT_CJK_PREVIEW=1 writes /tmp/descent-cjk-labels.png.
        if getenv("DESCENT_CJK_PREVIEW") != nil { PixelComparison.write(png, to: "/tmp/descent-cjk-labels.png") }
    }
}
