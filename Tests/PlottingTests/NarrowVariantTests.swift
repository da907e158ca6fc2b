import Testing
@testable import Plotting

/// The phone variant of a wide figure: one column at ``Figure/phoneWidth``.
@Suite struct NarrowVariantTests {
    @Test func panelsStackInOneColumn() throws {
        let narrow = try #require(Gallery.panels.narrowVariant)
        #expect(narrow.width == Figure.phoneWidth)
        #expect(narrow.columns == 1)
        #expect(narrow.panels.count == 3)
        // Each panel keeps roughly its cell's proportions (320 × 310 → 400 × 380 at most).
        #expect((3 * 240...3 * 380 + 30).contains(narrow.height), "height \(narrow.height)")
    }

    @Test func singlePlotsKeepTheirAspect() throws {
        let narrow = try #require(Gallery.contour.narrowVariant)
        #expect(narrow.width == Figure.phoneWidth && narrow.height == 300)
        #expect(Gallery.contour.size(width: Figure.phoneWidth, height: 300).narrowVariant == nil, "fits already")
    }

    /// Text is drawn at fixed sizes, never scaled: the smallest is what the site's 9 px check assumes.
    @Test(arguments: Gallery.all.map(\.name)) func noTextIsSmallerThanTheTickSize(name: String) throws {
        let figure = try #require(Gallery.all.first { $0.name == name }).figure
        for variant in [figure, figure.narrowVariant].compactMap({ $0 }) {
            let recorder = RecordingRenderer()
            try variant.render(to: recorder, theme: .light)
            for case .text(let string, _, let style) in recorder.records.map(\.operation) {
                #expect(style.size >= Figure.smallestTextSize, "\(name): '\(string)' at \(style.size) px")
            }
        }
    }
}
