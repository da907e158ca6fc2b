import Testing
@testable import Plotting

/// Splitting frames into a shared background and per-frame drawing operations.
@Suite struct SweepLayersTests {
    static func contour() -> Contour {
        Contour(x: -6...6, y: -3...3, resolution: 40, levels: .values([1, 2, 4, 8]), labels: 0) { x, y in 0.1 * x * x + 2 * y * y }
    }

    static func frame(_ η: Double, legend: LegendPlacement = .hidden) -> Figure {
        var p = (-5.0, -2.0), points = [p]
        for _ in 0..<10 {
            p = (p.0 - η * 0.2 * p.0, p.1 - η * 4 * p.1)
            points.append(p)
        }
        return Figure(xLabel: "x₁", yLabel: "x₂", x: -6...6, y: -3...3, legend: legend, width: 320, height: 200) {
            contour()
            Trajectory(points, label: "gradient descent")
        }
    }

    @Test func everyFrameGetsItsOperationsAndTheContoursAreSharedOnce() throws {
        let rates = [0.1, 0.2, 0.3, 0.4, 0.45]
        let layers = try SweepLayers(frames: rates.map { Self.frame($0) })
        #expect(layers.frameOperations.count == rates.count)
        #expect(Set(layers.frameOperations).count == rates.count, "each frame draws a different path")
        #expect(layers.sharedUnitCount > 4, "the isolines, grid and axes are shared")
        for operations in layers.frameOperations {
            #expect(operations.hasPrefix("[[0,"), "a trajectory starts with its halo stroke: \(operations.prefix(40))")
            #expect(!operations.contains("x₁"), "axis labels are in the background")
        }
        #expect(layers.topOperations == "[]")
        #expect(layers.backgroundPNG(.light).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(layers.backgroundPNG(.light) != layers.backgroundPNG(.dark))
    }

    @Test func theBackgroundIsTheFigureWithoutWhatVaries() throws {
        let layers = try SweepLayers(frames: [0.1, 0.4].map { Self.frame($0) }, scale: 1)
        let without = Figure(xLabel: "x₁", yLabel: "x₂", x: -6...6, y: -3...3, legend: .hidden, width: 320, height: 200) {
            Self.contour()
        }
        #expect(layers.backgroundPNG(.light) == (try without.renderPNG(theme: .light, scale: 1)))
        #expect(layers.backgroundPNG(.dark) == (try without.renderPNG(theme: .dark, scale: 1)))
    }

    @Test func identicalInputsGiveIdenticalBytes() throws {
        let frames = [0.1, 0.3, 0.5].map { Self.frame($0, legend: .topRight) }
        let a = try SweepLayers(frames: frames), b = try SweepLayers(frames: frames)
        #expect(a.frameOperations == b.frameOperations)
        #expect(a.topOperations == b.topOperations && a.colorsJSON == b.colorsJSON && a.clipsJSON == b.clipsJSON)
        #expect(a.backgroundPNG(.light) == b.backgroundPNG(.light) && a.backgroundPNG(.dark) == b.backgroundPNG(.dark))
    }

    @Test func aFixedLegendDrawnAfterThePathStaysOnTop() throws {
        let layers = try SweepLayers(frames: [0.1, 0.3].map { Self.frame($0, legend: .topRight) })
        #expect(layers.topOperations.contains("\"gradient descent\""), "the legend is shared and drawn over the path")
        #expect(!layers.frameOperations[0].contains("gradient descent"))
    }

    @Test func framesThatAreAllAlikeVaryInNothing() throws {
        let layers = try SweepLayers(frames: [Self.frame(0.3), Self.frame(0.3)])
        #expect(layers.frameOperations == ["[]", "[]"])
    }
}
