import RealModule

/// Adam: momentum on the gradient and RMSProp on its square, both
/// bias-corrected,
/// $$\mathbf{v} \leftarrow \beta_1 \mathbf{v} + (1 - \beta_1)\mathbf{g}, \qquad
///   \mathbf{s} \leftarrow \beta_2 \mathbf{s} + (1 - \beta_2)\, \mathbf{g} \odot \mathbf{g},$$
/// $$\hat{\mathbf{v}} = \frac{\mathbf{v}}{1 - \beta_1^t}, \quad
///   \hat{\mathbf{s}} = \frac{\mathbf{s}}{1 - \beta_2^t}, \qquad
///   \mathbf{x} \leftarrow \mathbf{x} - \frac{\eta\, \hat{\mathbf{v}}}{\sqrt{\hat{\mathbf{s}}} + \epsilon},$$
/// with v₀ = s₀ = 0 and t counted from 1 (the first step has t = 1).
/// Defaults: η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸.
public enum AdamRule: MomentRule {
    /// Adam's update of x, v and s (``AdaptiveMoments`` advances β₁ᵗ, β₂ᵗ and calls it).
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
        s = β2 * s + (1 - β2) * g * g
        let v̂ = v / (1 - β1ᵗ)
        let ŝ = s / (1 - β2ᵗ)
        x = x - η * v̂ / (sqrt(ŝ) + ε)
        // ANCHOR_END: update
        return (x, v, s)
    }
}
