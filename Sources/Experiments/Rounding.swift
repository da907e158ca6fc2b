#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `x` rounded to a number of significant digits, for printing results in a chapter:
/// `print(significant(7.269388))` prints `7.269`.
///
/// ```swift
/// significant(0.000123456, digits: 2)   // 0.00012
/// significant(-6.978140831)             // -6.978
/// ```
///
/// Zero, infinities and NaN are returned unchanged.
public func significant(_ x: Double, digits: Int = 4) -> Double {
    precondition(digits >= 1, "significant(_:digits:) needs at least one digit")
    guard x.isFinite, x != 0 else { return x }
    let exponent = Int(floor(log10(Swift.abs(x))))
    let shift = digits - 1 - exponent
    // Scale by an exact power of ten in the direction that keeps the quotient exact-ish.
    if shift >= 0 {
        let scale = pow(10, Double(shift))
        guard scale.isFinite else { return x }
        return (x * scale).rounded() / scale
    } else {
        let scale = pow(10, Double(-shift))
        return (x / scale).rounded() * scale
    }
}
