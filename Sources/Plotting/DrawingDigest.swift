/// A 128-bit digest of a stream of 64-bit words: two multiply–rotate lanes with different
/// constants, each finished with a strong avalanche, fast enough (a few GB/s) to identify a
/// figure's drawing before it is rasterised (see ``FigureDrawing``). Not cryptographic: it
/// guards against accidental collisions between figures, not against forged ones.
/// Stable across runs, processes and machines (Swift's `Hasher` is seeded per process).
struct DrawingDigest {
    private var first: UInt64 = 0x9e37_79b9_7f4a_7c15
    private var second: UInt64 = 0xc2b2_ae3d_27d4_eb4f
    private var count: UInt64 = 0

    /// Adds one word.
    mutating func add(_ word: UInt64) {
        count &+= 1
        first = Self.rotate((first ^ word) &* 0x87c3_7b91_1142_53d5, 31) &* 0x4cf5_ad43_2745_937f
        second = Self.rotate((second ^ Self.rotate(word, 17)) &* 0xff51_afd7_ed55_8ccd, 29) &+ first
    }

    mutating func add(_ value: Double) { add(value.bitPattern) }
    mutating func add(_ value: Int) { add(UInt64(bitPattern: Int64(value))) }
    mutating func add(_ value: Bool) { add(value ? 1 as UInt64 : 2) }

    /// Adds a string: its UTF-8 length, then its bytes eight at a time.
    mutating func add(_ string: String) {
        var text = string
        text.withUTF8 { bytes in
            add(bytes.count)
            var index = 0
            while index < bytes.count {
                var word: UInt64 = 0
                for offset in 0..<min(8, bytes.count - index) { word |= UInt64(bytes[index + offset]) << (8 * offset) }
                add(word)
                index += 8
            }
        }
    }

    /// The digest, 32 lowercase hex digits.
    var hex: String {
        let a = Self.finish(first ^ count), b = Self.finish(second &+ Self.finish(first))
        return [a, b].map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }

    private static func rotate(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    /// The 64-bit finaliser of MurmurHash3: every input bit affects every output bit.
    private static func finish(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x &*= 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }
}
