/// The number types the network's passes run on: `Double` for losses and gradients,
/// `Dual<Double>` for Hessian-vector products. Beyond arithmetic, the passes need to know
/// whether a number is finite in every part (value and derivatives): only then is a
/// product with a zero input a zero that may be skipped (see "Zero inputs" in
/// `Backpropagation.swift`); ∞ · 0 is NaN.
protocol NetworkScalar: DifferentiableScalar {
    /// Whether the value and every derivative are finite.
    var isFiniteInEveryPart: Bool { get }
}

extension Double: NetworkScalar {
    var isFiniteInEveryPart: Bool { isFinite }
}

extension Dual: NetworkScalar where Value: NetworkScalar {
    var isFiniteInEveryPart: Bool { value.isFiniteInEveryPart && derivative.isFiniteInEveryPart }
}
