// Curvature facts: the eigenvalues and condition number of a symmetric matrix (a Hessian).

extension Matrix {
    /// The eigenvalues of a symmetric matrix, smallest first.
    ///
    /// Up to 32 × 32 (every Hessian of a 2-D objective or a regression) they come from cyclic
    /// Jacobi rotations, exact to rounding and relatively accurate even for eigenvalues many
    /// orders of magnitude below the largest. Beyond that (a network's whole Hessian) Jacobi's
    /// sweeps cost seconds, and they come from ``tridiagonalEigenvalues`` instead: milliseconds,
    /// accurate to about 10⁻¹⁵ of the largest eigenvalue's size.
    ///
    /// ```swift
    /// Objective.ravine.hessian(at: [1, 1]).symmetricEigenvalues   // [0.2, 4]
    /// ```
    ///
    /// Only the upper triangle is read; the matrix is taken to be symmetric, as a Hessian is.
    public var symmetricEigenvalues: [Double] {
        count <= Self.jacobiLimit ? jacobiEigenvalues : tridiagonalEigenvalues
    }

    /// The largest size whose eigenvalues ``symmetricEigenvalues`` finds by Jacobi rotations.
    static let jacobiLimit = 32

    /// The eigenvalues by cyclic Jacobi rotations, smallest first.
    var jacobiEigenvalues: [Double] {
        let n = count
        var a = self
        for i in 0..<n { for j in 0..<i { a[i, j] = a[j, i] } }
        for _ in 0..<100 {
            var offDiagonal = 0.0
            for i in 0..<n { for j in (i + 1)..<Swift.max(n, i + 1) { offDiagonal += a[i, j] * a[i, j] } }
            var diagonal = 0.0
            for i in 0..<n { diagonal += a[i, i] * a[i, i] }
            if offDiagonal <= 1e-30 * Swift.max(diagonal, .leastNormalMagnitude) { break }
            for p in 0..<n {
                for q in (p + 1)..<Swift.max(n, p + 1) where a[p, q] != 0 {
                    // The rotation in the (p, q) plane that zeroes a[p, q].
                    let theta = (a[q, q] - a[p, p]) / (2 * a[p, q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (Swift.abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = a[k, p], akq = a[k, q]
                        a[k, p] = c * akp - s * akq
                        a[k, q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p, k], aqk = a[q, k]
                        a[p, k] = c * apk - s * aqk
                        a[q, k] = s * apk + c * aqk
                    }
                }
            }
        }
        return (0..<n).map { a[$0, $0] }.sorted()
    }

    /// The condition number of a symmetric matrix, the largest eigenvalue magnitude over
    /// the smallest: λ_max/λ_min for a positive-definite Hessian; infinite when singular.
    ///
    /// ```swift
    /// Objective.ravine.hessian(at: [0, 0]).conditionNumber   // 20
    /// ```
    public var conditionNumber: Double {
        let magnitudes = symmetricEigenvalues.map { Swift.abs($0) }
        guard let largest = magnitudes.max(), let smallest = magnitudes.min() else { return .nan }
        return smallest == 0 ? .infinity : largest / smallest
    }
}
