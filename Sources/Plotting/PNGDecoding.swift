// Implementation-only (not `internal import`): in a module built without library evolution an
// internal import still makes clients load CCairo's module map, and chapter programs compiled
// with swiftc against Plotting must not need it. Safe here because no C type appears in the
// layout of any type (handles are stored as OpaquePointer).
@_implementationOnly import CCairo

/// Decodes PNG bytes to straight 8-bit RGBA through Cairo; used by the pixel tests.
enum PNGDecoding {
    struct Image {
        var width: Int
        var height: Int
        /// Row-major RGBA, 4 bytes a pixel.
        var rgba: [UInt8]
    }

    static func decode(_ bytes: [UInt8]) throws -> Image {
        final class Source { var bytes: [UInt8]; var offset = 0; init(_ b: [UInt8]) { bytes = b } }
        let source = Source(bytes)
        guard let surface = cairo_image_surface_create_from_png_stream({ closure, data, length in
            let s = Unmanaged<Source>.fromOpaque(closure!).takeUnretainedValue()
            let n = Int(length)
            guard s.offset + n <= s.bytes.count, let data else { return CAIRO_STATUS_READ_ERROR }
            s.bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress! + s.offset, count: n) }
            s.offset += n
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(source).toOpaque()) else { throw PlottingError.encoding("not a PNG") }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw PlottingError.encoding("not a PNG") }
        cairo_surface_flush(surface)
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface)) / 4
        let format = cairo_image_surface_get_format(surface)
        guard let data = cairo_image_surface_get_data(surface) else { throw PlottingError.encoding("empty image") }
        var rgba = [UInt8](repeating: 0, count: w * h * 4)
        data.withMemoryRebound(to: UInt32.self, capacity: stride * h) { p in
            for y in 0..<h {
                for x in 0..<w {
                    let px = p[y * stride + x]
                    let a = format == CAIRO_FORMAT_RGB24 ? 0xFF : px >> 24
                    let o = (y * w + x) * 4
                    func un(_ c: UInt32) -> UInt8 { a == 0 ? 0 : UInt8(min(255, (c * 255 + a / 2) / a)) }
                    rgba[o] = un((px >> 16) & 0xFF); rgba[o + 1] = un((px >> 8) & 0xFF)
                    rgba[o + 2] = un(px & 0xFF); rgba[o + 3] = UInt8(a)
                }
            }
        }
        return Image(width: w, height: h, rgba: rgba)
    }
}
