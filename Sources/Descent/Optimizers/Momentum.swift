/// Gradient descent with (heavy-ball) momentum, without damping:
/// $$\mathbf{v} \leftarrow \beta \mathbf{v} + \mathbf{g}, \qquad
///   \mathbf{x} \leftarrow \mathbf{x} - \eta \mathbf{v},$$
/// with g = ∇f(x) and v₀ = 0. The velocity is a sum of past gradients, so on
/// a steady slope the effective step is η/(1 − β).
/// Defaults: β = 0.9; η required. A trace records "v".
///
/// ```swift
/// let run = try Momentum(learningRate: 0.1, beta: 0.9).run(on: .ravine, from: [-5, -2], steps: 50)
/// ```
public struct Momentum: MomentumMethod {
    /// The learning rate η.
    public let learningRate: LearningRate
    /// The momentum coefficient β ∈ [0, 1).
    public let beta: Double

    /// Momentum with validated hyperparameters (see ``MomentumMethod/init(learningRate:beta:)``).
    public init(uncheckedLearningRate: LearningRate, beta: Double) {
        (self.learningRate, self.beta) = (uncheckedLearningRate, beta)
    }

    /// "Momentum".
    public var name: String { "Momentum" }

    /// One step of the rule above.
    @inlinable
    public func step<F: GradientOracle>(_ point: inout Vector, _ state: inout Velocity, _ f: inout F, t: Int) {
        let (η, β) = (learningRate(t), beta)
        @_eagerMove var x = point.take()
        @_eagerMove var v = state.v.take()
        // ANCHOR: update
        let g = f.gradient(at: x)
        v = β * v + g
        x = x - η * v
        // ANCHOR_END: update
        (point, state.v) = (x, v)
    }
}
