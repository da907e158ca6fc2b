// eˣ and ln x for the network's softmax, written out in Swift for the same reasons as its tanh
// (`Tanh.swift`): glibc's exp and log are FMA builds chosen at run time, so their last bits
// depend on the CPU; these use only +, −, ×, ÷ and bit operations of IEEE doubles and give the
// same bits everywhere. With them and the tanh, a network pass uses no C library function at
// all. The exponential has no branches and runs on eight numbers at a time, like the tanh;
// the logarithm is taken once per example and stays scalar.
//
// Accuracy, measured against 160-bit mpmath on 20,000 points (ExponentialTests holds reference
// values): eˣ within 0.93 ulp (subnormal results correctly rounded), ln x within 0.74 ulp.
// Speed: about the same as glibc's for the softmax's ten logits (two octets of lanes).
//
// eˣ: x = k ln 2 + r with |r| ≤ ln 2 / 2 (Cody and Waite's two-part ln 2), eʳ = 1 + expm1(r) with
// expm1's Taylor series to r¹³ in Estrin's scheme (the tanh's polynomial), and eˣ = eʳ·2^⌊k/2⌋·2^⌈k/2⌉,
// two factors so that every power of two stays a normal number while the result may be
// subnormal (one rounding only: the first product is exact). x is clamped to [−746, 710], where
// eˣ is 0 and ∞ after rounding; a NaN is given back as it is.
//
// ln x (fdlibm's method): x = 2ᵏ m with m in [√½, √2), f = m − 1, s = f/(2 + f), and
// ln m = f − s(f − R) written as f − (f²/2 − s(f²/2 + R)), where R = 2s²/3 + 2s⁴/5 + … + 2s²²/23
// (Taylor coefficients; s² ≤ 0.0295, so the tail is below 10⁻¹⁸ of the result).

/// expm1(r) = r + r²(1/2! + r/3! + … + r¹¹/13!) for |r| ≤ ln 2 / 2, in Estrin's scheme.
@inline(__always)
func expMinusOneNearZero(_ r: SIMD8<Double>) -> SIMD8<Double> {
    let r2 = r * r, r4 = r2 * r2, r8 = r4 * r4
    let h0 = (0.5 + 0.16666666666666666 * r) + (0.041666666666666664 + 0.008333333333333333 * r) * r2
    let h1 = (0.001388888888888889 + 0.0001984126984126984 * r) + (2.48015873015873e-05 + 2.7557319223985893e-06 * r) * r2
    let h2 = (2.755731922398589e-07 + 2.505210838544172e-08 * r) + (2.08767569878681e-09 + 1.6059043836821613e-10 * r) * r2
    return r + r2 * ((h0 + h1 * r4) + h2 * r8)
}

/// eˣ of eight numbers at once (see the comment above).
@inline(__always)
func deterministicExp(_ x: SIMD8<Double>) -> SIMD8<Double> {
    let bits = unsafeBitCast(x, to: SIMD8<Int64>.self)
    // All ones where x is a NaN: its magnitude's bits exceed those of ∞.
    let isNaN = (SIMD8<Int64>(repeating: 0x7FF0_0000_0000_0000) &- (bits & .init(repeating: .max))) &>> 63
    let low = laneSelect(-746, where: x + 746, isNegativeElse: x)
    let c = laneSelect(710, where: 710 - low, isNegativeElse: low)
    // k = round(c / ln 2): adding 1.5·2⁵² rounds to an integer, which then sits in the low bits.
    let shifted = c * 0x1.71547652b82fep0 + 0x1.8p52
    let kf = shifted - 0x1.8p52
    let k = unsafeBitCast(shifted, to: SIMD8<Int64>.self) &- unsafeBitCast(SIMD8<Double>(repeating: 0x1.8p52), to: SIMD8<Int64>.self)
    let r = (c - kf * 0x1.62e42feep-1) - kf * 0x1.a39ef35793c76p-33    // ln 2 as high + low parts
    let k1 = k &>> 1, k2 = k &- k1
    let scale1 = unsafeBitCast((k1 &+ 1023) &<< 52, to: SIMD8<Double>.self)
    let scale2 = unsafeBitCast((k2 &+ 1023) &<< 52, to: SIMD8<Double>.self)
    let e = ((1 + expMinusOneNearZero(r)) * scale1) * scale2
    return unsafeBitCast((unsafeBitCast(e, to: SIMD8<Int64>.self) & ~isNaN) | (bits & isNaN), to: SIMD8<Double>.self)
}

/// eˣ: one lane of ``deterministicExp(_:)-(SIMD8<Double>)``, so the same bits.
func deterministicExp(_ x: Double) -> Double {
    deterministicExp(SIMD8(repeating: x))[0]
}

/// Replaces every number of `z` by its exponential, eight at a time.
func applyDeterministicExp(_ z: UnsafeMutableBufferPointer<Double>) {
    inOctets(z) { deterministicExp($0) }
}

/// Replaces every dual number of `z` by its exponential: ``deterministicExp(_:)`` of the
/// values, eight at a time, and derivative eˣ·x′ (`Dual.exp`'s formula).
func applyDeterministicExp(_ z: UnsafeMutableBufferPointer<Dual<Double>>) {
    inOctets(z) { deterministicExp($0) } derivative: { e, d in e * d }
}

/// ln x (see the comment above): −∞ at ±0, NaN below 0, ∞ at ∞, a NaN given back.
func deterministicLog(_ x: Double) -> Double {
    guard x > 0, x < .infinity else { return x == 0 ? -.infinity : x < 0 ? .nan : x }
    var m = x, k = 0
    if m < .leastNormalMagnitude {   // subnormal: scale into the normal range first (exact)
        m *= 0x1p54
        k = -54
    }
    k += Int(m.exponentBitPattern) - 1023
    m = Double(sign: .plus, exponentBitPattern: 1023, significandBitPattern: m.significandBitPattern)   // [1, 2)
    if m > 0x1.6a09e667f3bcdp0 {     // above √2: halve (exact), so m is in [√½, √2)
        m *= 0.5
        k += 1
    }
    let f = m - 1                    // exact
    let s = f / (2 + f), z = s * s
    var R = 2.0 / 23
    R = 2.0 / 21 + z * R
    R = 2.0 / 19 + z * R
    R = 2.0 / 17 + z * R
    R = 2.0 / 15 + z * R
    R = 2.0 / 13 + z * R
    R = 2.0 / 11 + z * R
    R = 2.0 / 9 + z * R
    R = 2.0 / 7 + z * R
    R = 2.0 / 5 + z * R
    R = 2.0 / 3 + z * R
    R *= z
    let halfSquare = 0.5 * f * f
    let dk = Double(k)
    return dk * 0x1.62e42feep-1 - ((halfSquare - (s * (halfSquare + R) + dk * 0x1.a39ef35793c76p-33)) - f)
}

/// Per lane, `ifNegative` where `test` has its sign bit set, `otherwise` elsewhere. Written with
/// bit masks because `SIMD8`'s comparisons and `replacing(with:where:)` compile to a loop over
/// the lanes through memory (measured: it doubled the cost of the tanh).
@inline(__always)
func laneSelect(_ ifNegative: SIMD8<Double>, where test: SIMD8<Double>, isNegativeElse otherwise: SIMD8<Double>) -> SIMD8<Double> {
    let mask = unsafeBitCast(test, to: SIMD8<Int64>.self) &>> 63     // all ones where the sign bit is set
    let chosen = (unsafeBitCast(ifNegative, to: SIMD8<Int64>.self) & mask) | (unsafeBitCast(otherwise, to: SIMD8<Int64>.self) & ~mask)
    return unsafeBitCast(chosen, to: SIMD8<Double>.self)
}

/// The same with one number for every lane.
@inline(__always)
func laneSelect(_ ifNegative: Double, where test: SIMD8<Double>, isNegativeElse otherwise: SIMD8<Double>) -> SIMD8<Double> {
    laneSelect(SIMD8(repeating: ifNegative), where: test, isNegativeElse: otherwise)
}

/// Replaces every number of `z` by f of it, eight lanes at a time; the last octet is filled
/// up with zeros (a lane's result does not depend on the other lanes, so each number gets the
/// bits of the scalar function, and a layer of 10 costs two octets, not one and two scalars
/// — a "scalar" call computes all eight lanes).
@inline(__always)
func inOctets(_ z: UnsafeMutableBufferPointer<Double>, _ f: (SIMD8<Double>) -> SIMD8<Double>) {
    var j = 0
    while j + 8 <= z.count {
        let y = f(SIMD8(z[j], z[j + 1], z[j + 2], z[j + 3], z[j + 4], z[j + 5], z[j + 6], z[j + 7]))
        for lane in 0..<8 { z[j + lane] = y[lane] }
        j += 8
    }
    guard j < z.count else { return }
    var x = SIMD8<Double>()
    withUnsafeMutableBytes(of: &x) { x in for lane in 0..<(z.count - j) { x.storeBytes(of: z[j + lane], toByteOffset: 8 * lane, as: Double.self) } }
    let y = f(x)
    withUnsafeBytes(of: y) { y in for lane in 0..<(z.count - j) { z[j + lane] = y.load(fromByteOffset: 8 * lane, as: Double.self) } }
}

/// The same for dual numbers: f of the values, and the derivative from f's value and the
/// argument's derivative (the chain rule of the function).
@inline(__always)
func inOctets(_ z: UnsafeMutableBufferPointer<Dual<Double>>, _ f: (SIMD8<Double>) -> SIMD8<Double>,
              derivative: (_ fx: Double, _ dx: Double) -> Double) {
    var j = 0
    while j + 8 <= z.count {
        // Eight scalars into the initialiser: setting lanes one by one went through memory.
        let y = f(SIMD8(z[j].value, z[j + 1].value, z[j + 2].value, z[j + 3].value,
                        z[j + 4].value, z[j + 5].value, z[j + 6].value, z[j + 7].value))
        for lane in 0..<8 { z[j + lane] = Dual(y[lane], derivative: derivative(y[lane], z[j + lane].derivative)) }
        j += 8
    }
    guard j < z.count else { return }
    var x = SIMD8<Double>()
    withUnsafeMutableBytes(of: &x) { x in for lane in 0..<(z.count - j) { x.storeBytes(of: z[j + lane].value, toByteOffset: 8 * lane, as: Double.self) } }
    let y = f(x)
    withUnsafeBytes(of: y) { y in
        for lane in 0..<(z.count - j) {
            let fx = y.load(fromByteOffset: 8 * lane, as: Double.self)
            z[j + lane] = Dual(fx, derivative: derivative(fx, z[j + lane].derivative))
        }
    }
}
