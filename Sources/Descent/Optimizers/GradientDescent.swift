/// Gradient descent,
/// $$\mathbf{x} \leftarrow \mathbf{x} - \eta\, \nabla f(\mathbf{x}).$$
///
/// With stochastic gradients (``NoisyGradient``, ``Minibatches``) the same
/// rule is stochastic gradient descent; ``StochasticGradientDescent`` names it.
/// No state. Learning rate η: required (constant or schedule).
public struct GradientDescent: RateScheduled {
    /// The learning rate η (a constant or a schedule).
    public let learningRate: LearningRate

    /// Gradient descent with learning rate η ≥ 0.
    public init(learningRate: some Schedule) throws(InvalidArgument) {
        self.learningRate = try checkedLearningRate(learningRate)
    }

    /// "Gradient descent".
    public var name: String { "Gradient descent" }
    /// No state.
    public func initialState(dimension: Int) {}

    /// One step x ← x − η∇f(x).
    @inlinable
    public func step<F: GradientOracle>(_ point: inout Vector, _ state: inout Void, _ f: inout F, t: Int) {
        let η = learningRate(t)
        @_eagerMove var x = point.take()
        // ANCHOR: update
        let g = f.gradient(at: x)
        x = x - η * g
        // ANCHOR_END: update
        point = x
    }
}

/// Stochastic gradient descent is gradient descent fed stochastic gradients.
public typealias StochasticGradientDescent = GradientDescent
