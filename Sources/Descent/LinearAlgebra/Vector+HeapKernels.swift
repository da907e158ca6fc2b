// The loops behind Vector's operators beyond 8 coordinates: one pass per operator, fused with a
// pending scalar division and multiplication (`v / d` and `c * v` cost no pass), written in place
// into a temporary operand's buffer.

extension Vector {
    /// A scalar division and multiplication waiting to be applied to every
    /// coordinate of a heap vector, (x / divisor) · factor, in that order — the
    /// order in which `c * (v / d)` computes them, so applying them later gives
    /// the same bits. Stored in the vector's unused inline lanes.
    @usableFromInline
    struct Pending: Sendable {
        /// The pending multiplication, if any.
        @usableFromInline var factor: Double?
        /// The pending division (applied first), if any.
        @usableFromInline var divisor: Double?

        @inlinable init(factor: Double?, divisor: Double?) { (self.factor, self.divisor) = (factor, divisor) }

        /// Lane 0: factor, lane 1: 1 when a factor is pending; lane 2: divisor, lane 3: 1 when a divisor is pending.
        @inlinable init(lanes: SIMD8<Double>) {
            factor = lanes[1] != 0 ? lanes[0] : nil
            divisor = lanes[3] != 0 ? lanes[2] : nil
        }
        @inlinable var lanes: SIMD8<Double> {
            SIMD8(factor ?? 0, factor == nil ? 0 : 1, divisor ?? 0, divisor == nil ? 0 : 1, 0, 0, 0, 0)
        }

        /// (x / divisor) · factor.
        @inlinable @inline(__always)
        func apply(_ x: Double) -> Double {
            var y = x
            if let divisor { y = y / divisor }
            if let factor { y = y * factor }
            return y
        }
    }

    /// An element-wise operation on the heap path (one loop per case, chosen once per call).
    @usableFromInline
    enum HeapOperation: Sendable {
        case add, subtract, multiply, divide, maximum
        case scale(Double), shift(Double), divideBy(Double), divideInto(Double)
        case negate, squareRoot, magnitude, sign
    }

    /// The element-wise operation on vectors of more than 8 coordinates. Not
    /// inlined, so the 2-D operators stay a few instructions.
    ///
    /// - `c * a` records c when no factor is pending on `a`; `a / d` records d
    ///   when nothing is pending on `a` — no pass over the coordinates;
    /// - every other operation is one loop that applies the operands' pending
    ///   division and factor as it reads them (`x - η * g`, `β * v + g`,
    ///   `β₁ * v + (1 − β₁) * g` are each a single pass), writing into `a`'s buffer
    ///   when `a` is a temporary nothing else holds, and into a fresh buffer
    ///   otherwise (no copy first).
    ///
    /// The arithmetic is the unfused one, operation by operation, in the same
    /// order, so results are the same bits as one pass per operator.
    @usableFromInline @inline(never)
    static func heapMap(_ a: consuming Vector, _ b: Vector?, _ op: HeapOperation) -> Vector {
        switch op {
        case .scale(let c) where a.pending?.factor == nil:
            a.pending = Pending(factor: c, divisor: a.pending?.divisor)
            return a
        case .divideBy(let d) where a.pending == nil:
            a.pending = Pending(factor: nil, divisor: d)
            return a
        default: break
        }
        let n = a.count
        let (pa, pb) = (a.pending, b?.pending)
        if isKnownUniquelyReferenced(&a.box!) {
            let box = a.box!
            a.storage = .zero
            box.elements.withUnsafeMutableBufferPointer { out in
                apply(op, n, out.baseAddress!, UnsafePointer(out.baseAddress!), pa, b, pb)
            }
            return a
        }
        let result = [Double](unsafeUninitializedCapacity: n) { out, initialized in
            a.box!.elements.withUnsafeBufferPointer { x in apply(op, n, out.baseAddress!, x.baseAddress!, pa, b, pb) }
            initialized = n
        }
        return Vector(heap: result)
    }

    /// a ⊘ b; when only the divisor is a temporary (`η * v̂ / (sqrt(ŝ) + ε)`),
    /// the quotient is written into its buffer.
    @usableFromInline @inline(never)
    static func heapDivide(_ a: consuming Vector, _ b: consuming Vector) -> Vector {
        if !isKnownUniquelyReferenced(&a.box!), isKnownUniquelyReferenced(&b.box!) {
            let (pa, pb, n) = (a.pending, b.pending, a.count)
            b.storage = .zero
            let box = b.box!
            a.box!.elements.withUnsafeBufferPointer { x in
                box.elements.withUnsafeMutableBufferPointer { y in
                    binary(n, y.baseAddress!, x.baseAddress!, pa, UnsafePointer(y.baseAddress!), pb) { $0 / $1 }
                }
            }
            return b
        }
        return heapMap(a, b, .divide)
    }

    /// out[i] = op(pa(x[i]), pb(y[i])) for the operation's operands (nil: nothing pending).
    @usableFromInline
    static func apply(_ op: HeapOperation, _ n: Int, _ out: UnsafeMutablePointer<Double>, _ x: UnsafePointer<Double>,
                      _ pa: Pending?, _ b: Vector?, _ pb: Pending?) {
        if let b {
            b.box!.elements.withUnsafeBufferPointer { y in
                let y = y.baseAddress!
                switch op {
                case .add: binary(n, out, x, pa, y, pb) { $0 + $1 }
                case .subtract: binary(n, out, x, pa, y, pb) { $0 - $1 }
                case .multiply: binary(n, out, x, pa, y, pb) { $0 * $1 }
                case .divide: binary(n, out, x, pa, y, pb) { $0 / $1 }
                case .maximum: binary(n, out, x, pa, y, pb) { Swift.max($0, $1) }
                default: preconditionFailure("\(op) is not a binary operation")
                }
            }
            return
        }
        switch op {
        case .scale(let c): unary(n, out, x, pa) { $0 * c }
        case .shift(let c): unary(n, out, x, pa) { $0 + c }
        case .divideBy(let c): unary(n, out, x, pa) { $0 / c }
        case .divideInto(let c): unary(n, out, x, pa) { c / $0 }
        case .negate: unary(n, out, x, pa) { -$0 }
        case .squareRoot: unary(n, out, x, pa) { $0.squareRoot() }
        case .magnitude: unary(n, out, x, pa) { Swift.abs($0) }
        case .sign: unary(n, out, x, pa) { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }
        default: preconditionFailure("\(op) needs a second vector")
        }
    }

    /// Calls `body` with a reader of one operand's coordinates that applies what
    /// is pending on it — one specialised reader per case, so every loop stays a
    /// plain, vectorisable loop.
    @inline(__always)
    static func withReader(_ p: Pending?, _ body: ((Double) -> Double) -> Void) {
        switch (p?.divisor, p?.factor) {
        case (nil, nil): body { $0 }
        case (nil, let c?): body { $0 * c }
        case (let d?, nil): body { $0 / d }
        case (let d?, let c?): body { ($0 / d) * c }
        }
    }

    /// One loop out[i] = f(pa(x[i])).
    @inline(__always)
    static func unary(_ n: Int, _ out: UnsafeMutablePointer<Double>, _ x: UnsafePointer<Double>, _ pa: Pending?,
                      _ f: (Double) -> Double) {
        withReader(pa) { read in
            for i in 0..<n { out[i] = f(read(x[i])) }
        }
    }

    /// One loop out[i] = f(pa(x[i]), pb(y[i])).
    @inline(__always)
    static func binary(_ n: Int, _ out: UnsafeMutablePointer<Double>, _ x: UnsafePointer<Double>, _ pa: Pending?,
                       _ y: UnsafePointer<Double>, _ pb: Pending?, _ f: (Double, Double) -> Double) {
        withReader(pa) { readX in
            withReader(pb) { readY in
                for i in 0..<n { out[i] = f(readX(x[i]), readY(y[i])) }
            }
        }
    }
}
