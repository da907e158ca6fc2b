/// Samples of a function of two variables on a regular grid over a box.
public struct Grid: Sendable, Hashable {
    /// Horizontal extent of the box.
    public let x: ClosedRange<Double>
    /// Vertical extent of the box.
    public let y: ClosedRange<Double>
    /// Number of samples along x (≥ 2).
    public let columns: Int
    /// Number of samples along y (≥ 2).
    public let rows: Int
    /// Row-major samples: `values[row * columns + column]`, row 0 at `y.lowerBound`.
    public let values: [Double]

    /// Samples `function` at `resolution` × `resolution` points (clamped to 2…2000)
    /// covering the box, edges included. Non-finite results leave gaps.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int = 150,
                function: (Double, Double) -> Double) {
        let n = min(max(resolution, 2), 2000)
        self.x = x
        self.y = y
        columns = n
        rows = n
        var v = [Double](repeating: .nan, count: n * n)
        let dx = (x.upperBound - x.lowerBound) / Double(n - 1)
        let dy = (y.upperBound - y.lowerBound) / Double(n - 1)
        for j in 0..<n {
            let py = j == n - 1 ? y.upperBound : y.lowerBound + Double(j) * dy
            for i in 0..<n {
                let px = i == n - 1 ? x.upperBound : x.lowerBound + Double(i) * dx
                v[j * n + i] = function(px, py)
            }
        }
        values = v
    }

    /// A grid from precomputed rows (`rows[j][i]` at the j-th y and i-th x sample).
    /// Ragged rows are padded with NaN; fewer than 2 samples a side are padded too.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, rows data: [[Double]]) {
        let cols = max(2, data.map(\.count).max() ?? 0)
        let rowCount = max(2, data.count)
        var v = [Double](repeating: .nan, count: cols * rowCount)
        for (j, row) in data.enumerated() {
            for (i, value) in row.enumerated() { v[j * cols + i] = value }
        }
        self.x = x
        self.y = y
        columns = cols
        rows = rowCount
        values = v
    }

    /// The sample at column `i`, row `j`.
    public subscript(i: Int, j: Int) -> Double { values[j * columns + i] }

    /// Data coordinates of a (fractional) grid position.
    public func dataPoint(column: Double, row: Double) -> Point {
        Point(x.lowerBound + column / Double(columns - 1) * (x.upperBound - x.lowerBound),
              y.lowerBound + row / Double(rows - 1) * (y.upperBound - y.lowerBound))
    }

    /// The finite samples' smallest and largest values, or nil when none is finite.
    public var valueRange: ClosedRange<Double>? {
        var lo = Double.infinity, hi = -Double.infinity
        for v in values where v.isFinite {
            lo = min(lo, v)
            hi = max(hi, v)
        }
        return lo <= hi ? lo...hi : nil
    }
}
