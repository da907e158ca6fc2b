import RealModule

// `FloatingPoint` conformance: the classification, rounding and constant
// members look at the value; operations with a derivative (square root,
// remainder, fused multiply-add) differentiate exactly.
extension Dual: FloatingPoint {
    /// The exponent type of the underlying real.
    public typealias Exponent = Value.Exponent

    /// A constant from sign, exponent and significand.
    @inlinable
    public init(sign: FloatingPointSign, exponent: Value.Exponent, significand: Dual) {
        self.init(Value(sign: sign, exponent: exponent, significand: significand.value),
                  derivative: Value(sign: sign, exponent: exponent, significand: significand.derivative))
    }

    /// The magnitude of `magnitudeOf` with the sign of `signOf`; the
    /// derivative follows the sign flip.
    @inlinable
    public init(signOf: Dual, magnitudeOf: Dual) {
        let flipped = (signOf.value.sign == .minus) != (magnitudeOf.value.sign == .minus)
        self = flipped ? -magnitudeOf : magnitudeOf
    }

    /// A constant from an `Int`.
    @inlinable public init(_ value: Int) { self.init(Value(value)) }
    /// A constant from any integer.
    @inlinable public init<Source: BinaryInteger>(_ value: Source) { self.init(Value(value)) }

    /// The radix of the underlying real.
    @inlinable public static var radix: Int { Value.radix }
    /// A quiet NaN constant.
    @inlinable public static var nan: Dual { Dual(.nan) }
    /// A signaling NaN constant.
    @inlinable public static var signalingNaN: Dual { Dual(.signalingNaN) }
    /// Positive infinity.
    @inlinable public static var infinity: Dual { Dual(.infinity) }
    /// The largest finite value.
    @inlinable public static var greatestFiniteMagnitude: Dual { Dual(.greatestFiniteMagnitude) }
    /// π as a constant.
    @inlinable public static var pi: Dual { Dual(.pi) }
    /// The smallest normal magnitude.
    @inlinable public static var leastNormalMagnitude: Dual { Dual(.leastNormalMagnitude) }
    /// The smallest non-zero magnitude.
    @inlinable public static var leastNonzeroMagnitude: Dual { Dual(.leastNonzeroMagnitude) }
    /// The unit in the last place of 1.
    @inlinable public static var ulpOfOne: Dual { Dual(.ulpOfOne) }

    /// The ulp of the value.
    @inlinable public var ulp: Dual { Dual(value.ulp) }
    /// The sign of the value.
    @inlinable public var sign: FloatingPointSign { value.sign }
    /// The exponent of the value.
    @inlinable public var exponent: Value.Exponent { value.exponent }
    /// The significand |x|/radix^exponent: the derivative is scaled by the same power of the
    /// radix, times the sign of x (zero at x = 0 and for non-finite x, where the exponent is
    /// not a number to negate).
    @inlinable public var significand: Dual {
        guard value.isFinite, !value.isZero else { return Dual(value.significand) }
        return Dual(value.significand, derivative: Value(sign: value.sign, exponent: -value.exponent, significand: derivative))
    }
    /// The next representable value above (derivative unchanged).
    @inlinable public var nextUp: Dual { Dual(value.nextUp, derivative: derivative) }

    /// Truncating remainder r = x − q·y with q held constant: r′ = x′ − q·y′.
    @inlinable
    public mutating func formRemainder(dividingBy other: Dual) {
        let r = value.remainder(dividingBy: other.value)
        let q = ((value - r) / other.value).rounded()
        self = Dual(r, derivative: derivative - q * other.derivative)
    }

    /// Truncating remainder r = x − q·y, q the exact quotient rounded toward zero — read off r
    /// itself: x/y rounded can be the next integer (1 and 0.1 give r ≈ 0.1, so q = 9, not 10).
    @inlinable
    public mutating func formTruncatingRemainder(dividingBy other: Dual) {
        let r = value.truncatingRemainder(dividingBy: other.value)
        let q = ((value - r) / other.value).rounded()
        self = Dual(r, derivative: derivative - q * other.derivative)
    }

    /// √x, with derivative x′/(2√x).
    @inlinable
    public mutating func formSquareRoot() {
        let r = value.squareRoot()
        self = Dual(r, derivative: derivative / (2 * r))
    }

    /// self += a·b, differentiated by the product rule.
    @inlinable
    public mutating func addProduct(_ a: Dual, _ b: Dual) { self = self + a * b }

    /// Rounds the value; the result is locally constant, so its derivative is zero.
    @inlinable
    public mutating func round(_ rule: FloatingPointRoundingRule) { self = Dual(value.rounded(rule)) }

    /// Value equality.
    @inlinable public func isEqual(to other: Dual) -> Bool { value.isEqual(to: other.value) }
    /// Value ordering.
    @inlinable public func isLess(than other: Dual) -> Bool { value.isLess(than: other.value) }
    /// Value ordering.
    @inlinable public func isLessThanOrEqualTo(_ other: Dual) -> Bool { value.isLessThanOrEqualTo(other.value) }
    /// Total order of the values.
    @inlinable public func isTotallyOrdered(belowOrEqualTo other: Dual) -> Bool {
        value.isTotallyOrdered(belowOrEqualTo: other.value)
    }

    /// Whether the value is normal.
    @inlinable public var isNormal: Bool { value.isNormal }
    /// Whether the value is finite. Like every classification member this
    /// looks at the value alone, so exactly one of `isFinite`, `isInfinite`
    /// and `isNaN` holds, as `FloatingPoint` requires; ``hasFiniteParts``
    /// also checks the derivative.
    @inlinable public var isFinite: Bool { value.isFinite }
    /// Whether the value and every derivative part are finite (nested duals included).
    @inlinable public var hasFiniteParts: Bool {
        func finite(_ x: Value) -> Bool { (x as? any DualProtocol)?.hasFiniteParts ?? x.isFinite }
        return finite(value) && finite(derivative)
    }
    /// Whether the value is zero.
    @inlinable public var isZero: Bool { value.isZero }
    /// Whether the value is subnormal.
    @inlinable public var isSubnormal: Bool { value.isSubnormal }
    /// Whether the value is infinite.
    @inlinable public var isInfinite: Bool { value.isInfinite }
    /// Whether the value is NaN.
    @inlinable public var isNaN: Bool { value.isNaN }
    /// Whether the value is a signaling NaN.
    @inlinable public var isSignalingNaN: Bool { value.isSignalingNaN }
    /// Whether the value is canonical.
    @inlinable public var isCanonical: Bool { value.isCanonical }
}

/// A dual number of any nesting, for ``Dual/hasFiniteParts``.
public protocol DualProtocol {
    /// Whether the value and every derivative part are finite.
    var hasFiniteParts: Bool { get }
}

extension Dual: DualProtocol {}
