import RealModule

/// The arguments x = (x₁, …, xₙ) of an objective, as numbers of type `Scalar`
/// (`Double` for values, ``Dual`` for gradients, ``HyperDual`` for Hessians).
/// Index from zero: `x[0]` is x₁.
///
/// Up to eight arguments are stored inline, so evaluating a small objective
/// never allocates and a `Variables` value is plain data. More arguments live
/// in a temporary buffer that exists only while the objective is evaluated
/// (``with(count:_:_:)``): an objective reads its arguments, it never keeps them.
///
/// A `Sequence` (`for xᵢ in x`, `x.reduce`, `zip(x, x.dropFirst())`, `x.indices`), not a
/// `Collection`: a collection's subscripts by range make every `x[0]` in an objective's formula
/// a choice the type checker must try, and `0.5 * x[0] * x[0] + 0.5 * κ * x[1] * x[1]` took
/// 117 ms to type-check on every build of its chapter; with one subscript, 4 ms.
@frozen
public struct Variables<Scalar: Real>: Sequence {
    @usableFromInline
    var storage: (Scalar, Scalar, Scalar, Scalar, Scalar, Scalar, Scalar, Scalar)
    /// The arguments when there are more than eight: a buffer owned by ``with(count:_:_:)``.
    @usableFromInline let spill: UnsafeBufferPointer<Scalar>?
    /// The dimension n.
    public let count: Int

    /// At most eight variables whose i-th entry is `entry(i)`; for any
    /// dimension use ``with(count:_:_:)``.
    @inlinable @inline(__always)
    public init(count: Int, _ entry: (Int) -> Scalar) {
        precondition(count >= 0 && count <= Vector.inlineCapacity,
                     "Variables(count:) holds at most 8 arguments; use Variables.with(count:_:_:) for \(count)")
        self.count = count
        self.spill = nil
        @inline(__always) func slot(_ i: Int) -> Scalar { i < count ? entry(i) : 0 }
        storage = (slot(0), slot(1), slot(2), slot(3), slot(4), slot(5), slot(6), slot(7))
    }

    @inlinable @inline(__always)
    init(spill: UnsafeBufferPointer<Scalar>) {
        self.count = spill.count
        self.spill = spill
        storage = (0, 0, 0, 0, 0, 0, 0, 0)
    }

    /// Calls `body` with the variables whose i-th entry is `entry(i)`, in any
    /// dimension: inline up to eight, otherwise in a temporary buffer that is
    /// valid only during `body`.
    ///
    /// ```swift
    /// let y = Variables.with(count: 50, { Double($0) }) { x in x[0] + x[49] }   // 49
    /// ```
    @inlinable @inline(__always)
    public static func with<R>(count: Int, _ entry: (Int) -> Scalar, _ body: (Variables) -> R) -> R {
        if count <= Vector.inlineCapacity { return body(Variables(count: count, entry)) }
        return withUnsafeTemporaryAllocation(of: Scalar.self, capacity: count) { buffer in
            for i in 0..<count { buffer.initializeElement(at: i, to: entry(i)) }
            defer { _ = buffer.deinitialize() }
            return body(Variables(spill: UnsafeBufferPointer(buffer)))
        }
    }

    /// The i-th argument (0-based).
    @inlinable @inline(__always)
    public subscript(i: Int) -> Scalar {
        precondition(i >= 0 && i < count,
                     "x[\(i)] is out of range: the objective has dimension \(count) (pass `dimension:` when defining it)")
        if let spill { return spill[i] }
        return withUnsafeBytes(of: storage) { $0.load(fromByteOffset: i &* MemoryLayout<Scalar>.stride, as: Scalar.self) }
    }

    /// The indices of the arguments, `0..<count`.
    @inlinable public var indices: Range<Int> { 0..<count }
    /// Whether there are no arguments.
    @inlinable public var isEmpty: Bool { count == 0 }
    /// The dimension.
    @inlinable public var underestimatedCount: Int { count }

    /// Iterates over the arguments in order.
    @frozen
    public struct Iterator: IteratorProtocol {
        @usableFromInline let variables: Variables
        @usableFromInline var index = 0

        @inlinable init(_ variables: Variables) { self.variables = variables }

        /// The next argument, or nil after the last.
        @inlinable public mutating func next() -> Scalar? {
            guard index < variables.count else { return nil }
            defer { index += 1 }
            return variables[index]
        }
    }

    /// An iterator over the arguments.
    @inlinable public func makeIterator() -> Iterator { Iterator(self) }
}

extension Variables: @unchecked Sendable where Scalar: Sendable {}

extension Variables where Scalar == Double {
    /// Calls `body` with the plain values of the point x.
    @inlinable @inline(__always)
    public static func with<R>(_ x: Vector, _ body: (Variables) -> R) -> R {
        with(count: x.count, { x[$0] }, body)
    }
}

extension Variables where Scalar == Dual<Double> {
    /// The point x (at most 8 coordinates) seeded in direction eᵢ, read from its SIMD lanes.
    @inlinable @inline(__always)
    init(_ x: Vector, direction i: Int) {
        let lanes = x.storage
        self.init(count: x.count) { Dual(lanes[$0], derivative: $0 == i ? 1 : 0) }
    }

    /// Calls `body` with the point x seeded in direction eᵢ: evaluating f on
    /// these gives f(x) + ∂ᵢf(x)·ε.
    @inlinable @inline(__always)
    public static func with<R>(_ x: Vector, direction i: Int, _ body: (Variables) -> R) -> R {
        with(count: x.count, { Dual(x[$0], derivative: $0 == i ? 1 : 0) }, body)
    }
}

extension Variables where Scalar == HyperDual {
    /// Calls `body` with the point x seeded in directions eᵢ (inner ε) and eⱼ
    /// (outer ε); pass −1 for no direction. Evaluating f on these gives f, ∂ᵢf,
    /// ∂ⱼf and ∂ᵢ∂ⱼf.
    @inlinable @inline(__always)
    public static func with<R>(_ x: Vector, directions i: Int, _ j: Int, _ body: (Variables) -> R) -> R {
        with(count: x.count, { k in Dual(Dual(x[k], derivative: k == i ? 1 : 0), derivative: Dual(k == j ? 1 : 0)) }, body)
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
