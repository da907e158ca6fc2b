// The network's tanh, written out in Swift.
//
// Why our own: glibc's tanh costs about 8 ns a call (expm1 and a division, with branches), a
// third of a forward pass of the digits network; and its last bit depends on the C library's
// version and on the CPU (glibc picks an FMA build of expm1 at run time), so the course's
// trained networks were tied to the machine that built them. This one has no branches, so it
// runs on eight numbers at a time (`SIMD8`, four pairs of SSE2 lanes: about 4.5 ns a number
// here), and it uses only +, −, ×, ÷ and bit operations of IEEE doubles, which round the same
// way on every x86-64 and ARM CPU (Swift never fuses a·b + c): the same bits everywhere. A
// lane's result does not depend on its neighbours, so the scalar `deterministicTanh(_:)`, a
// lane of the same code, gives the same bits as the layer function.
//
// Accuracy: within 1.4 units in the last place of the exact tanh over the whole line
// (measured against 120-bit arithmetic on 150,000 points). TanhTests holds it to reference
// values computed that way, and within 2 ulp of glibc's.
//
// Method, for a = |x| (tanh is odd, so the sign is put back at the end):
// - a < 0.55: tanh a = a + a·u·g(u) with u = a², where g is a degree-10 polynomial fitted to
//   (tanh √u / √u − 1)/u on [0, 0.3025] (Chebyshev interpolation in 200-bit arithmetic,
//   error 8·10⁻¹⁸, coefficients then rounded to double). The correction a·u·g is at most a
//   tenth of a, so its rounding errors barely reach the result.
// - a ≥ 0.55: tanh a = 1 − 2/(e^{2a} + 1) = 1 − 2/(E + 2) with E = e^{2a} − 1, computed as
//   2ᵏ·expm1(r) + (2ᵏ − 1) where 2a = k ln 2 + r, |r| ≤ ln 2 / 2 (with Cody and Waite's
//   two-part ln 2, as in fdlibm), and expm1(r) is its Taylor series to r¹³ (remainder below
//   10⁻¹⁷ of the value). Above a = 22, tanh a rounds to 1; a is clamped there so 2ᵏ stays finite.
// Both polynomials are evaluated in Estrin's scheme (pairs, then pairs of pairs), which has
// shorter chains of dependent operations than Horner's rule; both branches are computed and
// one is selected per lane. tanh(±0) = ±0, tanh(±∞) = ±1, a NaN stays NaN, a subnormal x gives x.

/// tanh of eight numbers at once (see the comment above).
@inline(__always)
func deterministicTanh(_ x: SIMD8<Double>) -> SIMD8<Double> {
    let bits = unsafeBitCast(x, to: SIMD8<Int64>.self)
    let signBit = SIMD8<Int64>(repeating: .min)
    let magnitude = unsafeBitCast(bits & ~signBit, to: SIMD8<Double>.self)
    // Clamped to 22 (a NaN stays NaN: 22 − NaN is a NaN without a sign).
    let a = laneSelect(22, where: 22 - magnitude, isNegativeElse: magnitude)

    // a < 0.55: a + a u g(u), u = a².
    let u = a * a, u2 = u * u, u4 = u2 * u2, u8 = u4 * u4
    let g0 = (-0x1.5555555555555p-2 + 0x1.1111111111032p-3 * u) + (-0x1.ba1ba1b9fec84p-5 + 0x1.664f487713373p-6 * u) * u2
    let g1 = (-0x1.226e32f00cf0cp-7 + 0x1.d6d339333f329p-9 * u) + (-0x1.7d97cfd138c28p-10 + 0x1.34c5a8a996cd4p-11 * u) * u2
    let g2 = (-0x1.ec1091436eb2ap-13 + 0x1.64fd88e9900a5p-14 * u) + -0x1.59a834187ce22p-16 * u2
    let g = (g0 + g1 * u4) + g2 * u8
    let small = a + a * (u * g)

    // a ≥ 0.55: 1 − 2/(E + 2), E = e^{2a} − 1 = 2ᵏ expm1(r) + (2ᵏ − 1).
    let y = a + a
    // k = round(y / ln 2): adding 1.5·2⁵² rounds to an integer, which then sits in the low bits.
    let shifted = y * 0x1.71547652b82fep0 + 0x1.8p52
    let k = shifted - 0x1.8p52
    let r = (y - k * 0x1.62e42feep-1) - k * 0x1.a39ef35793c76p-33    // ln 2 as high + low parts
    let expm1r = expMinusOneNearZero(r)     // `Exponential.swift`
    // 2ᵏ from k's bits: 1023 + k in the exponent field (0 ≤ k ≤ 64 here; wrapping keeps a NaN harmless).
    let twoToK = unsafeBitCast((unsafeBitCast(shifted, to: SIMD8<Int64>.self) &+ 1023) &<< 52, to: SIMD8<Double>.self)
    let e = twoToK * expm1r + (twoToK - 1)
    let large = 1 - 2 / (e + 2)

    let t = laneSelect(small, where: a - 0.55, isNegativeElse: large)   // a < 0.55
    return unsafeBitCast(unsafeBitCast(t, to: SIMD8<Int64>.self) | (bits & signBit), to: SIMD8<Double>.self)
}

/// tanh x: one lane of ``deterministicTanh(_:)-(SIMD8<Double>)``, so the same bits.
func deterministicTanh(_ x: Double) -> Double {
    deterministicTanh(SIMD8(repeating: x))[0]
}

/// Replaces every number of a layer by its tanh, eight at a time.
func applyDeterministicTanh(_ z: UnsafeMutableBufferPointer<Double>) {
    inOctets(z) { deterministicTanh($0) }
}

/// Replaces every number of a layer of dual numbers by its tanh: ``deterministicTanh(_:)`` of
/// the values, eight at a time, and the chain rule with derivative 1 − tanh² (`Dual.tanh`'s formula).
func applyDeterministicTanh(_ z: UnsafeMutableBufferPointer<Dual<Double>>) {
    inOctets(z) { deterministicTanh($0) } derivative: { t, d in (1 - t * t) * d }
}
