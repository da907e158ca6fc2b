// Implementation-only (not `internal import`): in a module built without library evolution an
// internal import still makes clients load CZlib's module map, and chapter programs compiled
// with swiftc against Plotting must not need it. Safe here because no C type appears in the
// layout of any type (handles are stored as OpaquePointer).
@_implementationOnly import CZlib
import Dispatch

/// A fast, deterministic PNG encoder for Cairo's ARGB32 surfaces.
///
/// Figures are mostly flat colour, so the encoder first tries an exact 8-bit
/// palette (lossless whenever the image has at most 256 colours); otherwise it
/// writes RGB (or RGBA when translucent) with a per-row Sub/Up filter. Rows are
/// compressed in independent slices on all cores (each slice ends with a
/// sync flush, so the concatenation is one valid zlib stream) at a fast level.
enum PNGEncoder {
    /// zlib level: 6 compresses these images only ~5% better at 3× the time.
    static let level: Int32 = 2
    /// Images at least this many bytes of filtered data are compressed in two slices.
    static let sliceThreshold = 192 * 1024

    static func encode(argb: UnsafePointer<UInt32>, width: Int, height: Int, stride: Int,
                       quantize: Bool = true) throws -> [UInt8] {
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var data: [UInt8]
        let colorType: UInt8
        var palette: [UInt32] = []
        var quantizer = PaletteQuantizer()
        if quantize, quantizer.histogram(argb, width: width, height: height, stride: stride) {
            palette = quantizer.buildPalette()
            data = quantizer.indices(argb, width: width, height: height, stride: stride)
            colorType = 3
        } else if isOpaque(argb, width: width, height: height, stride: stride) {
            data = filteredRGB(argb, width: width, height: height, stride: stride, channels: 3)
            colorType = 2
        } else {
            data = filteredRGB(argb, width: width, height: height, stride: stride, channels: 4)
            colorType = 6
        }
        var ihdr: [UInt8] = []
        ihdr.appendBigEndian(UInt32(width))
        ihdr.appendBigEndian(UInt32(height))
        ihdr += [8, colorType, 0, 0, 0]
        writeChunk("IHDR", ihdr, to: &out)
        if colorType == 3 {
            var plte: [UInt8] = []
            plte.reserveCapacity(palette.count * 3)
            for c in palette { plte += [UInt8((c >> 16) & 0xFF), UInt8((c >> 8) & 0xFF), UInt8(c & 0xFF)] }
            writeChunk("PLTE", plte, to: &out)
        }
        let rowBytes = data.count / max(1, height)
        let compressed = try compress(&data, rowBytes: rowBytes)
        writeChunk("IDAT", compressed, to: &out)
        writeChunk("IEND", [], to: &out)
        return out
    }

    static func writeChunk(_ type: String, _ body: [UInt8], to out: inout [UInt8]) {
        out.appendBigEndian(UInt32(body.count))
        let typeBytes = Array(type.utf8)
        out += typeBytes
        out += body
        var crc = crc32(0, typeBytes, 4)
        crc = body.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        out.appendBigEndian(UInt32(crc))
    }

    static func isOpaque(_ p: UnsafePointer<UInt32>, width: Int, height: Int, stride: Int) -> Bool {
        for y in 0..<height {
            let row = p + y * stride
            for x in 0..<width where row[x] >> 24 != 0xFF { return false }
        }
        return true
    }

    /// Rows of un-premultiplied RGB(A), each filtered with Sub or Up, whichever has the
    /// smaller sum of absolute residuals (the libpng heuristic restricted to two filters).
    static func filteredRGB(_ p: UnsafePointer<UInt32>, width: Int, height: Int, stride: Int,
                            channels: Int) -> [UInt8] {
        let rowBytes = width * channels
        var data = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
        var previous = [UInt8](repeating: 0, count: rowBytes)
        var current = [UInt8](repeating: 0, count: rowBytes)
        data.withUnsafeMutableBufferPointer { out in
            previous.withUnsafeMutableBufferPointer { prev in
                current.withUnsafeMutableBufferPointer { cur in
                    var prev = prev, cur = cur
                    for y in 0..<height {
                        let row = p + y * stride
                        for x in 0..<width {
                            let px = row[x]
                            var r = UInt8((px >> 16) & 0xFF), g = UInt8((px >> 8) & 0xFF), b = UInt8(px & 0xFF)
                            let a = UInt8(px >> 24)
                            if channels == 4, a != 0xFF, a != 0 {
                                r = UInt8(min(255, (Int(r) * 255 + Int(a) / 2) / Int(a)))
                                g = UInt8(min(255, (Int(g) * 255 + Int(a) / 2) / Int(a)))
                                b = UInt8(min(255, (Int(b) * 255 + Int(a) / 2) / Int(a)))
                            }
                            let o = x * channels
                            cur[o] = r; cur[o + 1] = g; cur[o + 2] = b
                            if channels == 4 { cur[o + 3] = a }
                        }
                        var subCost = 0, upCost = 0
                        for i in 0..<rowBytes {
                            let left: UInt8 = i >= channels ? cur[i - channels] : 0
                            let s = Int8(bitPattern: cur[i] &- left)
                            let u = Int8(bitPattern: cur[i] &- prev[i])
                            subCost &+= Int(s.magnitude)
                            upCost &+= Int(u.magnitude)
                        }
                        let base = y * (rowBytes + 1)
                        if upCost <= subCost {
                            out[base] = 2
                            for i in 0..<rowBytes { out[base + 1 + i] = cur[i] &- prev[i] }
                        } else {
                            out[base] = 1
                            for i in 0..<rowBytes {
                                out[base + 1 + i] = cur[i] &- (i >= channels ? cur[i - channels] : 0)
                            }
                        }
                        swap(&prev, &cur)
                    }
                }
            }
        }
        return data
    }

    /// A zlib stream of `data`, compressed in row-aligned slices in parallel.
    static func compress(_ data: inout [UInt8], rowBytes: Int) throws -> [UInt8] {
        let rows = data.count / max(1, rowBytes)
        let slices = data.count >= sliceThreshold && rows >= 2 ? 2 : 1
        let bounds: [Range<Int>] = (0..<slices).map { i in
            let r0 = rows * i / slices, r1 = rows * (i + 1) / slices
            return r0 * rowBytes..<r1 * rowBytes
        }
        final class Results: @unchecked Sendable {
            var parts: [[UInt8]?]
            var adlers: [uLong]
            init(_ n: Int) { parts = Array(repeating: nil, count: n); adlers = Array(repeating: 1, count: n) }
        }
        let results = Results(slices)
        data.withUnsafeBufferPointer { whole in
            nonisolated(unsafe) let base = whole.baseAddress!
            DispatchQueue.concurrentPerform(iterations: slices) { i in
                let range = bounds[i]
                let part = deflateRaw(base + range.lowerBound, count: range.count, final: i == slices - 1)
                let adler = adler32(1, base + range.lowerBound, uInt(range.count))
                results.parts[i] = part
                results.adlers[i] = adler
            }
        }
        var out: [UInt8] = [0x78, 0x5E]
        var adler: uLong = 1
        for i in 0..<slices {
            guard let part = results.parts[i] else { throw PlottingError.encoding("zlib deflate failed") }
            out += part
            adler = i == 0 ? results.adlers[0] : adler32_combine(adler, results.adlers[i], off_t(bounds[i].count))
        }
        out.appendBigEndian(UInt32(adler))
        return out
    }

    /// Raw deflate of one slice; non-final slices end on a byte boundary (sync flush).
    static func deflateRaw(_ input: UnsafePointer<UInt8>, count: Int, final: Bool) -> [UInt8]? {
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        let capacity = Int(deflateBound(&stream, uLong(count))) + 64
        var out = [UInt8](repeating: 0, count: capacity)
        let status: Int32 = out.withUnsafeMutableBufferPointer { o in
            stream.next_in = UnsafeMutablePointer(mutating: input)
            stream.avail_in = uInt(count)
            stream.next_out = o.baseAddress
            stream.avail_out = uInt(capacity)
            return deflate(&stream, final ? Z_FINISH : Z_SYNC_FLUSH)
        }
        guard final ? status == Z_STREAM_END : status == Z_OK else { return nil }
        out.removeLast(Int(stream.avail_out))
        return out
    }
}

extension Array where Element == UInt8 {
    mutating func appendBigEndian(_ v: UInt32) {
        append(UInt8(v >> 24)); append(UInt8((v >> 16) & 0xFF)); append(UInt8((v >> 8) & 0xFF)); append(UInt8(v & 0xFF))
    }
}
