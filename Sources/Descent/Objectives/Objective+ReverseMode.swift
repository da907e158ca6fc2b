/// Objectives in many dimensions whose closure is differentiated in reverse mode.
extension Objective {
    /// An objective in n dimensions from a closure over ``ReverseDual`` numbers,
    /// differentiated in reverse mode: the gradient costs one recorded evaluation and
    /// one backward sweep whatever n is, instead of the ⌈n/2⌉ evaluations of the
    /// ``HyperDual`` closure of ``init(_:latex:name:dimension:minima:saddlePoints:box:_:)``;
    /// the Hessian costs n (one per column, forward over reverse) instead of n(n+1)/2.
    /// The closure reads the same: `x[i]`, literals, `+ − × ÷`, `exp`, `sin`, `pow`, ….
    ///
    /// ```swift
    /// let n = 50
    /// let f = Objective.reverseMode("Σ (i+1) xᵢ²", dimension: n) { x in
    ///     var sum = x[0] * x[0]
    ///     for i in 1..<n { sum = sum + Double(i + 1) * x[i] * x[i] }
    ///     return sum
    /// }
    /// ```
    ///
    /// Which to use: below about 8 dimensions the forward-mode closure is as fast or
    /// faster (1-D and 2-D: one evaluation gives the whole gradient); above, reverse mode
    /// wins by a factor that grows with n (`OptimizerBenchmark closure` measures both).
    /// The value is one evaluation on constants, which records nothing.
    public static func reverseMode(
        _ formula: String, latex: String? = nil, name: String? = nil, dimension: Int,
        minima: [Vector] = [], saddlePoints: [Vector] = [], box: [ClosedRange<Double>]? = nil,
        _ f: @escaping @Sendable (Variables<ReverseDual>) -> ReverseDual
    ) -> Objective {
        Objective(name: name ?? formula, formula: formula, latex: latex ?? formula, dimension: dimension,
                  minima: minima, saddlePoints: saddlePoints,
                  box: box ?? Array(repeating: -2.0...2.0, count: dimension),
                  value: { x in Variables.with(count: x.count, { ReverseDual(Dual(x[$0])) }, f).value.value },
                  gradient: { x in
                      let (_, partials) = Tape.evaluate(f, count: x.count) { Dual(x[$0]) }
                      return Vector(count: x.count) { partials[$0].value }
                  },
                  hessian: { x in
                      // Column j: the argument duals seeded in direction eⱼ, so every adjoint's
                      // ε part is its derivative along eⱼ; for the arguments that is (∇²f)eⱼ.
                      let n = x.count
                      var h = Matrix(zeros: n)
                      for j in 0..<n {
                          let (_, partials) = Tape.evaluate(f, count: n) { Dual(x[$0], derivative: $0 == j ? 1 : 0) }
                          for i in 0..<n { h[i, j] = partials[i].derivative }
                      }
                      // Exact up to rounding, which may differ between h[i, j] and h[j, i]: average them.
                      for i in 0..<n {
                          for j in (i + 1)..<n {
                              let m = (h[i, j] + h[j, i]) / 2
                              h[i, j] = m
                              h[j, i] = m
                          }
                      }
                      return h
                  })
    }
}
