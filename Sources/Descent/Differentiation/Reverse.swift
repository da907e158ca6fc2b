import RealModule

/// A number in reverse-mode automatic differentiation: a value, and its place
/// on the ``Tape`` of the evaluation that computed it.
///
/// Forward mode (``Dual``) carries one directional derivative along, so a
/// gradient in n dimensions costs ⌈n/2⌉ evaluations even with ``HyperDual``'s
/// two directions. Reverse mode instead *records* each operation once — which
/// numbers it combined and the partial derivatives of its result with respect
/// to them — and then walks the record backwards, accumulating ∂f/∂(every number)
/// by the chain rule (Griewank and Walther, *Evaluating Derivatives*, 2008).
/// One evaluation and one backward sweep give the whole gradient, whatever n is:
/// at n = 50 that is a few times the cost of a value instead of 25 evaluations.
///
/// Values are `Dual<Double>` in ``Objective/reverseMode(_:latex:name:dimension:minima:saddlePoints:box:_:)``
/// (the closure's ``ReverseDual``): seeding the duals' ε parts in direction eⱼ makes
/// the backward sweep carry the derivative of the gradient along eⱼ too — column j
/// of the Hessian ("forward over reverse"), n sweeps for the whole matrix.
///
/// A number made from a literal or a plain constant is not on any tape (its
/// derivative is zero) and costs no record. Numbers belong to one evaluation:
/// an objective reads its arguments and returns its result, it never keeps
/// them (as for ``Variables``). A number kept from an earlier evaluation and
/// used in a later one stops the program with a message: each evaluation has
/// its own generation, checked on every operation, and tapes are pooled and
/// never freed, so a kept number never points at freed memory. One evaluation
/// runs on one thread; sharing its numbers with other threads while it runs is
/// not detected.
///
/// Comparisons look at `value` only, as for the real number it stands for.
@frozen
public struct Reverse<Value: DifferentiableScalar> {
    /// The value of this intermediate result.
    public var value: Value
    /// Its index on the tape, or −1 for a constant (no tape).
    @usableFromInline var index: Int32
    /// The generation of the evaluation that made it (see ``Tape/generation``).
    @usableFromInline var generation: UInt32
    /// The tape of the evaluation (see ``Tape/evaluate(_:count:seed:)``); tapes are never freed.
    @usableFromInline var tape: Unmanaged<Tape<Value>>?

    /// The constant `value`: zero derivative, not recorded.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable @inline(__always)
    public init(_ value: Value) {
        self.value = value
        self.index = -1
        self.generation = 0
        self.tape = nil
    }

    @inlinable @inline(__always)
    init(value: Value, index: Int32, generation: UInt32, tape: Unmanaged<Tape<Value>>) {
        self.value = value
        self.index = index
        self.generation = generation
        self.tape = tape
    }

    /// The result `value` of an operation on `a` alone, with ∂result/∂a = `da`.
    @inlinable @inline(__always)
    static func unary(_ a: Reverse, _ value: Value, _ da: Value) -> Reverse {
        guard let tape = a.tape else { return Reverse(value) }
        let index = tape._withUnsafeGuaranteedRef { t in
            t.checkCurrent(a.generation)
            return t.record(a.index, da, -1, 0)
        }
        return Reverse(value: value, index: index, generation: a.generation, tape: tape)
    }

    /// The result `value` of an operation on `a` and `b`, with partials `da` and `db`.
    @inlinable @inline(__always)
    static func binary(_ a: Reverse, _ b: Reverse, _ value: Value, _ da: Value, _ db: Value) -> Reverse {
        guard let tape = a.tape else {
            return b.tape == nil ? Reverse(value) : unary(b, value, db)
        }
        guard let other = b.tape else { return unary(a, value, da) }
        let index = tape._withUnsafeGuaranteedRef { t in
            t.checkCurrent(a.generation)
            precondition(other.toOpaque() == tape.toOpaque() && b.generation == a.generation, Tape<Value>.keptNumber)
            return t.record(a.index, da, b.index, db)
        }
        return Reverse(value: value, index: index, generation: a.generation, tape: tape)
    }

    /// The result of a function of one argument, value and derivative taken from
    /// `f` on ``Dual`` numbers: each elementary function is differentiated once, in `Dual`.
    @inlinable @inline(__always)
    static func through(_ x: Reverse, _ f: (Dual<Value>) -> Dual<Value>) -> Reverse {
        let y = f(Dual(x.value, derivative: 1))
        return unary(x, y.value, y.derivative)
    }

    /// The result of a function of two arguments, its partials taken from `f` on ``Dual`` numbers.
    @inlinable @inline(__always)
    static func through(_ x: Reverse, _ y: Reverse, _ f: (Dual<Value>, Dual<Value>) -> Dual<Value>) -> Reverse {
        let dx = f(Dual(x.value, derivative: 1), Dual(y.value))
        let dy = f(Dual(x.value), Dual(y.value, derivative: 1))
        return binary(x, y, dx.value, dx.derivative, dy.derivative)
    }
}

/// The reverse-mode number of ``Objective/reverseMode(_:latex:name:dimension:minima:saddlePoints:box:_:)``
/// closures: values are `Dual<Double>`, so one closure gives exact gradients (one
/// recorded evaluation) and exact Hessians (n of them, forward over reverse).
public typealias ReverseDual = Reverse<Dual<Double>>

/// The record of one evaluation: for each number computed, the indices of the
/// (at most two) numbers it was computed from and the partial derivatives with
/// respect to them. The first `count` entries are the arguments. A tape passes
/// between threads only through ``TapePool`` and records one evaluation at a time
/// (hence `@unchecked Sendable`).
public final class Tape<Value: DifferentiableScalar>: @unchecked Sendable {
    /// One recorded operation: result = op(a, b), with ∂result/∂a and ∂result/∂b.
    @usableFromInline
    struct Entry {
        @usableFromInline var a: Int32
        @usableFromInline var b: Int32
        @usableFromInline var da: Value
        @usableFromInline var db: Value
        @inlinable init(a: Int32, b: Int32, da: Value, db: Value) { (self.a, self.b, self.da, self.db) = (a, b, da, db) }
    }

    /// The entries in order. Only the evaluation that owns the tape touches it, on one
    /// thread, so the runtime's exclusivity check on every append is left out (it cost a
    /// third of a recorded operation).
    @exclusivity(unchecked) @usableFromInline var entries: [Entry] = []

    /// The evaluation the tape is recording now (0 when none). Every number carries the
    /// generation that made it, so a number kept from an earlier evaluation is caught when
    /// a later one uses it.
    @exclusivity(unchecked) @usableFromInline var generation: UInt32 = 0

    @usableFromInline init() {}

    /// The message for a number used outside the evaluation that made it.
    @usableFromInline static var keptNumber: String {
        "a reverse-mode number was used outside the evaluation that made it (an objective must not keep its numbers)"
    }

    /// Stops the program unless `generation` is the evaluation being recorded.
    @inlinable @inline(__always)
    func checkCurrent(_ generation: UInt32) {
        precondition(generation == self.generation, Self.keptNumber)
    }

    /// Appends an operation and returns the index of its result.
    @inlinable @inline(__always)
    func record(_ a: Int32, _ da: Value, _ b: Int32, _ db: Value) -> Int32 {
        precondition(entries.count < Int(Int32.max), "an evaluation recorded more than 2³¹ operations")
        entries.append(Entry(a: a, b: b, da: da, db: db))
        return Int32(truncatingIfNeeded: entries.count - 1)
    }

    /// Evaluates `f` on a tape of its own, the i-th argument's value `seed(i)`, then sweeps
    /// backwards from the result: returns the result's value and ∂f/∂xᵢ for every argument
    /// (zeros when the result does not depend on the arguments).
    @inlinable
    public static func evaluate(_ f: (Variables<Reverse<Value>>) -> Reverse<Value>, count: Int,
                                seed: (Int) -> Value) -> (value: Value, partials: [Value]) {
        let tape = TapePool.take(Tape.self)
        defer { TapePool.giveBack(tape) }
        let generation = tape.generation
        tape.entries.reserveCapacity(max(64, 8 * count))
        let handle = Unmanaged.passUnretained(tape)
        let result = Variables.with(count: count, { i in
            Reverse(value: seed(i), index: tape.record(-1, 0, -1, 0), generation: generation, tape: handle)
        }, f)
        guard let resultTape = result.tape else {
            return (result.value, Array(repeating: 0, count: count))
        }
        precondition(resultTape.toOpaque() == handle.toOpaque() && result.generation == generation, keptNumber)
        return (result.value, tape.partials(of: Int(result.index), count: count))
    }

    /// The backward sweep: adjoints ∂result/∂(entry k) from the result down, by the
    /// chain rule ∂r/∂a += ∂r/∂k · ∂k/∂a; the first `count` adjoints are the gradient.
    @inlinable
    func partials(of result: Int, count: Int) -> [Value] {
        var adjoint = [Value](repeating: 0, count: result + 1)
        adjoint[result] = 1
        entries.withUnsafeBufferPointer { entries in
            adjoint.withUnsafeMutableBufferPointer { adjoint in
                var k = result
                while k >= count {
                    let entry = entries[k], a = adjoint[k]
                    if entry.a >= 0 { adjoint[Int(entry.a)] += entry.da * a }
                    if entry.b >= 0 { adjoint[Int(entry.b)] += entry.db * a }
                    k -= 1
                }
            }
        }
        return Array(adjoint.prefix(count)) + Array(repeating: 0, count: max(0, count - adjoint.count))
    }
}

extension Reverse: @unchecked Sendable where Value: Sendable {}

extension Reverse: CustomStringConvertible {
    /// The value.
    public var description: String { "\(value)" }
}

// MARK: Arithmetic

extension Reverse: AdditiveArithmetic {
    /// Zero.
    @inlinable public static var zero: Reverse { Reverse(0) }
    /// Sum: ∂/∂a = ∂/∂b = 1.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable @inline(__always)
    public static func + (a: Reverse, b: Reverse) -> Reverse { binary(a, b, a.value + b.value, 1, 1) }
    /// Difference: ∂/∂a = 1, ∂/∂b = −1.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable @inline(__always)
    public static func - (a: Reverse, b: Reverse) -> Reverse { binary(a, b, a.value - b.value, 1, -1) }
    /// Adds in place.
    @inlinable public static func += (a: inout Reverse, b: Reverse) { a = a + b }
    /// Subtracts in place.
    @inlinable public static func -= (a: inout Reverse, b: Reverse) { a = a - b }
}

extension Reverse: Numeric, SignedNumeric {
    /// Magnitude is `abs`, a reverse-mode number itself.
    public typealias Magnitude = Reverse
    /// Integer literals make constants.
    public typealias IntegerLiteralType = Int
    /// A constant from an integer literal.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable public init(integerLiteral value: Int) { self.init(Value(value)) }
    /// A constant from an integer, if exactly representable.
    @inlinable public init?<Source: BinaryInteger>(exactly source: Source) {
        guard let v = Value(exactly: source) else { return nil }
        self.init(v)
    }
    /// |x|: derivative sign(x) (zero at x = 0 by convention).
    @inlinable public var magnitude: Reverse {
        value < 0 ? -self : (value > 0 ? self : Reverse(value.magnitude))
    }
    /// Product: ∂/∂a = b, ∂/∂b = a.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable @inline(__always)
    public static func * (a: Reverse, b: Reverse) -> Reverse { binary(a, b, a.value * b.value, b.value, a.value) }
    /// Multiplies in place.
    @inlinable public static func *= (a: inout Reverse, b: Reverse) { a = a * b }
    /// Negation: ∂/∂a = −1.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable @inline(__always)
    public static prefix func - (a: Reverse) -> Reverse { unary(a, -a.value, -1) }
    /// Negates in place.
    @inlinable public mutating func negate() { self = -self }
}

extension Reverse: AlgebraicField {
    /// Quotient q = a/b: ∂/∂a = 1/b, ∂/∂b = −q/b.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable @inline(__always)
    public static func / (a: Reverse, b: Reverse) -> Reverse {
        let q = a.value / b.value
        return binary(a, b, q, 1 / b.value, -q / b.value)
    }
    /// Divides in place.
    @inlinable public static func /= (a: inout Reverse, b: Reverse) { a = a / b }
    /// 1/x, when the value has a reciprocal.
    @inlinable public var reciprocal: Reverse? { value.reciprocal == nil ? nil : 1 / self }
}

extension Reverse: ExpressibleByFloatLiteral where Value: ExpressibleByFloatLiteral {
    /// A constant from a floating-point literal.
    @_specialize(where Value == Double)
    @_specialize(where Value == Dual<Double>)
    @inlinable public init(floatLiteral literal: Value.FloatLiteralType) { self.init(Value(floatLiteral: literal)) }
}

extension Reverse: DifferentiableScalar {
    /// The constant c (zero derivatives, not recorded).
    @inlinable public init(constant: Double) { self.init(Value(constant: constant)) }
}

/// Arithmetic with a plain `Double` constant, as for ``Dual``: the constant is lifted
/// by ``DifferentiableScalar/init(constant:)`` and costs no record.
extension Reverse {
    /// c + a.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func + (c: Double, a: Reverse) -> Reverse { Reverse(constant: c) + a }
    /// a + c.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func + (a: Reverse, c: Double) -> Reverse { a + Reverse(constant: c) }
    /// c − a.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func - (c: Double, a: Reverse) -> Reverse { Reverse(constant: c) - a }
    /// a − c.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func - (a: Reverse, c: Double) -> Reverse { a - Reverse(constant: c) }
    /// c a.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func * (c: Double, a: Reverse) -> Reverse { Reverse(constant: c) * a }
    /// a c.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func * (a: Reverse, c: Double) -> Reverse { a * Reverse(constant: c) }
    /// c / a.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func / (c: Double, a: Reverse) -> Reverse { Reverse(constant: c) / a }
    /// a / c.
    @_disfavoredOverload @_specialize(where Value == Double) @_specialize(where Value == Dual<Double>) @inlinable public static func / (a: Reverse, c: Double) -> Reverse { a / Reverse(constant: c) }
}

// MARK: Comparison by value

extension Reverse: Hashable {
    /// Equal when the values are equal.
    @inlinable public static func == (a: Reverse, b: Reverse) -> Bool { a.value == b.value }
    /// Hashes the value only, consistently with `==`.
    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension Reverse: Comparable, Strideable {
    /// Orders by value.
    @inlinable public static func < (a: Reverse, b: Reverse) -> Bool { a.value < b.value }
    /// Stride is another reverse-mode number.
    public typealias Stride = Reverse
    /// `other − self`.
    @inlinable public func distance(to other: Reverse) -> Reverse { other - self }
    /// `self + n`.
    @inlinable public func advanced(by n: Reverse) -> Reverse { self + n }
}
