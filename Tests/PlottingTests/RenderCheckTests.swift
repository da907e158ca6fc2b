import Testing
@testable import Plotting

/// `checkRenderable` throws exactly what `renderPNG` would for a mistake in the figure, and
/// nothing for a figure that renders.
@Suite struct RenderCheckTests {
    static let mistakes: [(String, Figure)] = [
        ("zero width", Figure(width: 0, height: 10)),
        ("too tall", Figure(width: 100, height: 9000)),
        ("log axis from −1", Figure(yScale: .log, y: -1...10) { Line(x: [0, 1], y: [1, 2]) }),
        ("infinite x range", Figure(x: 0...Double.infinity) { Line([1, 2]) }),
        ("a panel with a bad range", .panels([Figure { Line([1, 2]) }, Figure(xScale: .log, x: 0...1) { Line([1, 2]) }], columns: 2)),
    ]

    @Test(arguments: mistakes.indices)
    func aMistakeIsTheRendersError(index: Int) throws {
        let (name, figure) = Self.mistakes[index]
        let rendered = #expect(throws: PlottingError.self, "\(name)") { try figure.renderPNG(theme: .light, scale: 2) }
        let checked = #expect(throws: PlottingError.self, "\(name)") { try figure.checkRenderable(scale: 2) }
        #expect(rendered == checked, "\(name)")
    }

    @Test(arguments: Gallery.all.map(\.name))
    func galleryFiguresPass(name: String) throws {
        let figure = try #require(Gallery.all.first { $0.name == name }?.figure)
        try figure.checkRenderable(scale: 2)
        try figure.narrowVariant?.checkRenderable(scale: 2)
    }
}
