#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Derives the data ranges a plot shows from its marks and overrides, and makes
/// degenerate ranges (empty, zero-width, non-positive on log) drawable.
enum Domain {
    static func ranges(of figure: Figure) throws -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let domainMarks = figure.marks.filter(\.definesDomain)
        let source = domainMarks.isEmpty ? figure.marks : domainMarks
        let bounds = source.compactMap(\.bounds).reduce(nil as DataBounds?) { $0?.union($1) ?? $1 }
        let pad = domainMarks.isEmpty ? 0.04 : 0
        let x = try resolve(figure.xRange, data: bounds?.x, scale: figure.xScale, pad: pad, axis: "x")
        let y = try resolve(figure.yRange, data: bounds?.y, scale: figure.yScale, pad: pad, axis: "y")
        return (x, y)
    }

    static func resolve(_ explicit: ClosedRange<Double>?, data: ClosedRange<Double>?, scale: AxisScale,
                        pad: Double, axis: String) throws -> ClosedRange<Double> {
        if let r = explicit {
            guard r.lowerBound.isFinite, r.upperBound.isFinite else {
                throw PlottingError.invalidRange(axis: axis, detail: "\(r) is not finite; give finite bounds")
            }
            if scale == .log, r.lowerBound <= 0 {
                throw PlottingError.invalidRange(
                    axis: axis, detail: "\(r) includes values ≤ 0 on a log axis; use a positive lower bound")
            }
            return try widen(r, scale: scale, axis: axis)
        }
        guard var r = data, r.lowerBound.isFinite, r.upperBound.isFinite else {
            return scale == .log ? 1...10 : 0...1
        }
        if scale == .log {
            if r.upperBound <= 0 { return 1...10 }
            if r.lowerBound <= 0 { r = r.upperBound * 1e-6...r.upperBound }
            let lo = log10(r.lowerBound), hi = log10(r.upperBound)
            let d = (hi - lo) * pad
            r = pow(10, lo - d)...pow(10, hi + d)
        } else {
            let d = (r.upperBound - r.lowerBound) * pad
            if d.isFinite { r = (r.lowerBound - d)...(r.upperBound + d) }
        }
        return try widen(r, scale: scale, axis: axis)
    }

    /// Zero-width (or numerically zero-width) ranges get a small symmetric margin.
    static func widen(_ r: ClosedRange<Double>, scale: AxisScale, axis: String) throws -> ClosedRange<Double> {
        let lo = r.lowerBound, hi = r.upperBound
        guard (hi - lo).isFinite, lo > -1e300, hi < 1e300 else {
            throw PlottingError.invalidRange(
                axis: axis, detail: "\(lo)…\(hi) is too wide to draw; limit it to ±1e300 or use a log axis")
        }
        if scale == .log {
            if hi / lo < 1 + 1e-9 { return lo / 2...hi * 2 }
            return r
        }
        let magnitude = max(abs(lo), abs(hi))
        if hi - lo <= magnitude * 1e-12 || hi - lo < Double.leastNormalMagnitude * 1e6 {
            let d = magnitude == 0 ? 1 : magnitude * 0.05
            return (lo - d)...(hi + d)
        }
        return r
    }
}
