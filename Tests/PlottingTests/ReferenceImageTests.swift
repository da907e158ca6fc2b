import Testing
@testable import Plotting

/// A few tolerant pixel comparisons against the reference samples in References/
/// (one per figure type, 1×, small). Re-record with PLOTTING_RECORD=1 after an intended change.
@Suite struct ReferenceImageTests {
    static let cases: [(file: String, figure: Figure, theme: Theme)] = [
        ("contour-light", Gallery.contour.size(width: 480, height: 360), .light),
        ("contour-dark", Gallery.contour.size(width: 480, height: 360), .dark),
        ("contour-filled-light", Gallery.filledContour.size(width: 480, height: 360), .light),
        ("function-1d-light", Gallery.function1D.size(width: 480, height: 360), .light),
        ("line-log-light", Gallery.lossCurves.size(width: 480, height: 360), .light),
        ("panels-light", Gallery.panels.size(width: 720, height: 280), .light),
        ("surface-light", Gallery.surface.size(width: 480, height: 360), .light),
        ("shapes-light", Gallery.shapes.size(width: 480, height: 360), .light),
    ]

    @Test(arguments: cases.indices)
    func matchesReference(index: Int) throws {
        let c = Self.cases[index]
        let png = try c.figure.renderPNG(theme: c.theme, scale: 1)
        let path = "\(PixelComparison.referenceDirectory)/\(c.file).png"
        guard !PixelComparison.recording, let reference = PixelComparison.read(path) else {
            PixelComparison.write(png, to: path)
            return
        }
        let diff = PixelComparison.compare(try PNGDecoding.decode(png), try PNGDecoding.decode(reference))
        #expect(diff.changedFraction < 0.01, "\(c.file): \(diff.changedFraction * 100)% of pixels changed")
        #expect(diff.meanError < 2, "\(c.file): mean error \(diff.meanError)")
    }
}
