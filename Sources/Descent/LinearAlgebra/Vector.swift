/// A point, gradient or optimizer state in ℝⁿ, for any dimension n.
///
/// **Two storages, one type.** Up to ``Vector/inlineCapacity`` = 8 coordinates
/// live inline in a `SIMD8<Double>`: creating, adding or scaling a 2-D vector
/// never allocates, and the element-wise operations an optimizer needs
/// (`g * g` is the Hadamard product g ⊙ g, `sqrt(s)` is element-wise) compile
/// to a handful of SIMD instructions. Beyond eight coordinates (a 10-feature
/// regression, a network's weights) the coordinates live in a heap array:
/// `c * v` and `v / d` only record the scalar (``pending``), and every other
/// operation is one tight loop that applies it, writing into an operand's
/// buffer when nothing else holds it — `x - η * g` and `β * v + (1 - β) * g`
/// are one pass each (see `Vector+HeapKernels.swift`). The same optimizer
/// code runs on both.
///
/// ```swift
/// let x: Vector = [-1, 1]
/// let step = 0.1 * x - x * x                       // element-wise, no allocation
/// let w = Vector(repeating: 1, count: 50)          // 50 dimensions, same operators
/// ```
@frozen
public struct Vector: Sendable, Hashable {
    /// The heap coordinates of a vector of more than 8 coordinates, shared
    /// between copies and copied on the first write to a shared one.
    @usableFromInline
    final class HeapBox: @unchecked Sendable {
        @usableFromInline var elements: [Double]
        @usableFromInline init(_ elements: [Double]) { self.elements = elements }
    }

    /// The number of coordinates stored inline (larger vectors use the heap).
    public static let inlineCapacity = 8

    /// The coordinates when `count` ≤ 8, padded with zeros to eight lanes (for
    /// a larger vector, whose coordinates are in the heap, bookkeeping: see ``pending``).
    public var storage: SIMD8<Double>
    /// The heap storage (nil for at most 8 coordinates). An optional class
    /// reference rather than an array: a small vector's `nil` is known to the
    /// optimizer, so copying and dropping 2-D temporaries costs no reference counting.
    @usableFromInline var box: HeapBox?

    /// The coordinates when `count` > 8 (with any pending factor applied,
    /// see ``pending``); empty otherwise.
    @inlinable
    var heap: [Double] {
        @inline(__always) get {
            guard let box else { return [] }
            if let p = pending { return box.elements.map { p.apply($0) } }
            return box.elements
        }
        _modify {
            if box == nil {
                var none: [Double] = []
                yield &none
                return
            }
            if !isKnownUniquelyReferenced(&box!) { box = HeapBox(box!.elements) }
            if let p = pending {
                box!.elements.withUnsafeMutableBufferPointer { x in for i in x.indices { x[i] = p.apply(x[i]) } }
                storage = .zero
            }
            yield &box!.elements
        }
    }

    /// For a vector of more than 8 coordinates, a division and a multiplication
    /// not yet applied: its coordinates are (xᵢ / d)·c for the stored xᵢ. `c * v`
    /// and `v / d` record c and d here instead of making a pass over v, so the
    /// operation that consumes the result fuses them into its own loop
    /// (`x - η * g` is one pass). Kept in the inline lanes, which a heap vector
    /// does not otherwise use.
    @inlinable
    var pending: Pending? {
        get { box != nil && (storage[1] != 0 || storage[3] != 0) ? Pending(lanes: storage) : nil }
        set { storage = newValue?.lanes ?? .zero }
    }
    /// The dimension n.
    public let count: Int

    /// A vector of at most 8 coordinates from its padded storage (lanes past `count` must be zero).
    @inlinable @inline(__always)
    public init(storage: SIMD8<Double>, count: Int) {
        precondition(count >= 0 && count <= Vector.inlineCapacity,
                     "Vector(storage:count:) holds at most 8 coordinates; use Vector(_:) for \(count)")
        self.storage = storage
        self.box = nil
        self.count = count
    }

    /// A vector of more than 8 coordinates from its array.
    @inlinable @inline(__always)
    init(heap: [Double]) {
        self.storage = .zero
        self.box = HeapBox(heap)
        self.count = heap.count
    }

    /// Whether the coordinates are inline (n ≤ 8; the box is nil exactly then).
    /// Tested on the box rather than the count: on the inline branch the
    /// compiler then knows the reference is nil and drops its retain/release
    /// there (measured: part of what brought 2-D Adam back to the SIMD8-only speed).
    @inlinable @inline(__always) var isInline: Bool { box == nil }

    /// The vector of dimension 0.
    @inlinable public static var empty: Vector { Vector(storage: .zero, count: 0) }

    /// Moves the value out, leaving ``empty`` behind: the optimizers' `step`
    /// takes its state vectors this way, so updating them costs no copy and no
    /// reference counting (`var v = state.v` would keep two references).
    @inlinable @inline(__always)
    public mutating func take() -> Vector {
        var taken = Vector.empty
        swap(&taken, &self)
        return taken
    }

    /// The zero vector of dimension `count`.
    @inlinable
    public init(zeros count: Int) {
        precondition(count >= 0, "Vector dimension \(count) is negative")
        if count <= Vector.inlineCapacity {
            self.init(storage: .zero, count: count)
        } else {
            self.init(heap: Array(repeating: 0, count: count))
        }
    }

    /// A vector of dimension `count` with every coordinate equal to `value`.
    ///
    /// ```swift
    /// Vector(repeating: 1, count: 50)
    /// ```
    @inlinable
    public init(repeating value: Double, count: Int) {
        precondition(count >= 0, "Vector dimension \(count) is negative")
        if count <= Vector.inlineCapacity {
            self.init(storage: .zero, count: count)
            for i in 0..<count { storage[i] = value }
        } else {
            self.init(heap: Array(repeating: value, count: count))
        }
    }

    /// A vector from its coordinates, in any dimension.
    @inlinable
    public init<C: Collection>(_ coordinates: C) where C.Element == Double {
        let n = coordinates.count
        if n <= Vector.inlineCapacity {
            self.init(storage: .zero, count: n)
            for (i, c) in coordinates.enumerated() { storage[i] = c }
        } else {
            self.init(heap: Array(coordinates))
        }
    }

    /// A vector of dimension `count` whose i-th coordinate is `coordinate(i)`.
    ///
    /// ```swift
    /// let x = Vector(count: 50) { i in Double(i) / 50 }
    /// ```
    @inlinable
    public init(count: Int, _ coordinate: (Int) throws -> Double) rethrows {
        if count > Vector.inlineCapacity {
            self.init(heap: try (0..<count).map(coordinate))
            return
        }
        self.init(zeros: count)
        for i in 0..<count { storage[i] = try coordinate(i) }
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
        @inline(__always) get {
            precondition(i >= 0 && i < count, "index \(i) out of range for a vector of dimension \(count)")
            if isInline { return storage[i] }
            if let p = pending { return p.apply(box!.elements[i]) }
            return box!.elements[i]
        }
        @inline(__always) set {
            precondition(i >= 0 && i < count, "index \(i) out of range for a vector of dimension \(count)")
            if isInline { storage[i] = newValue } else { heap[i] = newValue }
        }
    }

    /// The coordinates as an array (allocates; for printing and plotting).
    public var coordinates: [Double] { isInline ? (0..<count).map { storage[$0] } : heap }

    /// Calls `body` with the coordinates as a contiguous buffer (no copy for n > 8).
    @inlinable
    public func withCoordinates<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        if isInline {
            var s = storage
            return try withUnsafeBytes(of: &s) { raw in
                try body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: Double.self), count: count))
            }
        }
        return try heap.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the coordinates as a mutable contiguous buffer.
    @inlinable
    public mutating func withMutableCoordinates<R>(_ body: (UnsafeMutableBufferPointer<Double>) throws -> R) rethrows -> R {
        if isInline {
            let n = count
            return try withUnsafeMutableBytes(of: &storage) { raw in
                try body(UnsafeMutableBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: Double.self), count: n))
            }
        }
        return try heap.withUnsafeMutableBufferPointer { try body($0) }
    }

    /// The Euclidean norm ‖x‖₂.
    @inlinable public var norm: Double { Vector.dot(self, self).squareRoot() }

    /// The largest absolute coordinate ‖x‖∞.
    @inlinable public var maximumMagnitude: Double {
        withCoordinates { c in
            var m = 0.0
            for v in c { m = Swift.max(m, Swift.abs(v)) }
            return m
        }
    }

    /// Whether every coordinate is finite.
    @inlinable public var isFinite: Bool {
        // 0·x is 0 for finite x and NaN for ±∞ or NaN, so one sum checks all lanes.
        if isInline { return (storage * 0).sum() == 0 }
        return heap.withUnsafeBufferPointer { c in
            var s = 0.0
            for v in c { s += v * 0 }
            return s == 0
        }
    }

    /// The dot product ⟨a, b⟩.
    @inlinable public static func dot(_ a: Vector, _ b: Vector) -> Double {
        precondition(a.count == b.count, "dot product of vectors of dimensions \(a.count) and \(b.count)")
        if a.isInline { return (a.storage * b.storage).sum() }
        return heapDot(a, b)
    }

    @usableFromInline @inline(never)
    static func heapDot(_ a: Vector, _ b: Vector) -> Double {
        a.heap.withUnsafeBufferPointer { x in b.heap.withUnsafeBufferPointer { y in dot(x, y) } }
    }

    /// The dot product of two buffers of equal length, summed exactly as
    /// ``dot(_:_:)`` sums vectors of more than 8 coordinates (same bits).
    @inlinable
    static func dot(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) -> Double {
        // Four accumulators let the loop vectorise (addition is not reassociated otherwise).
        var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
        let n = x.count, m = n & ~3
        var i = 0
        while i < m {
            s0 += x[i] * y[i]; s1 += x[i + 1] * y[i + 1]
            s2 += x[i + 2] * y[i + 2]; s3 += x[i + 3] * y[i + 3]
            i += 4
        }
        while i < n { s0 += x[i] * y[i]; i += 1 }
        return (s0 + s1) + (s2 + s3)
    }

    /// x ← x + c·y in place (no temporary; used by sums over examples).
    @inlinable
    public mutating func add(_ c: Double, times y: Vector) {
        precondition(count == y.count, "adding a vector of dimension \(y.count) to one of dimension \(count)")
        if isInline { storage += c * y.storage; return }
        heapAdd(c, times: y)
    }

    @usableFromInline @inline(never)
    mutating func heapAdd(_ c: Double, times y: Vector) {
        heap.withUnsafeMutableBufferPointer { x in
            y.heap.withUnsafeBufferPointer { y in
                for i in 0..<x.count { x[i] += c * y[i] }
            }
        }
    }
}

extension Vector {
    /// Equal dimensions and equal coordinates.
    @inlinable public static func == (a: Vector, b: Vector) -> Bool {
        guard a.count == b.count else { return false }
        if a.isInline { return a.storage == b.storage }
        return (a.box === b.box && a.storage == b.storage) || a.heap == b.heap
    }
    /// Hashes the dimension and the coordinates.
    @inlinable public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        if isInline { hasher.combine(storage) } else { hasher.combine(heap) }
    }
}

extension Vector: ExpressibleByArrayLiteral {
    /// A vector from a literal such as `[-1, 1]`.
    @inlinable public init(arrayLiteral coordinates: Double...) { self.init(coordinates) }
}

extension Vector: CustomStringConvertible {
    /// `(x₁, x₂, …)` with up to six significant digits per coordinate; more
    /// than 12 coordinates print as the first five, "…", the last two and the dimension.
    public var description: String {
        let c = coordinates
        if c.count > 12 {
            let head = c.prefix(5).map { formatted($0) }.joined(separator: ", ")
            let tail = c.suffix(2).map { formatted($0) }.joined(separator: ", ")
            return "(\(head), …, \(tail)) [n = \(c.count)]"
        }
        return "(" + c.map { formatted($0) }.joined(separator: ", ") + ")"
    }
}

extension Vector: RandomAccessCollection {
    /// 0.
    @inlinable public var startIndex: Int { 0 }
    /// The dimension.
    @inlinable public var endIndex: Int { count }
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
