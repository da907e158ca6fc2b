/// A point, gradient or optimizer state in ℝⁿ for small n (at most
/// ``Vector/capacity`` = 8).
///
/// The coordinates live inline in a `SIMD8<Double>`, so a vector is a plain
/// value: creating, adding or scaling one never allocates, and the element-wise
/// operations an optimizer needs (`g * g` is the Hadamard product g ⊙ g,
/// `sqrt(s)` is element-wise) compile to a handful of SIMD instructions. The
/// lanes beyond `count` are kept at zero, which every element-wise operation of
/// the optimizers preserves.
///
/// ```swift
/// let x: Vector = [-1, 1]
/// let step = 0.1 * x - x * x      // element-wise
/// ```
@frozen
public struct Vector: Sendable, Hashable {
    /// The largest supported dimension.
    public static let capacity = 8

    /// The coordinates, padded with zeros to eight lanes.
    public var storage: SIMD8<Double>
    /// The dimension n.
    public let count: Int

    /// A vector from its padded storage (lanes past `count` must be zero).
    @inlinable
    public init(storage: SIMD8<Double>, count: Int) {
        self.storage = storage
        self.count = count
    }

    /// The zero vector of dimension `count` (at most 8).
    @inlinable
    public init(zeros count: Int) {
        precondition(count >= 0 && count <= Vector.capacity,
                     "Vector dimension \(count) is outside 0...\(Vector.capacity)")
        self.init(storage: .zero, count: count)
    }

    /// A vector of dimension `count` with every coordinate equal to `value`.
    @inlinable
    public init(repeating value: Double, count: Int) {
        self.init(zeros: count)
        for i in 0..<count { storage[i] = value }
    }

    /// A vector from its coordinates (at most 8).
    @inlinable
    public init<C: Collection>(_ coordinates: C) where C.Element == Double {
        self.init(zeros: coordinates.count)
        for (i, c) in coordinates.enumerated() { storage[i] = c }
    }

    /// The i-th unit vector eᵢ in dimension `count`.
    @inlinable
    public static func unit(_ i: Int, count: Int) -> Vector {
        var e = Vector(zeros: count)
        e[i] = 1
        return e
    }

    /// The i-th coordinate (0-based).
    @inlinable
    public subscript(i: Int) -> Double {
        get {
            precondition(i >= 0 && i < count, "index \(i) out of range for a vector of dimension \(count)")
            return storage[i]
        }
        set {
            precondition(i >= 0 && i < count, "index \(i) out of range for a vector of dimension \(count)")
            storage[i] = newValue
        }
    }

    /// The coordinates as an array (allocates; for printing and plotting).
    public var coordinates: [Double] { (0..<count).map { storage[$0] } }

    /// The Euclidean norm ‖x‖₂.
    @inlinable public var norm: Double { (storage * storage).sum().squareRoot() }

    /// The largest absolute coordinate ‖x‖∞.
    @inlinable public var maximumMagnitude: Double {
        var m = 0.0
        for i in 0..<count { m = Swift.max(m, Swift.abs(storage[i])) }
        return m
    }

    /// Whether every coordinate is finite.
    @inlinable public var isFinite: Bool {
        // 0·x is 0 for finite x and NaN for ±∞ or NaN, so one sum checks all lanes.
        (storage * 0).sum() == 0
    }

    /// The dot product ⟨a, b⟩.
    @inlinable public static func dot(_ a: Vector, _ b: Vector) -> Double { (a.storage * b.storage).sum() }
}

extension Vector: ExpressibleByArrayLiteral {
    /// A vector from a literal such as `[-1, 1]`.
    @inlinable public init(arrayLiteral coordinates: Double...) { self.init(coordinates) }
}

extension Vector: CustomStringConvertible {
    /// `(x₁, x₂, …)` with up to six significant digits per coordinate.
    public var description: String {
        "(" + coordinates.map { formatted($0) }.joined(separator: ", ") + ")"
    }
}

extension Vector: RandomAccessCollection {
    /// 0.
    @inlinable public var startIndex: Int { 0 }
    /// The dimension.
    @inlinable public var endIndex: Int { count }
}

// MARK: Element-wise arithmetic (the Hadamard product is `*`)

extension Vector {
    /// a + b.
    @inlinable @inline(__always)
    public static func + (a: Vector, b: Vector) -> Vector { Vector(storage: a.storage + b.storage, count: a.count) }
    /// a − b.
    @inlinable @inline(__always)
    public static func - (a: Vector, b: Vector) -> Vector { Vector(storage: a.storage - b.storage, count: a.count) }
    /// a ⊙ b, element-wise.
    @inlinable @inline(__always)
    public static func * (a: Vector, b: Vector) -> Vector { Vector(storage: a.storage * b.storage, count: a.count) }
    /// a ⊘ b, element-wise; padding lanes stay zero.
    @inlinable @inline(__always)
    public static func / (a: Vector, b: Vector) -> Vector {
        if a.count <= 2 {
            // Division is the slowest lane operation: in the common 2-D case do two lanes, not eight.
            let q = (a.storage.lowHalf.lowHalf / b.storage.lowHalf.lowHalf)
                .replacing(with: 0, where: SIMD2<Int64>(0, 1) .>= SIMD2<Int64>(repeating: Int64(a.count)))
            return Vector(storage: SIMD8(lowHalf: SIMD4(lowHalf: q, highHalf: .zero), highHalf: .zero), count: a.count)
        }
        return Vector(storage: (a.storage / b.storage).replacing(with: 0, where: mask(a.count)), count: a.count)
    }
    /// −a.
    @inlinable @inline(__always)
    public static prefix func - (a: Vector) -> Vector { Vector(storage: -a.storage, count: a.count) }
    /// c·a.
    @inlinable @inline(__always)
    public static func * (c: Double, a: Vector) -> Vector { Vector(storage: c * a.storage, count: a.count) }
    /// a·c.
    @inlinable @inline(__always)
    public static func * (a: Vector, c: Double) -> Vector { Vector(storage: a.storage * c, count: a.count) }
    /// a/c.
    @inlinable @inline(__always)
    public static func / (a: Vector, c: Double) -> Vector {
        if a.count <= 2 {
            let q = a.storage.lowHalf.lowHalf / c
            return Vector(storage: SIMD8(lowHalf: SIMD4(lowHalf: q, highHalf: .zero), highHalf: .zero), count: a.count)
        }
        return Vector(storage: a.storage / c, count: a.count)
    }
    /// c/a element-wise (c divided by each coordinate).
    @inlinable @inline(__always)
    public static func / (c: Double, a: Vector) -> Vector {
        Vector(storage: (c / a.storage).replacing(with: 0, where: mask(a.count)), count: a.count)
    }
    /// a + c in every coordinate (padding lanes stay zero).
    @inlinable @inline(__always)
    public static func + (a: Vector, c: Double) -> Vector {
        Vector(storage: (a.storage + c).replacing(with: 0, where: mask(a.count)), count: a.count)
    }
    /// c + a in every coordinate.
    @inlinable @inline(__always)
    public static func + (c: Double, a: Vector) -> Vector { a + c }
    /// a += b.
    @inlinable public static func += (a: inout Vector, b: Vector) { a = a + b }
    /// a −= b.
    @inlinable public static func -= (a: inout Vector, b: Vector) { a = a - b }
    /// a *= c.
    @inlinable public static func *= (a: inout Vector, c: Double) { a = a * c }

    /// The lanes at or beyond `count`.
    @inlinable @inline(__always)
    static func mask(_ count: Int) -> SIMDMask<SIMD8<Int64>> {
        SIMD8<Int64>(0, 1, 2, 3, 4, 5, 6, 7) .>= SIMD8<Int64>(repeating: Int64(count))
    }
}

/// Element-wise square root √v.
@inlinable @inline(__always)
public func sqrt(_ v: Vector) -> Vector {
    if v.count <= 2 {
        let r = v.storage.lowHalf.lowHalf.squareRoot()
        return Vector(storage: SIMD8(lowHalf: SIMD4(lowHalf: r, highHalf: .zero), highHalf: .zero), count: v.count)
    }
    return Vector(storage: v.storage.squareRoot(), count: v.count)
}

/// Element-wise absolute value |v|.
@inlinable
public func abs(_ v: Vector) -> Vector {
    Vector(storage: v.storage.replacing(with: -v.storage, where: v.storage .< 0), count: v.count)
}

/// A short decimal rendering used by descriptions: six significant digits.
func formatted(_ x: Double) -> String {
    if x == 0 { return "0" }
    if !x.isFinite { return "\(x)" }
    let magnitude = Swift.abs(x)
    if magnitude >= 1e-4 && magnitude < 1e6 {
        // Round to six significant digits, then print the shortest form.
        let digits = 5 - Int((magnitude.log10Floor))
        let scale = pow10(digits)
        let rounded = (x * scale).rounded() / scale
        return "\(rounded)".replacingTrailingZeroFraction()
    }
    let exponent = Int(magnitude.log10Floor)
    let mantissa = (x / pow10(exponent) * 1e5).rounded() / 1e5
    return "\(mantissa)".replacingTrailingZeroFraction() + "e\(exponent)"
}

private func pow10(_ n: Int) -> Double {
    var p = 1.0
    for _ in 0..<Swift.abs(n) { p *= 10 }
    return n >= 0 ? p : 1 / p
}

private extension Double {
    var log10Floor: Double {
        var e = 0.0, m = self
        while m >= 10 { m /= 10; e += 1 }
        while m < 1 { m *= 10; e -= 1 }
        return e
    }
}

private extension String {
    func replacingTrailingZeroFraction() -> String { hasSuffix(".0") ? String(dropLast(2)) : self }
}
