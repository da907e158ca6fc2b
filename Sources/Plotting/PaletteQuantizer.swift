/// Reduces a figure's colours to an 8-bit palette without visible change.
///
/// Figures are flat colours plus antialiasing blends between them. The palette keeps
/// every frequent colour exactly (background, grid, text, line interiors) and spends
/// the remaining entries on the rare edge blends by median cut, so only edge pixels
/// move, by a few levels. Images with too many distinct colours (shaded surfaces,
/// gradients) are left to the truecolour path.
struct PaletteQuantizer {
    /// Distinct-colour limit above which quantizing could band smooth shading.
    static let maxDistinct = 12_000
    /// Colours seen at least this often are kept exactly (up to `maxExact`).
    static let exactCount: Int32 = 24
    static let maxExact = 160

    private static let tableBits = 15
    private var keys: [UInt32]
    private var counts: [Int32]
    private var slotIndex: [UInt8]
    private(set) var distinct = 0

    init() {
        keys = Array(repeating: 0, count: 1 << Self.tableBits)
        counts = Array(repeating: 0, count: 1 << Self.tableBits)
        slotIndex = Array(repeating: 0, count: 1 << Self.tableBits)
    }

    @inline(__always) static func hash(_ px: UInt32) -> Int { Int((px &* 0x9E37_79B1) >> UInt32(32 - tableBits)) }

    /// Counts colours; false when the image is translucent or has too many colours.
    mutating func histogram(_ p: UnsafePointer<UInt32>, width: Int, height: Int, stride: Int) -> Bool {
        let mask = (1 << Self.tableBits) - 1
        var distinct = 0
        let ok: Bool = keys.withUnsafeMutableBufferPointer { keys in
            counts.withUnsafeMutableBufferPointer { counts in
                for y in 0..<height {
                    let row = p + y * stride
                    var x = 0
                    while x < width {
                        let px = row[x]
                        var run = 1
                        while x + run < width, row[x + run] == px { run += 1 }
                        x += run
                        guard px >> 24 == 0xFF else { return false }
                        var h = Self.hash(px)
                        while keys[h] != px && keys[h] != 0 { h = (h + 1) & mask }
                        if keys[h] == 0 {
                            distinct += 1
                            if distinct > Self.maxDistinct { return false }
                            keys[h] = px
                        }
                        counts[h] &+= Int32(clamping: run)
                    }
                }
                return true
            }
        }
        self.distinct = distinct
        return ok
    }

    /// Chooses the palette and assigns every distinct colour its nearest entry.
    mutating func buildPalette() -> [UInt32] {
        var colors: [(color: UInt32, count: Int32, slot: Int)] = []
        colors.reserveCapacity(distinct)
        for (slot, key) in keys.enumerated() where key != 0 { colors.append((key, counts[slot], slot)) }
        colors.sort { $0.count != $1.count ? $0.count > $1.count : $0.color < $1.color }
        if colors.count <= 256 {
            for (i, c) in colors.enumerated() { slotIndex[c.slot] = UInt8(i) }
            return colors.map(\.color)
        }
        var palette: [UInt32] = []
        var rest: [(color: UInt32, count: Int32, slot: Int)] = []
        for c in colors {
            if palette.count < Self.maxExact, c.count >= Self.exactCount { palette.append(c.color) } else { rest.append(c) }
        }
        palette += Self.medianCut(rest.map { ($0.color, $0.count) }, boxes: 256 - palette.count)
        // Exact colours map to themselves; the rest to their nearest entry.
        var exactIndex: [UInt32: Int] = [:]
        for (i, c) in palette.enumerated() where exactIndex[c] == nil { exactIndex[c] = i }
        let search = NearestColor(palette)
        for c in colors {
            slotIndex[c.slot] = UInt8(exactIndex[c.color] ?? search.nearest(c.color))
        }
        return palette
    }

    /// Palette index of every pixel, each row prefixed with PNG filter byte 0.
    func indices(_ p: UnsafePointer<UInt32>, width: Int, height: Int, stride: Int) -> [UInt8] {
        let mask = (1 << Self.tableBits) - 1
        var out = [UInt8](repeating: 0, count: (width + 1) * height)
        keys.withUnsafeBufferPointer { keys in
            slotIndex.withUnsafeBufferPointer { slotIndex in
                out.withUnsafeMutableBufferPointer { out in
                    var last: UInt32 = 0, lastIndex: UInt8 = 0
                    for y in 0..<height {
                        let row = p + y * stride
                        var o = y * (width + 1) + 1
                        for x in 0..<width {
                            let px = row[x]
                            if px != last {
                                var h = Self.hash(px)
                                while keys[h] != px { h = (h + 1) & mask }
                                lastIndex = slotIndex[h]
                                last = px
                            }
                            out[o] = lastIndex
                            o += 1
                        }
                    }
                }
            }
        }
        return out
    }

    /// Weighted median cut: splits the box with the largest weighted extent at its weighted median.
    static func medianCut(_ colors: [(UInt32, Int32)], boxes: Int) -> [UInt32] {
        guard !colors.isEmpty, boxes > 0 else { return [] }
        typealias C = (r: Int, g: Int, b: Int, w: Int)
        let all: [C] = colors.map { (Int(($0.0 >> 16) & 0xFF), Int(($0.0 >> 8) & 0xFF), Int($0.0 & 0xFF), Int($0.1)) }
        var queue: [[C]] = [all]
        func extent(_ box: [C]) -> (channel: Int, score: Int) {
            var lo = [255, 255, 255], hi = [0, 0, 0], w = 0
            for c in box {
                lo[0] = min(lo[0], c.r); hi[0] = max(hi[0], c.r)
                lo[1] = min(lo[1], c.g); hi[1] = max(hi[1], c.g)
                lo[2] = min(lo[2], c.b); hi[2] = max(hi[2], c.b)
                w += c.w
            }
            let spans = [hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]]
            let ch = spans[0] >= spans[1] && spans[0] >= spans[2] ? 0 : (spans[1] >= spans[2] ? 1 : 2)
            // Favour splitting wide boxes; weight only breaks ties between equally wide ones.
            return (ch, spans[ch] * 1_000_000 + min(w, 999_999))
        }
        var extents = queue.map(extent)
        while queue.count < boxes {
            var bestIndex = -1, bestScore = 0
            for (i, e) in extents.enumerated() where queue[i].count > 1 && e.score > bestScore {
                bestScore = e.score
                bestIndex = i
            }
            guard bestIndex >= 0, bestScore >= 1_000_000 else { break }
            let bestChannel = extents[bestIndex].channel
            // Sort on one packed integer key: the channel, then the whole colour as tie-break.
            let shift = bestChannel == 0 ? 16 : bestChannel == 1 ? 8 : 0
            let packed = queue[bestIndex].map { c -> UInt64 in
                let rgb = UInt64(c.r << 16 | c.g << 8 | c.b)
                return UInt64((Int(rgb) >> shift) & 0xFF) << 56 | rgb << 32 | UInt64(UInt32(clamping: c.w))
            }.sorted()
            let box: [C] = packed.map { k in
                let rgb = Int((k >> 32) & 0xFF_FFFF)
                return (rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF, Int(k & 0xFFFF_FFFF))
            }
            let total = box.reduce(0) { $0 + $1.w }
            var acc = 0, cut = 1
            for (i, c) in box.enumerated() {
                acc += c.w
                if acc * 2 >= total { cut = min(max(i + 1, 1), box.count - 1); break }
            }
            queue[bestIndex] = Array(box[..<cut])
            queue.append(Array(box[cut...]))
            extents[bestIndex] = extent(queue[bestIndex])
            extents.append(extent(queue[queue.count - 1]))
        }
        return queue.map { box in
            let w = max(1, box.reduce(0) { $0 + $1.w })
            let r = (box.reduce(0) { $0 + $1.r * $1.w } + w / 2) / w
            let g = (box.reduce(0) { $0 + $1.g * $1.w } + w / 2) / w
            let b = (box.reduce(0) { $0 + $1.b * $1.w } + w / 2) / w
            return 0xFF00_0000 | UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b)
        }
    }
}

/// Nearest palette entry by weighted RGB distance, pruned by sorting the palette on green.
struct NearestColor {
    let g: [Int32], r: [Int32], b: [Int32], index: [Int]

    init(_ palette: [UInt32]) {
        let order = palette.indices.sorted { (palette[$0] >> 8) & 0xFF < (palette[$1] >> 8) & 0xFF || ((palette[$0] >> 8) & 0xFF == (palette[$1] >> 8) & 0xFF && $0 < $1) }
        g = order.map { Int32((palette[$0] >> 8) & 0xFF) }
        r = order.map { Int32((palette[$0] >> 16) & 0xFF) }
        b = order.map { Int32(palette[$0] & 0xFF) }
        index = order
    }

    func nearest(_ color: UInt32) -> Int {
        let cr = Int32((color >> 16) & 0xFF), cg = Int32((color >> 8) & 0xFF), cb = Int32(color & 0xFF)
        var lo = 0, hi = g.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if g[mid] < cg { lo = mid + 1 } else { hi = mid }
        }
        var best = 0, bestD = Int32.max
        func visit(_ i: Int) {
            let dr = cr - r[i], dg = cg - g[i], db = cb - b[i]
            let d = 3 * dr * dr + 4 * dg * dg + 2 * db * db
            if d < bestD || (d == bestD && index[i] < index[best]) {
                bestD = d
                best = i
            }
        }
        var up = lo, down = lo - 1
        while up < g.count || down >= 0 {
            var progressed = false
            if up < g.count {
                let dg = g[up] - cg
                if 4 * dg * dg <= bestD { visit(up); up += 1; progressed = true } else { up = g.count }
            }
            if down >= 0 {
                let dg = cg - g[down]
                if 4 * dg * dg <= bestD { visit(down); down -= 1; progressed = true } else { down = -1 }
            }
            if !progressed { break }
        }
        return index[best]
    }
}
