// Element-wise arithmetic on vectors: inline SIMD lanes up to 8 coordinates, one loop over the heap array beyond.

// MARK: Element-wise arithmetic (the Hadamard product is `*`)

extension Vector {
    @inlinable @inline(__always)
    static func checkDimensions(_ a: Vector, _ b: Vector, _ operation: StaticString) {
        precondition(a.count == b.count, "\(operation) of vectors of dimensions \(a.count) and \(b.count)")
    }

    /// a + b.
    @inlinable @inline(__always)
    public static func + (a: consuming Vector, b: Vector) -> Vector {
        checkDimensions(a, b, "sum")
        if a.isInline { return Vector(storage: a.storage + b.storage, count: a.count) }
        return heapMap(a, b, .add)
    }
    /// a − b.
    @inlinable @inline(__always)
    public static func - (a: consuming Vector, b: Vector) -> Vector {
        checkDimensions(a, b, "difference")
        if a.isInline { return Vector(storage: a.storage - b.storage, count: a.count) }
        return heapMap(a, b, .subtract)
    }
    /// a ⊙ b, element-wise.
    @inlinable @inline(__always)
    public static func * (a: consuming Vector, b: Vector) -> Vector {
        checkDimensions(a, b, "element-wise product")
        if a.isInline { return Vector(storage: a.storage * b.storage, count: a.count) }
        return heapMap(a, b, .multiply)
    }
    /// a ⊘ b, element-wise; padding lanes stay zero.
    @inlinable @inline(__always)
    public static func / (a: consuming Vector, b: consuming Vector) -> Vector {
        checkDimensions(a, b, "element-wise quotient")
        if a.isInline && a.count <= 2 {
            // Division is the slowest lane operation: in the common 2-D case do two lanes, not eight.
            let q = (a.storage.lowHalf.lowHalf / b.storage.lowHalf.lowHalf)
                .replacing(with: 0, where: SIMD2<Int64>(0, 1) .>= SIMD2<Int64>(repeating: Int64(a.count)))
            return Vector(storage: SIMD8(lowHalf: SIMD4(lowHalf: q, highHalf: .zero), highHalf: .zero), count: a.count)
        }
        if a.isInline {
            return Vector(storage: (a.storage / b.storage).replacing(with: 0, where: mask(a.count)), count: a.count)
        }
        return heapDivide(a, b)
    }
    /// −a.
    @inlinable @inline(__always)
    public static prefix func - (a: consuming Vector) -> Vector {
        if a.isInline { return Vector(storage: -a.storage, count: a.count) }
        return heapMap(a, nil, .negate)
    }
    /// c·a.
    @inlinable @inline(__always)
    public static func * (c: Double, a: consuming Vector) -> Vector {
        if a.isInline { return Vector(storage: c * a.storage, count: a.count) }
        return heapMap(a, nil, .scale(c))
    }
    /// a·c.
    @inlinable @inline(__always)
    public static func * (a: consuming Vector, c: Double) -> Vector {
        if a.isInline { return Vector(storage: a.storage * c, count: a.count) }
        return heapMap(a, nil, .scale(c))
    }
    /// a/c.
    @inlinable @inline(__always)
    public static func / (a: consuming Vector, c: Double) -> Vector {
        if a.isInline && a.count <= 2 {
            let q = a.storage.lowHalf.lowHalf / c
            return Vector(storage: SIMD8(lowHalf: SIMD4(lowHalf: q, highHalf: .zero), highHalf: .zero), count: a.count)
        }
        if a.isInline { return Vector(storage: a.storage / c, count: a.count) }
        return heapMap(a, nil, .divideBy(c))
    }
    /// c/a element-wise (c divided by each coordinate).
    @inlinable @inline(__always)
    public static func / (c: Double, a: consuming Vector) -> Vector {
        if a.isInline { return Vector(storage: (c / a.storage).replacing(with: 0, where: mask(a.count)), count: a.count) }
        return heapMap(a, nil, .divideInto(c))
    }
    /// a + c in every coordinate (padding lanes stay zero).
    @inlinable @inline(__always)
    public static func + (a: consuming Vector, c: Double) -> Vector {
        if a.isInline { return Vector(storage: (a.storage + c).replacing(with: 0, where: mask(a.count)), count: a.count) }
        return heapMap(a, nil, .shift(c))
    }
    /// c + a in every coordinate.
    @inlinable @inline(__always)
    public static func + (c: Double, a: consuming Vector) -> Vector { a + c }
    /// a − c in every coordinate.
    @inlinable @inline(__always)
    public static func - (a: consuming Vector, c: Double) -> Vector { a + (-c) }
    /// a += b.
    @inlinable public static func += (a: inout Vector, b: Vector) { a.add(1, times: b) }
    /// a −= b.
    @inlinable public static func -= (a: inout Vector, b: Vector) { a.add(-1, times: b) }
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
public func sqrt(_ v: consuming Vector) -> Vector {
    if v.isInline && v.count <= 2 {
        let r = v.storage.lowHalf.lowHalf.squareRoot()
        return Vector(storage: SIMD8(lowHalf: SIMD4(lowHalf: r, highHalf: .zero), highHalf: .zero), count: v.count)
    }
    if v.isInline { return Vector(storage: v.storage.squareRoot(), count: v.count) }
    return Vector.heapMap(v, nil, .squareRoot)
}

/// Element-wise absolute value |v|.
@inlinable
public func abs(_ v: consuming Vector) -> Vector {
    if v.isInline { return Vector(storage: v.storage.replacing(with: -v.storage, where: v.storage .< 0), count: v.count) }
    return Vector.heapMap(v, nil, .magnitude)
}

/// Element-wise maximum max(a, b).
@inlinable
public func max(_ a: consuming Vector, _ b: Vector) -> Vector {
    Vector.checkDimensions(a, b, "element-wise maximum")
    if a.isInline { return Vector(storage: a.storage.replacing(with: b.storage, where: a.storage .< b.storage), count: a.count) }
    return Vector.heapMap(a, b, .maximum)
}

/// Element-wise sign: −1, 0 or 1 per coordinate (Yogi's update uses it).
@inlinable
public func sign(_ v: consuming Vector) -> Vector {
    if v.isInline {
        let s = SIMD8<Double>(repeating: 0)
            .replacing(with: 1, where: v.storage .> 0)
            .replacing(with: -1, where: v.storage .< 0)
        return Vector(storage: s, count: v.count)
    }
    return Vector.heapMap(v, nil, .sign)
}
