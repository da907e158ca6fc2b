/// Nesterov accelerated gradient in the look-ahead form: the gradient is
/// taken where the momentum alone would carry x,
/// $$\mathbf{v} \leftarrow \beta \mathbf{v} + \nabla f(\mathbf{x} - \eta\beta\mathbf{v}), \qquad
///   \mathbf{x} \leftarrow \mathbf{x} - \eta \mathbf{v},$$
/// with v₀ = 0 and the same undamped velocity as ``Momentum``. (PyTorch's
/// `nesterov=True` implements an algebraically equivalent re-parametrisation
/// that evaluates the gradient at the current iterate instead; this is the
/// form whose look-ahead is visible in the code.)
/// Defaults: β = 0.9; η required. A trace records "v" and, as the gradient
/// used, the gradient at the look-ahead point.
public struct Nesterov: MomentumMethod {
    /// The learning rate η.
    public let learningRate: LearningRate
    /// The momentum coefficient β ∈ [0, 1).
    public let beta: Double

    /// Nesterov momentum with validated hyperparameters (see ``MomentumMethod/init(learningRate:beta:)``).
    public init(uncheckedLearningRate: LearningRate, beta: Double) {
        (self.learningRate, self.beta) = (uncheckedLearningRate, beta)
    }

    /// "Nesterov".
    public var name: String { "Nesterov" }

    /// One step of the rule above.
    @inlinable
    public func step<F: GradientOracle>(_ point: inout Vector, _ state: inout Velocity, _ f: inout F, t: Int) {
        let (η, β) = (learningRate(t), beta)
        @_eagerMove var x = point.take()
        @_eagerMove var v = state.v.take()
        // ANCHOR: update
        let lookAhead = x - η * β * v
        let g = f.gradient(at: lookAhead)
        v = β * v + g
        x = x - η * v
        // ANCHOR_END: update
        (point, state.v) = (x, v)
    }
}
