#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How data values map to positions along an axis.
public enum AxisScale: Sendable, Hashable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10); non-positive values are left out.
    case log
}

/// Maps one data coordinate to pixels. The y-flip lives here and only here:
/// a vertical scale is built with `pixels` running from bottom to top.
struct AxisMapping: Sendable {
    var scale: AxisScale
    var domain: ClosedRange<Double>
    /// Pixel positions of `domain.lowerBound` and `domain.upperBound`.
    var pixelStart: Double
    var pixelEnd: Double

    private var t0: Double { transform(domain.lowerBound) }
    private var t1: Double { transform(domain.upperBound) }

    func transform(_ v: Double) -> Double {
        switch scale {
        case .linear: return v
        case .log: return v > 0 ? log10(v) : .nan
        }
    }

    func inverseTransform(_ t: Double) -> Double {
        switch scale {
        case .linear: return t
        case .log: return pow(10, t)
        }
    }

    /// Pixel position of data value `v` (NaN when unrepresentable, e.g. ≤ 0 on a log axis).
    func pixel(_ v: Double) -> Double {
        let a = t0, b = t1
        let span = b - a
        guard span != 0 else { return (pixelStart + pixelEnd) / 2 }
        return pixelStart + (transform(v) - a) / span * (pixelEnd - pixelStart)
    }

    /// Data value at pixel position `p`.
    func value(atPixel p: Double) -> Double {
        let a = t0, b = t1
        return inverseTransform(a + (p - pixelStart) / (pixelEnd - pixelStart) * (b - a))
    }
}
