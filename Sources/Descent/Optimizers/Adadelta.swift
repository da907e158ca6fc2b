/// Adadelta: RMSProp whose learning rate is replaced by the root of a running
/// average of the squared updates themselves, so it has no learning rate:
/// $$\mathbf{s} \leftarrow \rho \mathbf{s} + (1 - \rho)\, \mathbf{g} \odot \mathbf{g}, \qquad
///   \mathbf{g}' \leftarrow \frac{\sqrt{\Delta\mathbf{x} + \epsilon}}{\sqrt{\mathbf{s} + \epsilon}} \odot \mathbf{g},$$
/// $$\mathbf{x} \leftarrow \mathbf{x} - \mathbf{g}', \qquad
///   \Delta\mathbf{x} \leftarrow \rho \Delta\mathbf{x} + (1 - \rho)\, \mathbf{g}' \odot \mathbf{g}',$$
/// with s₀ = Δx₀ = 0. Defaults: ρ = 0.9, ε = 10⁻⁵.
public struct Adadelta: Optimizer {
    /// The forgetting factor ρ ∈ [0, 1).
    public let rho: Double
    /// The stabiliser ε > 0 (it also sets the size of the very first steps).
    public let epsilon: Double

    /// Adadelta with 0 ≤ ρ < 1 and ε > 0.
    public init(rho: Double = 0.9, epsilon: Double = 1e-5) throws(InvalidArgument) {
        self.rho = try Check.decay(rho, "rho")
        self.epsilon = try Check.positive(epsilon, "epsilon")
    }

    /// The running averages of squared gradients s and of squared updates Δx.
    public struct State: Sendable {
        /// Running average of g ⊙ g.
        public var s: Vector
        /// Running average of g′ ⊙ g′.
        public var Δx: Vector
    }

    /// "Adadelta".
    public var name: String { "Adadelta" }
    /// s = Δx = 0.
    public func initialState(dimension: Int) -> State { State(s: Vector(zeros: dimension), Δx: Vector(zeros: dimension)) }
    /// None: Adadelta has no learning rate.
    @inlinable public func learningRate(at t: Int) -> Double? { nil }

    /// "s" and "Δx" after step t, and "step size", the effective
    /// per-coordinate rate √(Δx + ε)/√(s + ε) that multiplied g (Δx from before the step).
    public func traceQuantities(before: State, after: State, t: Int) -> [(name: String, value: Vector)] {
        [("s", after.s), ("Δx", after.Δx), ("step size", sqrt(before.Δx + epsilon) / sqrt(after.s + epsilon))]
    }

    /// One step of the rule above.
    @inlinable
    public func step<F: GradientOracle>(_ point: inout Vector, _ state: inout State, _ f: inout F, t: Int) {
        let (ρ, ε) = (rho, epsilon)
        @_eagerMove var x = point.take()
        @_eagerMove var s = state.s.take()
        @_eagerMove var Δx = state.Δx.take()
        // ANCHOR: update
        let g = f.gradient(at: x)
        s = ρ * s + (1 - ρ) * g * g
        let gʹ = sqrt(Δx + ε) / sqrt(s + ε) * g
        x = x - gʹ
        Δx = ρ * Δx + (1 - ρ) * gʹ * gʹ
        // ANCHOR_END: update
        (point, state.s, state.Δx) = (x, s, Δx)
    }
}
