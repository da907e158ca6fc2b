import RealModule

// `FloatingPoint` conformance: the constant, order and classification members are
// ``DerivativeCarrier``'s (the value's); rounding looks at the value; operations with a
// derivative (square root, remainder, scaling by a power of the radix) record their partials.
extension Reverse: FloatingPoint, DerivativeCarrier {
    /// The constant `value` (not recorded).
    @inlinable public init(value: Value) { self.init(value) }

    /// The exponent type of the underlying real.
    public typealias Exponent = Value.Exponent

    /// significand · radix^exponent with the given sign: ∂/∂significand = ±radix^exponent.
    @inlinable
    public init(sign: FloatingPointSign, exponent: Value.Exponent, significand: Reverse) {
        self = Reverse.unary(significand, Value(sign: sign, exponent: exponent, significand: significand.value),
                             Value(sign: sign, exponent: exponent, significand: 1))
    }

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

}
