import Testing
@testable import Plotting

@Suite struct FigureRenderingTests {
    @Test func pngHasSignatureAndScaledSize() throws {
        let png = try Figure(width: 320, height: 200) { Line([1, 3, 2]) }.renderPNG(theme: .light, scale: 2)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let image = try PNGDecoding.decode(png)
        #expect(image.width == 640 && image.height == 400)
    }

    @Test func sameInputSameBytes() throws {
        for theme in Theme.allCases {
            let a = try Gallery.contour.renderPNG(theme: theme, scale: 1)
            let b = try Gallery.contour.renderPNG(theme: theme, scale: 1)
            #expect(a == b)
        }
    }

    @Test(arguments: Gallery.all.map(\.name))
    func everyGalleryFigureRendersInBothThemes(name: String) throws {
        let figure = Gallery.all.first { $0.name == name }!.figure
        for theme in Theme.allCases {
            let png = try figure.renderPNG(theme: theme, scale: 1)
            #expect(png.count > 1000)
        }
    }

    @Test func invalidSizeIsAClearError() {
        #expect(throws: PlottingError.invalidSize(width: 0, height: 10, scale: 2)) {
            try Figure(width: 0, height: 10).renderPNG(theme: .light)
        }
        #expect("\(PlottingError.invalidSize(width: 0, height: 10, scale: 2))".contains("width and height"))
        #expect(throws: PlottingError.self) { try Figure().renderPNG(theme: .light, scale: .nan) }
    }

    // Robustness: each case must give a PNG or a PlottingError, never a crash or a hang.
    static let robustness: [(String, Figure)] = [
        ("empty", Figure(title: "Nothing here")),
        ("empty series", Figure { Line([Double]()); Trajectory([]); Points([]) }),
        ("single point", Figure { Line([5]) }),
        ("constant", Figure { Line([2, 2, 2, 2]) }),
        ("nan grid", Figure { Contour(x: -1...1, y: -1...1, resolution: 40, filled: true) { x, y in x * y > 0.2 ? .nan : x + y } }),
        ("all nan grid", Figure { Contour(x: -1...1, y: -1...1, resolution: 20) { _, _ in .nan } }),
        ("infinite grid", Figure { Contour(x: -1...1, y: -1...1, resolution: 20) { x, _ in x > 0 ? .infinity : x } }),
        ("zero-width box", Figure { Contour(x: 1...1, y: 2...2, resolution: 10) { x, y in x + y } }),
        ("tiny range", Figure { Line([0, 1e-12, 2e-12, 0.5e-12]) }),
        ("huge range", Figure { Line([-1e12, 1e12]) }),
        ("log extreme", Figure(yScale: .log) { Line([1e-12, 1e-3, 1e12]) }),
        ("log x and y", Figure(xScale: .log, yScale: .log) { Line([(1e-6, 1e6), (1, 1), (1e6, 1e-6)]) }),
        ("offset range", Figure { Line([1e9, 1e9 + 1e-3, 1e9 + 2e-3]) }),
        ("diverged to 1e300", Figure(x: -1...1, y: -1...1) { Trajectory([(0, 0), (1e10, 1e10), (1e300, -1e300), (.infinity, 0)]) }),
        ("annotation off-plot", Figure(x: 0...1, y: 0...1) { Annotation("far", at: (1e200, 5)) }),
        ("many points", Figure { Line((0..<200_000).map { Double($0 % 97) }) }),
    ]

    @Test(arguments: robustness.indices)
    func degenerateInputGivesAFigureOrAClearError(index: Int) {
        let (name, figure) = Self.robustness[index]
        do {
            let png = try figure.renderPNG(theme: .light, scale: 1)
            #expect(png.count > 500, "\(name)")
        } catch let error as PlottingError {
            #expect(!error.description.isEmpty, "\(name)")
        } catch {
            Issue.record("\(name): unexpected \(error)")
        }
    }
}
