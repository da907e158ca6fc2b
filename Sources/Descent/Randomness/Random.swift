/// A seeded pseudo-random generator: xoshiro256** (Blackman and Vigna),
/// its 256-bit state filled from the seed by SplitMix64.
///
/// Everything random in Descent draws from one of these, so the same seed
/// gives the same run bit for bit on every machine: the generator uses only
/// integer arithmetic, uniform doubles are exact bit manipulations, and the
/// Gaussian sampler below uses IEEE-exact operations plus its own logarithm
/// (no platform `log`, `cos` or Foundation randomness).
public struct Random: RandomNumberGenerator, Sendable, Equatable {
    @usableFromInline var state: (UInt64, UInt64, UInt64, UInt64)
    @usableFromInline var spareNormal: Double?

    /// A generator from a seed; any seed, including 0, is fine.
    public init(seed: UInt64) {
        var sm = seed
        func splitMix() -> UInt64 {
            sm &+= 0x9E37_79B9_7F4A_7C15
            var z = sm
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
        spareNormal = nil
    }

    /// Compares state and the cached Gaussian.
    public static func == (a: Random, b: Random) -> Bool {
        a.state == b.state && a.spareNormal == b.spareNormal
    }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    @inlinable @inline(__always)
    func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform double in [0, 1): the top 53 bits scaled by 2⁻⁵³.
    @inlinable
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform integer in 0..<n (n > 0), unbiased (Lemire's method).
    @inlinable
    public mutating func integer(below n: Int) -> Int {
        precondition(n > 0, "integer(below:) needs n > 0, got \(n)")
        let bound = UInt64(n)
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
        }
        return Int(m.high)
    }

    /// A standard normal sample N(0, 1) by Marsaglia's polar method: draw
    /// (u, v) uniform in the unit disc, then u·√(−2 ln s / s) and v·√(−2 ln s / s)
    /// with s = u² + v² are two independent normals (the second is kept for the next call).
    public mutating func normal() -> Double {
        if let spare = spareNormal { spareNormal = nil; return spare }
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let scale = (-2 * portableLog(s) / s).squareRoot()
                spareNormal = v * scale
                return u * scale
            }
        }
    }

    /// A normal sample with mean μ and standard deviation σ.
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * normal()
    }

    /// A uniformly random permutation of 0..<n (Fisher–Yates with this generator,
    /// so it is the same on every platform and Swift release).
    public mutating func permutation(_ n: Int) -> [Int] {
        var order = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, integer(below: i + 1)) }
        return order
    }

    /// A vector of n independent N(0, 1) coordinates.
    public mutating func normalVector(count n: Int) -> Vector {
        var g = Vector(zeros: n)
        for i in 0..<n { g[i] = normal() }
        return g
    }
}

/// ln x for x > 0 from IEEE-exact operations only, so it is identical on
/// every platform: x = m·2ᵉ with m ∈ [1, 2), ln m = 2 artanh z with
/// z = (m − 1)/(m + 1) ≤ 1/3, summed as 2(z + z³/3 + z⁵/5 + …) to 1 ulp-ish accuracy.
func portableLog(_ x: Double) -> Double {
    let e = Double(x.exponent)
    let m = x.significand
    let z = (m - 1) / (m + 1)
    let z2 = z * z
    var term = z, sum = 0.0
    var k = 1.0
    while k < 60 {
        sum += term / k
        term *= z2
        k += 2
    }
    return 2 * sum + e * 0.693_147_180_559_945_3
}
