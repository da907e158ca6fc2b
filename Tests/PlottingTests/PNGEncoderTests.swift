import Testing
@testable import Plotting

@Suite struct PNGEncoderTests {
    func encode(_ pixels: [UInt32], width: Int, height: Int, quantize: Bool = true) throws -> [UInt8] {
        try pixels.withUnsafeBufferPointer {
            try PNGEncoder.encode(argb: $0.baseAddress!, width: width, height: height, stride: width, quantize: quantize)
        }
    }

    func colorType(_ png: [UInt8]) -> UInt8 { png[25] }

    @Test func fewColoursUseAnExactPalette() throws {
        let pixels = (0..<(64 * 48)).map { i -> UInt32 in i % 7 == 0 ? 0xFF11_2233 : 0xFFFF_FFFF }
        let png = try encode(pixels, width: 64, height: 48)
        #expect(colorType(png) == 3)
        let decoded = try PNGDecoding.decode(png)
        #expect(decoded.rgba[0] == 0x11 && decoded.rgba[1] == 0x22 && decoded.rgba[2] == 0x33)
        #expect(decoded.rgba[4] == 0xFF)
    }

    @Test func manyColoursStayLosslessInRGB() throws {
        let pixels = (0..<(200 * 100)).map { i -> UInt32 in 0xFF00_0000 | UInt32(truncatingIfNeeded: i &* 2_654_435_761) & 0xFF_FFFF }
        let png = try encode(pixels, width: 200, height: 100)
        #expect(colorType(png) == 2)
        let decoded = try PNGDecoding.decode(png)
        for k in [0, 1, 777, 19_999] {
            let p = pixels[k]
            #expect(decoded.rgba[k * 4] == UInt8((p >> 16) & 0xFF) && decoded.rgba[k * 4 + 2] == UInt8(p & 0xFF))
        }
    }

    @Test func translucentImagesKeepAlpha() throws {
        let pixels = [UInt32](repeating: 0x8040_2010, count: 16)
        let png = try encode(pixels, width: 4, height: 4)
        #expect(colorType(png) == 6)
        #expect(try PNGDecoding.decode(png).rgba[3] == 0x80)
    }

    @Test func largeImagesAreSlicedIntoOneValidStream() throws {
        let w = 700, h = 400
        let pixels = (0..<(w * h)).map { i -> UInt32 in (i / w) % 3 == 0 ? 0xFF00_00FF : 0xFFFF_FFFF }
        let png = try encode(pixels, width: w, height: h, quantize: false)
        let decoded = try PNGDecoding.decode(png)
        #expect(decoded.width == w && decoded.height == h)
        #expect(decoded.rgba[(w * (h - 1)) * 4 + 2] == 0xFF)
    }

    @Test func quantizedFigureIsCloseToCairosLosslessOutput() throws {
        let figure = Gallery.contour.size(width: 400, height: 300)
        let ours = try PNGDecoding.decode(figure.renderPNG(theme: .light, scale: 1))
        let cairo = try PNGDecoding.decode(figure.renderPNG(theme: .light, scale: 1, writer: .cairo))
        let diff = PixelComparison.compare(ours, cairo)
        #expect(diff.meanError < 1.0)
        #expect(diff.maxError <= 40)
    }
}
