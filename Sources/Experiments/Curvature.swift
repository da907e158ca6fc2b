// The local minima of a one-dimensional objective over any range (the catalogue lists only
// those of its suggested box). Eigenvalues and condition numbers of Hessians are in the
// core library (Descent/LinearAlgebra/Matrix+Eigenvalues.swift).

/// The local minimisers of a one-dimensional objective in `range`, in increasing order:
/// sign changes of f′ from − to + on a grid of `samples` intervals, each polished by
/// bisection on f′ (exact derivatives throughout).
///
/// ```swift
/// localMinima(of: .xCos(c: 0.15 * .pi), in: -20...20)   // ≈ [-13.66, -1.826, 7.269]
/// ```
///
/// A minimiser closer to another critical point than the grid spacing can be missed;
/// raise `samples` when the function wiggles faster than the grid.
public func localMinima(of f: Objective, in range: ClosedRange<Double>, samples: Int = 4000) -> [Double] {
    precondition(f.dimension == 1, "localMinima(of:in:) needs a one-dimensional objective; \(f.name) has dimension \(f.dimension)")
    precondition(samples >= 1, "localMinima(of:in:) needs at least one sample interval")
    let width = range.upperBound - range.lowerBound
    var minima: [Double] = []
    var left = range.lowerBound
    var slopeLeft = f.derivative(at: left)
    for k in 1...samples {
        let right = range.lowerBound + width * Double(k) / Double(samples)
        let slopeRight = f.derivative(at: right)
        if slopeLeft < 0 && slopeRight >= 0 {
            var (a, b) = (left, right)
            for _ in 0..<100 where b - a > 1e-14 * max(1, abs(a)) {
                let middle = (a + b) / 2
                if f.derivative(at: middle) < 0 { a = middle } else { b = middle }
            }
            minima.append((a + b) / 2)
        }
        left = right
        slopeLeft = slopeRight
    }
    return minima
}
