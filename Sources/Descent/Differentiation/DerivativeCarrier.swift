import RealModule

/// A number that stands for a real `value` and carries derivatives along with it: ``Dual``
/// (forward mode) and ``Reverse`` (reverse mode). Its constants, its order and its
/// floating-point classification are those of the value — derivatives do not change which
/// number it is — so they are written here once for both.
public protocol DerivativeCarrier: FloatingPoint where Exponent == Value.Exponent {
    /// The type of the value.
    associatedtype Value: Real
    /// The real number it stands for.
    var value: Value { get }
    /// The constant `value` (zero derivatives).
    init(value: Value)
}

extension DerivativeCarrier {
    /// The magnitude of `magnitudeOf` with the sign of `signOf`; the derivative follows the sign flip.
    @inlinable
    public init(signOf: Self, magnitudeOf: Self) {
        let flipped = (signOf.value.sign == .minus) != (magnitudeOf.value.sign == .minus)
        self = flipped ? -magnitudeOf : magnitudeOf
    }
    /// A constant from an `Int`.
    @inlinable public init(_ value: Int) { self.init(value: Value(value)) }
    /// A constant from any integer.
    @inlinable public init<Source: BinaryInteger>(_ value: Source) { self.init(value: Value(value)) }

    /// The radix of the underlying real.
    @inlinable public static var radix: Int { Value.radix }
    /// A quiet NaN constant.
    @inlinable public static var nan: Self { Self(value: .nan) }
    /// A signaling NaN constant.
    @inlinable public static var signalingNaN: Self { Self(value: .signalingNaN) }
    /// Positive infinity.
    @inlinable public static var infinity: Self { Self(value: .infinity) }
    /// The largest finite value.
    @inlinable public static var greatestFiniteMagnitude: Self { Self(value: .greatestFiniteMagnitude) }
    /// π as a constant.
    @inlinable public static var pi: Self { Self(value: .pi) }
    /// The smallest normal magnitude.
    @inlinable public static var leastNormalMagnitude: Self { Self(value: .leastNormalMagnitude) }
    /// The smallest non-zero magnitude.
    @inlinable public static var leastNonzeroMagnitude: Self { Self(value: .leastNonzeroMagnitude) }
    /// The unit in the last place of 1.
    @inlinable public static var ulpOfOne: Self { Self(value: .ulpOfOne) }

    /// The ulp of the value (a constant).
    @inlinable public var ulp: Self { Self(value: value.ulp) }
    /// The sign of the value.
    @inlinable public var sign: FloatingPointSign { value.sign }
    /// The exponent of the value.
    @inlinable public var exponent: Value.Exponent { value.exponent }

    /// Value equality.
    @inlinable public func isEqual(to other: Self) -> Bool { value.isEqual(to: other.value) }
    /// Value ordering.
    @inlinable public func isLess(than other: Self) -> Bool { value.isLess(than: other.value) }
    /// Value ordering.
    @inlinable public func isLessThanOrEqualTo(_ other: Self) -> Bool { value.isLessThanOrEqualTo(other.value) }
    /// Total order of the values.
    @inlinable public func isTotallyOrdered(belowOrEqualTo other: Self) -> Bool {
        value.isTotallyOrdered(belowOrEqualTo: other.value)
    }

    /// Whether the value is normal.
    @inlinable public var isNormal: Bool { value.isNormal }
    /// Whether the value is finite. Like every classification member this looks at the value
    /// alone, so exactly one of `isFinite`, `isInfinite` and `isNaN` holds, as `FloatingPoint`
    /// requires (``Dual/hasFiniteParts`` also checks a dual's derivatives).
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
