/// Where an optimizer gets its gradients: an ``Objective`` (exact), an
/// objective with seeded Gaussian noise (``NoisyGradient``), or a
/// least-squares problem sampled in minibatches (``Minibatches``).
///
/// `gradient(at:)` is `mutating` because a stochastic oracle advances its
/// random generator; `value(at:)` and `exactGradient(at:)` are the true
/// objective, which runs record.
public protocol GradientOracle: Sendable {
    /// A name for run summaries.
    var name: String { get }
    /// The dimension n of the domain.
    var dimension: Int { get }
    /// The true objective value f(x).
    func value(at x: Vector) -> Double
    /// The exact gradient ∇f(x) (recorded by runs).
    func exactGradient(at x: Vector) -> Vector
    /// The gradient an optimizer sees at x: exact, or a stochastic estimate.
    mutating func gradient(at x: Vector) -> Vector
    /// The Hessian ∇²f(x) (Newton's method).
    func hessian(at x: Vector) -> Matrix
    /// For a minibatch oracle, the epochs completed so far (examples drawn / n);
    /// nil otherwise. Runs record it after every step.
    var epoch: Double? { get }
}

extension GradientOracle {
    /// Not a minibatch oracle: no epochs.
    public var epoch: Double? { nil }
}

extension Objective: GradientOracle {
    /// The exact gradient.
    @inlinable public func exactGradient(at x: Vector) -> Vector { gradientFunction(x) }
}
