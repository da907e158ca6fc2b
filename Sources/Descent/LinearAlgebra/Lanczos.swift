/// The eigenvalues of the k × k tridiagonal matrix the Lanczos iteration
/// builds for a symmetric linear map A on ℝⁿ known only through its products
/// v ↦ A v (for instance a network's Hessian-vector products), smallest first.
///
/// These Ritz values approximate A's spectrum from the outside in: the
/// smallest and the largest converge first, typically to many digits within
/// a few dozen products, which is what a curvature measurement needs
/// (λ_min < 0 means a saddle; λ_max bounds the stable learning rate 2/λ_max).
/// The start vector is seeded; every new Lanczos vector is re-orthogonalised
/// against all earlier ones (twice), which keeps the iteration exact in
/// floating point at the cost of k vectors of memory. When k ≥ n, or the
/// Krylov space closes early, the values are A's eigenvalues.
///
/// ```swift
/// let A = Matrix([[2, 1], [1, 3]])
/// lanczosEigenvalues(dimension: 2, iterations: 2) { A * $0 }   // [1.382, 3.618]
/// ```
public func lanczosEigenvalues(dimension n: Int, iterations: Int = 40, seed: UInt64 = 1,
                               _ product: (Vector) -> Vector) -> [Double] {
    precondition(n >= 1 && iterations >= 1, "lanczosEigenvalues needs a dimension and iterations ≥ 1")
    let k = Swift.min(iterations, n)
    var random = Random(seed: seed)
    var q = random.normalVector(count: n)
    q = q / q.norm
    var basis: [Vector] = []
    var alphas: [Double] = [], betas: [Double] = []
    for j in 0..<k {
        basis.append(q)
        var w = product(q)
        let α = Vector.dot(w, q)
        alphas.append(α)
        w.add(-α, times: q)
        if j > 0 { w.add(-betas[j - 1], times: basis[j - 1]) }
        for _ in 0..<2 {
            for b in basis { w.add(-Vector.dot(w, b), times: b) }
        }
        let β = w.norm
        if j == k - 1 || β <= 1e-12 * Swift.max(1, Swift.abs(α)) { break }
        betas.append(β)
        q = w / β
    }
    var t = Matrix(zeros: alphas.count)
    for i in alphas.indices {
        t[i, i] = alphas[i]
        if i + 1 < alphas.count { t[i, i + 1] = betas[i]; t[i + 1, i] = betas[i] }
    }
    return t.symmetricEigenvalues
}
