import RealModule

/// A forward-mode dual number `value + derivative·ε` with `ε² = 0`.
///
/// Arithmetic on duals carries the derivative along by the chain rule, so a
/// function written once over any ``Real`` type is differentiated exactly by
/// evaluating it on duals: if `x = Dual(a, derivative: 1)` then
/// `f(x) = Dual(f(a), derivative: f′(a))`. `Dual` itself conforms to `Real`,
/// so duals nest: `Dual<Dual<Double>>` (see ``HyperDual``) carries second
/// derivatives, which is how ``Objective`` computes exact Hessians.
///
/// Each dual carries one *directional* derivative. A gradient in n dimensions
/// takes n evaluations (one per coordinate direction). For the 1-, 2- and
/// small-n functions of the course this is cheaper than carrying a vector of
/// partials, and it keeps the type a plain two-field value that nests.
///
/// Comparisons (`<`, `==`, hashing) look at `value` only, as for the real
/// number the dual stands for.
@frozen
public struct Dual<Value: Real> {
    /// The real part: the value of the function.
    public var value: Value
    /// The ε part: the derivative along the seeded direction.
    public var derivative: Value

    /// A dual `value + derivative·ε`.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable
    public init(_ value: Value, derivative: Value = 0) {
        self.value = value
        self.derivative = derivative
    }
}

/// A second-order forward-mode number, `Dual<Dual<Double>>`.
///
/// Seeding two directions i and j gives in one evaluation f, ∂ᵢf, ∂ⱼf and
/// ∂²f/∂xᵢ∂xⱼ. Closures passed to ``Objective`` take this concrete type,
/// because Swift closures cannot be generic; one closure then yields the
/// value, the exact gradient and the exact Hessian.
public typealias HyperDual = Dual<Dual<Double>>

extension Dual: Sendable where Value: Sendable {}

extension Dual: CustomStringConvertible {
    /// `value + derivative·ε`.
    public var description: String { "\(value) + \(derivative)ε" }
}

// MARK: Arithmetic

extension Dual: AdditiveArithmetic {
    /// The dual zero.
    @inlinable public static var zero: Dual { Dual(0) }

    /// Sum: derivatives add.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable @inline(__always)
    public static func + (a: Dual, b: Dual) -> Dual {
        Dual(a.value + b.value, derivative: a.derivative + b.derivative)
    }

    /// Difference: derivatives subtract.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable @inline(__always)
    public static func - (a: Dual, b: Dual) -> Dual {
        Dual(a.value - b.value, derivative: a.derivative - b.derivative)
    }

    /// Adds in place.
    @inlinable public static func += (a: inout Dual, b: Dual) { a = a + b }
    /// Subtracts in place.
    @inlinable public static func -= (a: inout Dual, b: Dual) { a = a - b }
}

extension Dual: Numeric, SignedNumeric {
    /// Magnitude is `abs`, a dual itself (AlgebraicField needs this).
    public typealias Magnitude = Dual
    /// Integer literals make constants.
    public typealias IntegerLiteralType = Int

    /// A constant from an integer literal.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable public init(integerLiteral value: Int) { self.init(Value(value)) }

    /// A constant from an integer, if exactly representable.
    @inlinable
    public init?<Source: BinaryInteger>(exactly source: Source) {
        guard let v = Value(exactly: source) else { return nil }
        self.init(v)
    }

    /// |x|, whose derivative is sign(x)·x′ (zero at x = 0 by convention).
    @inlinable public var magnitude: Dual {
        value < 0 ? -self : (value > 0 ? self : Dual(value.magnitude, derivative: 0))
    }

    /// Product rule: (a b)′ = a′b + ab′.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable @inline(__always)
    public static func * (a: Dual, b: Dual) -> Dual {
        Dual(a.value * b.value, derivative: a.derivative * b.value + a.value * b.derivative)
    }

    /// Multiplies in place.
    @inlinable public static func *= (a: inout Dual, b: Dual) { a = a * b }

    /// Negation.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable @inline(__always)
    public static prefix func - (a: Dual) -> Dual { Dual(-a.value, derivative: -a.derivative) }

    /// Negates in place.
    @inlinable public mutating func negate() { self = -self }
}

extension Dual: AlgebraicField {
    /// Quotient rule: (a/b)′ = (a′b − ab′)/b².
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable @inline(__always)
    public static func / (a: Dual, b: Dual) -> Dual {
        let q = a.value / b.value
        return Dual(q, derivative: (a.derivative - q * b.derivative) / b.value)
    }

    /// Divides in place.
    @inlinable public static func /= (a: inout Dual, b: Dual) { a = a / b }

    /// 1/x, when the value has a reciprocal.
    @inlinable public var reciprocal: Dual? {
        value.reciprocal == nil ? nil : 1 / self
    }
}

extension Dual: ExpressibleByFloatLiteral where Value: ExpressibleByFloatLiteral {
    /// A constant from a floating-point literal, so `2.5 * x` reads naturally.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable
    public init(floatLiteral literal: Value.FloatLiteralType) {
        self.init(Value(floatLiteral: literal))
    }
}

// MARK: Comparison by value

extension Dual: Hashable {
    /// Equal when the values are equal (derivatives are ignored).
    @inlinable public static func == (a: Dual, b: Dual) -> Bool { a.value == b.value }
    /// Hashes the value only, consistently with `==`.
    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension Dual: Comparable, Strideable {
    /// Orders by value.
    @inlinable public static func < (a: Dual, b: Dual) -> Bool { a.value < b.value }
    /// Stride is another dual.
    public typealias Stride = Dual
    /// `other − self`.
    @inlinable public func distance(to other: Dual) -> Dual { other - self }
    /// `self + n`.
    @inlinable public func advanced(by n: Dual) -> Dual { self + n }
}

/// The number types objectives are evaluated on — `Double`, `Dual<Double>`,
/// ``HyperDual`` — which are `Real` and can also embed a `Double` constant
/// (`Real` alone offers only integer conversions).
public protocol DifferentiableScalar: Real, Sendable {
    /// The constant c (zero derivatives).
    init(constant: Double)
}

extension Double: DifferentiableScalar {
    /// The constant itself.
    @inlinable public init(constant: Double) { self = constant }
}

extension Dual: DifferentiableScalar where Value: DifferentiableScalar {
    /// The constant c + 0ε.
    @inlinable public init(constant: Double) { self.init(Value(constant: constant)) }
}
