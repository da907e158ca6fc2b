#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a contour chooses its isoline values.
public enum ContourLevels: Sendable, Hashable {
    /// About `count` levels: linear with nice steps, or log-spaced above the minimum when the
    /// values are strongly skewed towards the minimum (ill-conditioned functions such as Rosenbrock).
    case automatic(count: Int = 12)
    /// About `count` evenly spaced levels at nice values.
    case linear(count: Int)
    /// `count` levels whose distance above the minimum grows geometrically.
    case logarithmic(count: Int)
    /// Exactly these values.
    case values([Double])

    /// The level values for `grid` (empty for a constant or empty grid), ascending.
    public func resolve(for grid: Grid) -> [Double] {
        guard let range = grid.valueRange, range.upperBound > range.lowerBound else {
            if case .values(let v) = self { return v.filter(\.isFinite).sorted() }
            return []
        }
        switch self {
        case .values(let v): return Array(Set(v.filter(\.isFinite))).sorted()
        case .linear(let n): return Self.linear(range, count: n)
        case .logarithmic(let n): return Self.logarithmic(range, count: n, sorted: Self.sortedFinite(grid))
        case .automatic(let n):
            let sorted = Self.sortedFinite(grid)
            return Self.isSkewed(sorted, range) ? Self.logarithmic(range, count: n, sorted: sorted)
                : Self.linear(range, count: n)
        }
    }

    /// Nice multiples strictly inside the range.
    static func linear(_ r: ClosedRange<Double>, count: Int) -> [Double] {
        let n = min(max(count, 1), 200)
        var step = Ticks.niceStep(span: r.upperBound - r.lowerBound, maxCount: n + 1)
        var levels: [Double] = []
        for _ in 0..<3 {
            levels = []
            var k = (r.lowerBound / step).rounded(.down) + 1
            while k * step < r.upperBound, levels.count <= 400 {
                levels.append(k * step)
                k += 1
            }
            // A nice step can halve the count; refine once if far below the request.
            if levels.count * 2 > n { break }
            step /= 2
        }
        return levels
    }

    /// The grid's finite values, ascending (sorted once per contour, read by both rules below).
    static func sortedFinite(_ grid: Grid) -> [Double] { grid.values.filter(\.isFinite).sorted() }

    /// lo + d with d geometric from a low quantile's offset to the span.
    static func logarithmic(_ r: ClosedRange<Double>, count: Int, sorted finite: [Double]) -> [Double] {
        let n = min(max(count, 1), 200)
        let span = r.upperBound - r.lowerBound
        let q = finite[min(finite.count - 1, finite.count / 200)] - r.lowerBound
        let dMin = max(q, span * 1e-6), dMax = span * 0.95
        guard dMax > dMin, n > 1 else { return [r.lowerBound + span / 2] }
        let a = log(dMin), b = log(dMax)
        return (0..<n).map { r.lowerBound + exp(a + (b - a) * Double($0) / Double(n - 1)) }
    }

    /// True when the median lies in the bottom 10% of the range: linear levels would
    /// crowd at the top and leave the interesting valley empty.
    static func isSkewed(_ finite: [Double], _ r: ClosedRange<Double>) -> Bool {
        guard !finite.isEmpty else { return false }
        let median = finite[finite.count / 2]
        return (median - r.lowerBound) / (r.upperBound - r.lowerBound) < 0.1
    }
}
