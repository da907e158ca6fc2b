import RealModule

// `FloatingPoint` conformance: the classification, rounding and constant members
// look at the value; operations with a derivative (square root, remainder,
// scaling by a power of the radix) record their partials.
extension Reverse: FloatingPoint {
    /// The exponent type of the underlying real.
    public typealias Exponent = Value.Exponent

    /// significand · radix^exponent with the given sign: ∂/∂significand = ±radix^exponent.
    @inlinable
    public init(sign: FloatingPointSign, exponent: Value.Exponent, significand: Reverse) {
        self = Reverse.unary(significand, Value(sign: sign, exponent: exponent, significand: significand.value),
                             Value(sign: sign, exponent: exponent, significand: 1))
    }
    /// The magnitude of `magnitudeOf` with the sign of `signOf`.
    @inlinable
    public init(signOf: Reverse, magnitudeOf: Reverse) {
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
    @inlinable public static var nan: Reverse { Reverse(.nan) }
    /// A signaling NaN constant.
    @inlinable public static var signalingNaN: Reverse { Reverse(.signalingNaN) }
    /// Positive infinity.
    @inlinable public static var infinity: Reverse { Reverse(.infinity) }
    /// The largest finite value.
    @inlinable public static var greatestFiniteMagnitude: Reverse { Reverse(.greatestFiniteMagnitude) }
    /// π as a constant.
    @inlinable public static var pi: Reverse { Reverse(.pi) }
    /// The smallest normal magnitude.
    @inlinable public static var leastNormalMagnitude: Reverse { Reverse(.leastNormalMagnitude) }
    /// The smallest non-zero magnitude.
    @inlinable public static var leastNonzeroMagnitude: Reverse { Reverse(.leastNonzeroMagnitude) }
    /// The unit in the last place of 1.
    @inlinable public static var ulpOfOne: Reverse { Reverse(.ulpOfOne) }

    /// The ulp of the value (a constant).
    @inlinable public var ulp: Reverse { Reverse(value.ulp) }
    /// The sign of the value.
    @inlinable public var sign: FloatingPointSign { value.sign }
    /// The exponent of the value.
    @inlinable public var exponent: Value.Exponent { value.exponent }
    /// The significand |x|/radix^exponent: ∂/∂x = sign(x)·radix^−exponent (zero at x = 0 and
    /// for non-finite x).
    @inlinable public var significand: Reverse {
        guard value.isFinite, !value.isZero else { return Reverse(value.significand) }
        return Reverse.unary(self, value.significand, Value(sign: value.sign, exponent: -value.exponent, significand: 1))
    }
    /// The next representable value above (∂/∂x = 1).
    @inlinable public var nextUp: Reverse { Reverse.unary(self, value.nextUp, 1) }

    /// Remainder r = x − q·y with q held constant: ∂r/∂x = 1, ∂r/∂y = −q.
    @inlinable
    public mutating func formRemainder(dividingBy other: Reverse) {
        let r = value.remainder(dividingBy: other.value)
        self = Reverse.binary(self, other, r, 1, -((value - r) / other.value).rounded())
    }
    /// Truncating remainder r = x − q·y, q the exact quotient rounded toward zero, read off r.
    @inlinable
    public mutating func formTruncatingRemainder(dividingBy other: Reverse) {
        let r = value.truncatingRemainder(dividingBy: other.value)
        self = Reverse.binary(self, other, r, 1, -((value - r) / other.value).rounded())
    }
    /// √x: ∂/∂x = 1/(2√x).
    @inlinable
    public mutating func formSquareRoot() { self = Reverse.sqrt(self) }
    /// self += a·b.
    @inlinable
    public mutating func addProduct(_ a: Reverse, _ b: Reverse) { self = self + a * b }
    /// Rounds the value; the result is locally constant (zero derivative).
    @inlinable
    public mutating func round(_ rule: FloatingPointRoundingRule) { self = Reverse(value.rounded(rule)) }

    /// Value equality.
    @inlinable public func isEqual(to other: Reverse) -> Bool { value.isEqual(to: other.value) }
    /// Value ordering.
    @inlinable public func isLess(than other: Reverse) -> Bool { value.isLess(than: other.value) }
    /// Value ordering.
    @inlinable public func isLessThanOrEqualTo(_ other: Reverse) -> Bool { value.isLessThanOrEqualTo(other.value) }
    /// Total order of the values.
    @inlinable public func isTotallyOrdered(belowOrEqualTo other: Reverse) -> Bool {
        value.isTotallyOrdered(belowOrEqualTo: other.value)
    }

    /// Whether the value is normal.
    @inlinable public var isNormal: Bool { value.isNormal }
    /// Whether the value is finite (the classification looks at the value alone).
    @inlinable public var isFinite: Bool { value.isFinite }
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
