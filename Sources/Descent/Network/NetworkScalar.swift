/// The number types the network's passes run on: `Double` for losses and gradients,
/// `Dual<Double>` for Hessian-vector products. Beyond arithmetic, the passes need
/// - the network's own tanh, exp and log (`Tanh.swift`, `Exponential.swift`), tanh and exp on a
///   whole layer at once, for dual numbers too, so that the value parts of a Hessian-vector
///   product's pass are the plain pass's numbers;
/// - whether a number is finite in every part (value and derivatives): only then is a
///   product with a zero input a zero that may be skipped (see "Zero inputs" in
///   `Backpropagation.swift`); ∞ · 0 is NaN.
protocol NetworkScalar: DifferentiableScalar {
    /// Replaces every number of `z` by its tanh (`deterministicTanh`; on dual numbers with the
    /// chain rule, derivative 1 − tanh²).
    static func applyTanh(_ z: UnsafeMutableBufferPointer<Self>)
    /// Replaces every number of `z` by its exponential (`deterministicExp`; on dual numbers with
    /// derivative eˣ·x′).
    static func applyExp(_ z: UnsafeMutableBufferPointer<Self>)
    /// ln x by `deterministicLog`; on a dual number with derivative (1/x)·x′ (`Dual.log`'s formula).
    static func networkLog(_ x: Self) -> Self
    /// Whether the value and every derivative are finite.
    var isFiniteInEveryPart: Bool { get }
    /// This number times a constant c: for a dual number (value c, derivative 0) without the
    /// products with that zero derivative.
    func scaled(by c: Double) -> Self
}

extension Double: NetworkScalar {
    @inline(__always)
    static func applyTanh(_ z: UnsafeMutableBufferPointer<Double>) { applyDeterministicTanh(z) }
    @inline(__always)
    static func applyExp(_ z: UnsafeMutableBufferPointer<Double>) { applyDeterministicExp(z) }
    @inline(__always)
    static func networkLog(_ x: Double) -> Double { deterministicLog(x) }
    var isFiniteInEveryPart: Bool { isFinite }
    @inline(__always)
    func scaled(by c: Double) -> Double { self * c }
}

extension Dual: NetworkScalar where Value == Double {
    @inline(__always)
    static func applyTanh(_ z: UnsafeMutableBufferPointer<Dual<Double>>) { applyDeterministicTanh(z) }
    @inline(__always)
    static func applyExp(_ z: UnsafeMutableBufferPointer<Dual<Double>>) { applyDeterministicExp(z) }
    @inline(__always)
    static func networkLog(_ x: Dual<Double>) -> Dual<Double> {
        Dual(deterministicLog(x.value), derivative: (1 / x.value) * x.derivative)
    }
    var isFiniteInEveryPart: Bool { value.isFinite && derivative.isFinite }
    @inline(__always)
    func scaled(by c: Double) -> Dual<Double> { Dual(value * c, derivative: derivative * c) }
}
