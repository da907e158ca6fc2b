/// A square matrix, such as a Hessian, of any size.
///
/// Like ``Vector`` it has two storages: up to 8 × 8 the entries live inline in a
/// `SIMD64<Double>` (row-major, padded with zeros), so a 2-D Newton step never
/// allocates; larger matrices keep their n² entries in a heap array.
@frozen
public struct Matrix: Sendable, Hashable {
    /// Row-major entries padded to 8 × 8 when `count` ≤ 8 (zero otherwise).
    public var storage: SIMD64<Double>
    /// Row-major entries, n per row, when `count` > 8; empty otherwise.
    @usableFromInline var heap: [Double]
    /// The number of rows (and columns).
    public let count: Int

    /// The n × n zero matrix.
    @inlinable
    public init(zeros count: Int) {
        precondition(count >= 0, "Matrix dimension \(count) is negative")
        self.storage = .zero
        self.heap = count <= Vector.inlineCapacity ? [] : Array(repeating: 0, count: count * count)
        self.count = count
    }

    /// The n × n identity.
    @inlinable
    public static func identity(_ count: Int) -> Matrix {
        var m = Matrix(zeros: count)
        for i in 0..<count { m[i, i] = 1 }
        return m
    }

    /// A matrix from its rows, e.g. `Matrix([[2, 0], [0, 4]])`.
    public init(_ rows: [[Double]]) {
        self.init(zeros: rows.count)
        for (i, row) in rows.enumerated() {
            precondition(row.count == rows.count, "Matrix rows must all have \(rows.count) entries")
            for (j, a) in row.enumerated() { self[i, j] = a }
        }
    }

    /// The entry in row i, column j (0-based).
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get {
            precondition(i >= 0 && i < count && j >= 0 && j < count, "entry (\(i), \(j)) outside a \(count)×\(count) matrix")
            return count <= Vector.inlineCapacity ? storage[i &* 8 &+ j] : heap[i &* count &+ j]
        }
        set {
            precondition(i >= 0 && i < count && j >= 0 && j < count, "entry (\(i), \(j)) outside a \(count)×\(count) matrix")
            if count <= Vector.inlineCapacity { storage[i &* 8 &+ j] = newValue } else { heap[i &* count &+ j] = newValue }
        }
    }

    /// The rows as arrays (allocates; for printing and tests).
    public var rows: [[Double]] { (0..<count).map { i in (0..<count).map { self[i, $0] } } }

    /// The matrix–vector product A·v.
    @inlinable
    public static func * (a: Matrix, v: Vector) -> Vector {
        precondition(a.count == v.count, "product of a \(a.count)×\(a.count) matrix and a vector of dimension \(v.count)")
        var result = Vector(zeros: a.count)
        for i in 0..<a.count {
            var sum = 0.0
            for j in 0..<a.count { sum += a[i, j] * v[j] }
            result[i] = sum
        }
        return result
    }

    /// A + c·I.
    @inlinable
    public func shifted(by c: Double) -> Matrix {
        var m = self
        for i in 0..<count { m[i, i] += c }
        return m
    }

    /// The solution x of A·x = b by Gaussian elimination with partial
    /// pivoting; entries are ±∞ or NaN when A is singular (a run records
    /// that as divergence rather than trapping).
    @inlinable
    public func solve(_ b: Vector) -> Vector {
        var a = self, x = b
        let n = count
        for k in 0..<n {
            var pivot = k
            for i in (k + 1)..<Swift.max(n, k + 1) where Swift.abs(a[i, k]) > Swift.abs(a[pivot, k]) { pivot = i }
            if pivot != k {
                for j in 0..<n { let t = a[k, j]; a[k, j] = a[pivot, j]; a[pivot, j] = t }
                let t = x[k]; x[k] = x[pivot]; x[pivot] = t
            }
            for i in (k + 1)..<Swift.max(n, k + 1) {
                let factor = a[i, k] / a[k, k]
                for j in k..<n { a[i, j] -= factor * a[k, j] }
                x[i] -= factor * x[k]
            }
        }
        for k in stride(from: n - 1, through: 0, by: -1) {
            var sum = x[k]
            for j in (k + 1)..<Swift.max(n, k + 1) { sum -= a[k, j] * x[j] }
            x[k] = sum / a[k, k]
        }
        return x
    }

    /// Whether the (symmetric) matrix is positive definite, by attempting a
    /// Cholesky factorisation A = L Lᵀ.
    @inlinable
    public var isPositiveDefinite: Bool {
        var l = Matrix(zeros: count)
        for j in 0..<count {
            var d = self[j, j]
            for k in 0..<j { d -= l[j, k] * l[j, k] }
            guard d > 0, d.isFinite else { return false }
            l[j, j] = d.squareRoot()
            for i in (j + 1)..<Swift.max(count, j + 1) {
                var s = self[i, j]
                for k in 0..<j { s -= l[i, k] * l[j, k] }
                l[i, j] = s / l[j, j]
            }
        }
        return true
    }
}

extension Matrix: CustomStringConvertible {
    /// Rows in brackets, e.g. `[[2, 0], [0, 4]]`.
    public var description: String {
        "[" + rows.map { "[" + $0.map { formatted($0) }.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }
}
