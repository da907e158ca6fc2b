/// A least-squares loss written exactly as its second-order expansion around a
/// centre c near the minimiser:
/// $$f(\mathbf{w}) = f(\mathbf{c}) + \nabla f(\mathbf{c})^\top \mathbf{e} + \tfrac12\,\mathbf{e}^\top H \mathbf{e},
///   \qquad \nabla f(\mathbf{w}) = \nabla f(\mathbf{c}) + H\mathbf{e}, \qquad \mathbf{e} = \mathbf{w} - \mathbf{c},$$
/// with H = XᵀX/n. For a quadratic this is an identity for any centre, so the
/// value and the gradient cost O(d²) instead of a pass over all n examples.
///
/// Precision. The centre is the solution of the normal equations, and f(c) and
/// ∇f(c) are the residual sums at c, so the expansion is the *excess-loss*
/// form: no large terms cancel (never ½wᵀHw − bᵀw + c). It is more accurate
/// than the residual sum where the two differ, but it is used only where they
/// agree to the digits a chapter prints: where the excess over f(c) is at least
/// 10⁻⁶ of f(w) (a residual sum's rounding, ~√n·ε·f, is then 10⁻⁸ of the excess)
/// and f(w) is at least 10⁻⁶ of the rounding scale mean‖xᵢ‖²‖w‖² + mean yᵢ².
/// Near the minimum — where a residual sum is dominated by rounding, as in a
/// figure of f − f* reaching the limit of double precision — ``LeastSquares``
/// sums the residuals, so those values stay exactly what they were
/// (see ``applies(_:at:)``).
///
/// Runs record f and ‖∇f‖ at every step: on 442 examples with 10 features this
/// is the difference between ~9,000 and ~200 multiply–adds per recorded step.
struct QuadraticExpansion: Sendable {
    /// d.
    let dimension: Int
    /// The centre c (the minimiser from the normal equations).
    let center: [Double]
    /// f(c), summed over the residuals.
    let valueAtCenter: Double
    /// ∇f(c), summed over the residuals (≈ 0, but kept: the identity is then exact for any c).
    let gradientAtCenter: [Double]
    /// H = XᵀX/n, row-major, d × d.
    let hessian: [Double]
    /// mean ‖xᵢ‖² and mean yᵢ²: the scale of the rounding in a residual sum at w.
    let meanSquaredInputNorm: Double
    let meanSquaredTarget: Double

    /// The expansion is used only where it is much cheaper than a pass over the
    /// data (n ≥ 4d) and cheap to build (d ≤ 64: building costs about d passes).
    static func isWorthBuilding(examples n: Int, features d: Int) -> Bool {
        d <= 64 && 4 * d <= n
    }

    /// Builds the expansion from the problem's own residual sums; nil when the
    /// normal equations give no finite centre whose gradient is small (a singular
    /// XᵀX): then the caller keeps summing residuals.
    init?(center: Vector, hessian h: Matrix, value: Double, gradient: Vector, inputs: [Vector], targets: [Double]) {
        let d = center.count
        guard center.isFinite, value.isFinite, gradient.isFinite else { return nil }
        var entries = [Double](repeating: 0, count: d * d)
        var hessianNorm = 0.0
        for j in 0..<d {
            for k in 0..<d {
                entries[j * d + k] = h[j, k]
                hessianNorm += h[j, k] * h[j, k]
            }
        }
        var inputNorms = 0.0, targetSquares = 0.0
        for (x, y) in zip(inputs, targets) {
            inputNorms += Vector.dot(x, x)
            targetSquares += y * y
        }
        let n = Double(inputs.count)
        // ∇f(c) = Hc − Xᵀy/n is rounding-sized when c solved the normal equations;
        // a large one means XᵀX was (nearly) singular and the solve is not to be trusted.
        let scale = hessianNorm.squareRoot() * center.norm + (targetSquares / n).squareRoot() * (inputNorms / n).squareRoot()
        guard gradient.norm <= 1e-6 * scale else { return nil }
        self.dimension = d
        self.center = center.coordinates
        self.valueAtCenter = value
        self.gradientAtCenter = gradient.coordinates
        self.hessian = entries
        self.meanSquaredInputNorm = inputNorms / n
        self.meanSquaredTarget = targetSquares / n
    }

    /// f(w) and its excess over f(c) and, when `gradient` is true, ∇f(w), all from the expansion.
    func evaluate(at w: Vector, gradient: Bool) -> (value: Double, excess: Double, gradient: Vector?) {
        let d = dimension
        var e = [Double](repeating: 0, count: d)
        var he = [Double](repeating: 0, count: d)
        var value = valueAtCenter
        w.withCoordinates { w in
            center.withUnsafeBufferPointer { c in
                for j in 0..<d { e[j] = w[j] - c[j] }
            }
        }
        hessian.withUnsafeBufferPointer { h in
            for j in 0..<d {
                var sum = 0.0
                for k in 0..<d { sum += h[j * d + k] * e[k] }
                he[j] = sum
            }
        }
        var linear = 0.0, quadratic = 0.0
        for j in 0..<d {
            linear += gradientAtCenter[j] * e[j]
            quadratic += e[j] * he[j]
        }
        let excess = linear + 0.5 * quadratic
        value += excess
        guard gradient else { return (value, excess, nil) }
        return (value, excess, Vector(count: d) { j in gradientAtCenter[j] + he[j] })
    }

    /// Whether the expansion's f(w) (from ``evaluate(at:gradient:)``) agrees with a residual
    /// sum at w to far more digits than are printed: finite, its excess over f(c) at least
    /// 10⁻⁶ of f(w), and f(w) at least 10⁻⁶ · (mean‖xᵢ‖²·‖w‖² + mean yᵢ²). Otherwise —
    /// near the minimum, or at a non-finite w — the caller sums the residuals.
    func applies(_ expanded: (value: Double, excess: Double, gradient: Vector?), at w: Vector) -> Bool {
        guard expanded.value.isFinite, expanded.excess >= 1e-6 * expanded.value else { return false }
        let scale = meanSquaredInputNorm * Vector.dot(w, w) + meanSquaredTarget
        return expanded.value >= 1e-6 * scale
    }
}
