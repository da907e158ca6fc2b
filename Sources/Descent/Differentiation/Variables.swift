import RealModule

/// The arguments x = (x₁, …, xₙ) of an objective, as numbers of type `Scalar`
/// (`Double` for values, ``Dual`` for gradients, ``HyperDual`` for Hessians).
///
/// Stored inline (eight slots), so evaluating an objective never allocates.
/// Index from zero: `x[0]` is x₁.
@frozen
public struct Variables<Scalar: Real>: RandomAccessCollection {
    @usableFromInline
    var storage: (Scalar, Scalar, Scalar, Scalar, Scalar, Scalar, Scalar, Scalar)
    /// The dimension n.
    public let count: Int

    /// Variables whose i-th entry is `entry(i)`, for i in 0..<count (count ≤ 8).
    @inlinable @inline(__always)
    public init(count: Int, _ entry: (Int) -> Scalar) {
        precondition(count >= 0 && count <= Vector.capacity,
                     "dimension \(count) is outside 0...\(Vector.capacity)")
        self.count = count
        @inline(__always) func slot(_ i: Int) -> Scalar { i < count ? entry(i) : 0 }
        storage = (slot(0), slot(1), slot(2), slot(3), slot(4), slot(5), slot(6), slot(7))
    }

    /// The i-th argument (0-based).
    @inlinable @inline(__always)
    public subscript(i: Int) -> Scalar {
        precondition(i >= 0 && i < count,
                     "x[\(i)] is out of range: the objective has dimension \(count) (pass `dimension:` when defining it)")
        return withUnsafeBytes(of: storage) { $0.load(fromByteOffset: i &* MemoryLayout<Scalar>.stride, as: Scalar.self) }
    }

    /// 0.
    @inlinable public var startIndex: Int { 0 }
    /// The dimension.
    @inlinable public var endIndex: Int { count }
}

extension Variables: Sendable where Scalar: Sendable {}

extension Variables where Scalar == Double {
    /// The plain values of a point.
    @inlinable @inline(__always)
    public init(_ x: Vector) { self.init(count: x.count) { x.storage[$0] } }
}

extension Variables where Scalar == Dual<Double> {
    /// The point x seeded in direction eᵢ: evaluating f on these gives f(x) + ∂ᵢf(x)·ε.
    @inlinable @inline(__always)
    public init(_ x: Vector, direction i: Int) {
        self.init(count: x.count) { Dual(x.storage[$0], derivative: $0 == i ? 1 : 0) }
    }
}

extension Variables where Scalar == HyperDual {
    /// The point x seeded in directions eᵢ (inner ε) and eⱼ (outer ε); pass −1
    /// for no direction. Evaluating f on these gives f, ∂ᵢf, ∂ⱼf and ∂ᵢ∂ⱼf.
    @inlinable @inline(__always)
    public init(_ x: Vector, directions i: Int, _ j: Int) {
        self.init(count: x.count) { k in
            Dual(Dual(x.storage[k], derivative: k == i ? 1 : 0), derivative: Dual(k == j ? 1 : 0))
        }
    }
}

/// cos x for any `Real` (so objectives read `cos(x[0])` on duals too).
@inlinable public func cos<T: Real>(_ x: T) -> T { T.cos(x) }
/// sin x for any `Real`.
@inlinable public func sin<T: Real>(_ x: T) -> T { T.sin(x) }
/// tan x for any `Real`.
@inlinable public func tan<T: Real>(_ x: T) -> T { T.tan(x) }
/// eˣ for any `Real`.
@inlinable public func exp<T: Real>(_ x: T) -> T { T.exp(x) }
/// ln x for any `Real`.
@inlinable public func log<T: Real>(_ x: T) -> T { T.log(x) }
/// cosh x for any `Real`.
@inlinable public func cosh<T: Real>(_ x: T) -> T { T.cosh(x) }
/// sinh x for any `Real`.
@inlinable public func sinh<T: Real>(_ x: T) -> T { T.sinh(x) }
/// tanh x for any `Real`.
@inlinable public func tanh<T: Real>(_ x: T) -> T { T.tanh(x) }
/// √x for any `Real`.
@inlinable public func sqrt<T: Real>(_ x: T) -> T { T.sqrt(x) }
/// xⁿ for any `Real` and integer n (negative x allowed).
@inlinable public func pow<T: Real>(_ x: T, _ n: Int) -> T { T.pow(x, n) }
/// xʸ for any `Real`, x > 0.
@inlinable public func pow<T: Real>(_ x: T, _ y: T) -> T { T.pow(x, y) }
