import RealModule

// `FloatingPoint` conformance: the constant, order and classification members are
// ``DerivativeCarrier``'s (the value's); rounding looks at the value; operations with a
// derivative (square root, remainder, fused multiply-add) differentiate exactly.
extension Dual: FloatingPoint, DerivativeCarrier {
    /// The constant `value` (zero derivative).
    @inlinable public init(value: Value) { self.init(value) }

    /// The exponent type of the underlying real.
    public typealias Exponent = Value.Exponent

    /// A constant from sign, exponent and significand.
    @inlinable
    public init(sign: FloatingPointSign, exponent: Value.Exponent, significand: Dual) {
        self.init(Value(sign: sign, exponent: exponent, significand: significand.value),
                  derivative: Value(sign: sign, exponent: exponent, significand: significand.derivative))
    }

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

    /// Whether the value and every derivative part are finite (nested duals included).
    @inlinable public var hasFiniteParts: Bool {
        func finite(_ x: Value) -> Bool { (x as? any DualProtocol)?.hasFiniteParts ?? x.isFinite }
        return finite(value) && finite(derivative)
    }
}

/// A dual number of any nesting, for ``Dual/hasFiniteParts``.
public protocol DualProtocol {
    /// Whether the value and every derivative part are finite.
    var hasFiniteParts: Bool { get }
}

extension Dual: DualProtocol {}
