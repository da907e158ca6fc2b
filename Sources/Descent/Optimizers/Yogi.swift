import RealModule

/// Yogi (Zaheer, Reddi, Sachan, Kale and Kumar, "Adaptive Methods for
/// Nonconvex Optimization", NeurIPS 2018): Adam whose squared-gradient
/// average moves by a fixed fraction of g ⊙ g towards it, instead of by a
/// fraction of the gap, so a burst of large gradients cannot make s forget
/// its past all at once,
/// $$\mathbf{v} \leftarrow \beta_1 \mathbf{v} + (1 - \beta_1)\mathbf{g}, \qquad
///   \mathbf{s} \leftarrow \mathbf{s} + (1 - \beta_2)\, \operatorname{sgn}(\mathbf{g} \odot \mathbf{g} - \mathbf{s}) \odot \mathbf{g} \odot \mathbf{g},$$
/// $$\mathbf{x} \leftarrow \mathbf{x} - \frac{\eta\, \hat{\mathbf{v}}}{\sqrt{\hat{\mathbf{s}}} + \epsilon},$$
/// with the bias corrections v̂ = v/(1 − β₁ᵗ), ŝ = s/(1 − β₂ᵗ) of ``Adam``
/// (as in d2l.ai's section on Adam; the paper's algorithm omits them) and
/// v₀ = s₀ = 0. Defaults from the paper: η = 0.01, β₁ = 0.9, β₂ = 0.999,
/// ε = 10⁻³. Adam's rule is s ← s + (1 − β₂)(g ⊙ g − s).
///
/// ```swift
/// let run = try Yogi(learningRate: 0.1).run(on: .rosenbrock, from: [-1, 1], steps: 500)
/// ```
public enum YogiRule: MomentRule {
    /// Yogi's update of x, v and s: Adam's, except for the line that moves s.
    @inlinable public static func update<F: GradientOracle>(_ x: consuming Vector, _ v: consuming Vector, _ s: consuming Vector,
                                                            _ f: inout F, η: Double, β1: Double, β2: Double, ε: Double,
                                                            β1ᵗ: Double, β2ᵗ: Double) -> (x: Vector, v: Vector, s: Vector) {
        // Moved into variables that may end before the scope does, so each operator finds its
        // operand's buffer unshared and writes into it (see Vector's `pending`).
        @_eagerMove var x = consume x
        @_eagerMove var v = consume v
        @_eagerMove var s = consume s
        // ANCHOR: update
        let g = f.gradient(at: x)
        v = β1 * v + (1 - β1) * g
        s = s + (1 - β2) * sign(g * g - s) * g * g
        let v̂ = v / (1 - β1ᵗ)
        let ŝ = s / (1 - β2ᵗ)
        x = x - η * v̂ / (sqrt(ŝ) + ε)
        // ANCHOR_END: update
        return (x, v, s)
    }
}
