import Testing
@testable import Plotting

@Suite struct FigureDrawingTests {
    /// Every gallery figure and a few hard cases (mixed-script labels, text inside clips).
    static var figures: [(name: String, figure: Figure)] {
        Gallery.all + [
            ("mixed-script", Figure(title: "梯度下降 — descent", xLabel: "步数 t", yLabel: "f(x)") {
                Line([(0, 1), (1, 0.5), (2, 0.25)], label: "学习率 η = 0.1")
                Line([(0, 0.8), (1, 0.3), (2, 0.1)], label: "η = 0.4")
            }),
        ]
    }

    /// The figure drawn straight onto Cairo, measuring and drawing interleaved — how it was
    /// rendered before drawings existed.
    private func direct(_ figure: Figure, theme: Theme, scale: Double) throws -> [UInt8] {
        let renderer = try CairoRenderer(width: figure.width, height: figure.height, scale: scale)
        try figure.render(to: renderer, theme: theme)
        return try renderer.withPixels { pixels, w, h, stride in
            try PNGEncoder.encode(argb: pixels, width: w, height: h, stride: stride)
        }
    }

    @Test(arguments: figures.indices)
    func replayingADrawingGivesTheBytesOfDrawingDirectly(index: Int) throws {
        let (name, figure) = Self.figures[index]
        for theme in [Theme.light, .dark] {
            let replayed = try FigureDrawing(figure, theme: theme, scale: 2).renderPNG()
            #expect(replayed == (try direct(figure, theme: theme, scale: 2)), "\(name), \(theme == .light ? "light" : "dark")")
            #expect(replayed == (try figure.renderPNG(theme: theme)))
        }
    }

    @Test func theSameFigureMadeTwiceHasOneDigest() throws {
        let once = try FigureDrawing(Gallery.contour, theme: .light, scale: 2).digest()
        let again = try FigureDrawing(Gallery.contour, theme: .light, scale: 2).digest()
        #expect(once == again)
        #expect(once.count == 32 && once.allSatisfy(\.isHexDigit))
    }

    @Test func anythingThatChangesPixelsChangesTheDigest() throws {
        func digest(_ figure: Figure, theme: Theme = .light, scale: Double = 2, writer: PNGWriter = .optimized) throws -> String {
            try FigureDrawing(figure, theme: theme, scale: scale).digest(writer: writer)
        }
        func line(_ last: Double, label: String = "loss", title: String = "Loss") -> Figure {
            Figure(title: title, xLabel: "step", yLabel: "loss") { Line([(0, 1), (1, 0.5), (2, last)], label: label) }
        }
        let base = try digest(line(0.25))
        let variants = [
            try digest(line(0.25.nextUp)),                  // one point moved by one ulp
            try digest(line(0.25, label: "losS")),           // one letter of a legend entry
            try digest(line(0.25, title: "Loss ")),          // a trailing space in the title
            try digest(line(0.25), theme: .dark),
            try digest(line(0.25), scale: 1),
            try digest(line(0.25), writer: .cairo),
            try digest(line(0.25).size(width: 641, height: 480)),
        ]
        #expect(!variants.contains(base))
        #expect(Set(variants).count == variants.count)
    }

    @Test func stringsAreDigestedWithTheirLengths() {
        var split1 = DrawingDigest(), split2 = DrawingDigest()
        split1.add("ab"); split1.add("c")
        split2.add("a"); split2.add("bc")
        #expect(split1.hex != split2.hex)
        var empty = DrawingDigest(), zero = DrawingDigest()
        empty.add("")
        zero.add(0)
        zero.add(0)
        #expect(empty.hex != DrawingDigest().hex)
        #expect(empty.hex != zero.hex)
    }

    @Test func aFigureThatCannotBeDrawnThrowsBeforeAnythingIsDrawn() {
        #expect(throws: PlottingError.self) { try FigureDrawing(Gallery.contour.size(width: 0, height: 10), theme: .light, scale: 2) }
    }
}
