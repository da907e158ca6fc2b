/// Arithmetic between a dual number and a plain `Double`, so an objective can use a value
/// from the surrounding code as a constant:
///
/// ```swift
/// let κ = 20.0
/// let f = Objective("x₁² + κx₂²") { x in x[0] * x[0] + κ * x[1] * x[1] }
/// ```
///
/// A constant c has zero derivatives, so (c a)′ = c a′ and (a + c)′ = a′: each operation is
/// the dual one with c lifted by ``DifferentiableScalar/init(constant:)``.
extension Dual where Value: DifferentiableScalar {
    /// c + a.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func + (c: Double, a: Dual) -> Dual { Dual(constant: c) + a }
    /// a + c.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func + (a: Dual, c: Double) -> Dual { a + Dual(constant: c) }
    /// c − a.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func - (c: Double, a: Dual) -> Dual { Dual(constant: c) - a }
    /// a − c.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func - (a: Dual, c: Double) -> Dual { a - Dual(constant: c) }
    /// c a.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func * (c: Double, a: Dual) -> Dual { Dual(constant: c) * a }
    /// a c.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func * (a: Dual, c: Double) -> Dual { a * Dual(constant: c) }
    /// c / a.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func / (c: Double, a: Dual) -> Dual { Dual(constant: c) / a }
    /// a / c.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func / (a: Dual, c: Double) -> Dual { a / Dual(constant: c) }
}
