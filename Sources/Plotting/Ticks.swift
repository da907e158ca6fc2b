#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tick on an axis: its value and its label.
public struct Tick: Sendable, Hashable {
    /// Data value.
    public var value: Double
    /// Text shown next to the tick.
    public var label: String
}

/// Nice tick positions (1-2-5 steps, decades on log axes) and their labels.
enum Ticks {
    /// The 1-2-5 step giving at most `maxCount` intervals over `span`.
    static func niceStep(span: Double, maxCount: Int) -> Double {
        let raw = span / Double(max(1, maxCount))
        guard raw.isFinite, raw > 0 else { return 1 }
        let e = floor(log10(raw))
        let base = pow(10, e)
        for m in [1.0, 2, 2.5, 5, 10] where m * base >= raw * (1 - 1e-9) {
            return m * base
        }
        return 10 * base
    }

    /// Linear ticks inside `range`, at most about `maxCount` of them.
    static func linear(_ range: ClosedRange<Double>, maxCount: Int) -> [Tick] {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { return [Tick(value: range.lowerBound, label: format(range.lowerBound, step: 1))] }
        let step = niceStep(span: span, maxCount: maxCount)
        let first = (range.lowerBound / step - 1e-9).rounded(.up)
        let last = (range.upperBound / step + 1e-9).rounded(.down)
        guard last >= first, last - first < 1000 else { return [] }
        var ticks: [Tick] = []
        var k = first
        // A narrow window far from zero (1e9 ± 1e-3) would give identical labels:
        // label the first tick in full and the others as offsets from it.
        let magnitude = max(abs(range.lowerBound), abs(range.upperBound))
        let offsets = step < magnitude * 1e-5
        while k <= last {
            var v = k * step
            if abs(v) < step * 1e-9 { v = 0 }
            let label: String
            if offsets, let base = ticks.first?.value {
                label = "+" + format(v - base, step: step)
            } else {
                label = format(v, step: step)
            }
            ticks.append(Tick(value: v, label: label))
            k += 1
        }
        return ticks
    }

    /// Log ticks: decades (thinned to `maxCount`), or 1-2-5 within a decade when the range is narrow.
    static func log(_ range: ClosedRange<Double>, maxCount: Int) -> [Tick] {
        guard range.lowerBound > 0 else { return linear(range, maxCount: maxCount) }
        let lo = log10(range.lowerBound), hi = log10(range.upperBound)
        let firstDecade = Int((lo - 1e-9).rounded(.up)), lastDecade = Int((hi + 1e-9).rounded(.down))
        let decades = lastDecade - firstDecade + 1
        if decades >= 2 {
            let every = max(1, Int((Double(decades) / Double(max(1, maxCount))).rounded(.up)))
            return stride(from: firstDecade, through: lastDecade, by: 1)
                .filter { ($0 - firstDecade) % every == 0 }
                .map { Tick(value: pow(10, Double($0)), label: decadeLabel($0)) }
        }
        // Narrow range: 1, 2, 5 multiples of each decade touched.
        var ticks: [Tick] = []
        for d in Int(lo.rounded(.down))...Int(hi.rounded(.up)) {
            for m in [1.0, 2, 5] {
                let v = m * pow(10, Double(d))
                if v >= range.lowerBound * (1 - 1e-9), v <= range.upperBound * (1 + 1e-9) {
                    ticks.append(Tick(value: v, label: format(v, step: v / 10)))
                }
            }
        }
        return ticks.count >= 2 && ticks.count <= maxCount + 1 ? ticks : linear(range, maxCount: maxCount)
    }

    static func ticks(_ range: ClosedRange<Double>, scale: AxisScale, maxCount: Int) -> [Tick] {
        scale == .log ? log(range, maxCount: maxCount) : linear(range, maxCount: maxCount)
    }

    /// "10ⁿ" with Unicode superscripts.
    static func decadeLabel(_ n: Int) -> String {
        if n == 0 { return "1" }
        if n == 1 { return "10" }
        return "10" + superscript(n)
    }

    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var s = String(n.magnitude).map { digits[Int(String($0))!] }
        if n < 0 { s.insert("⁻", at: 0) }
        return String(s)
    }

    /// Formats `v` for ticks spaced by `step`: plain decimals in a human range,
    /// otherwise mantissa × 10ⁿ. Uses the typographic minus sign.
    static func format(_ v: Double, step: Double) -> String {
        if v == 0 { return "0" }
        guard v.isFinite else { return v.isNaN ? "NaN" : (v > 0 ? "∞" : "−∞") }
        let mag = abs(v)
        let neg = v < 0
        let stepExp = Int(floor(log10(abs(step)) + 1e-9))
        if mag >= 1e-4, mag < 1e6, stepExp >= -6 {
            let decimals = max(0, -stepExp + (isHalfStep(step) ? 1 : 0))
            return (neg ? "−" : "") + fixed(mag, decimals: decimals)
        }
        var e = Int(floor(log10(mag)))
        var m = mag / pow(10, Double(e))
        if m >= 9.9999999 { m /= 10; e += 1 }
        let mDecimals = max(0, min(14, e - stepExp + (isHalfStep(step) ? 1 : 0)))
        var ms = fixed(m, decimals: mDecimals)
        if ms.contains(".") {
            while ms.hasSuffix("0") { ms.removeLast() }
            if ms.hasSuffix(".") { ms.removeLast() }
        }
        let body = ms == "1" ? "10" + superscript(e) : ms + "×10" + superscript(e)
        return (neg ? "−" : "") + body
    }

    private static func isHalfStep(_ step: Double) -> Bool {
        let m = step / pow(10, floor(log10(step) + 1e-9))
        return abs(m - 2.5) < 1e-6
    }

    /// Fixed-point formatting without Foundation, rounding half away from zero.
    static func fixed(_ x: Double, decimals: Int) -> String {
        let d = min(decimals, 15)
        let scale = pow(10, Double(d))
        let scaled = (x * scale).rounded()
        guard scaled < 9e15 else { return String(x) }
        let n = UInt64(scaled)
        if d == 0 { return String(n) }
        var digits = String(n)
        if digits.count <= d { digits = String(repeating: "0", count: d - digits.count + 1) + digits }
        let cut = digits.index(digits.endIndex, offsetBy: -d)
        return digits[..<cut] + "." + digits[cut...]
    }
}
