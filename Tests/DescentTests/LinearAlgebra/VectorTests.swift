import Testing
import Descent

@Suite struct VectorTests {
    @Test func elementWiseArithmetic() {
        let a: Vector = [1, -2], b: Vector = [3, 4]
        #expect(a + b == [4, 2])
        #expect(a - b == [-2, -6])
        #expect(a * b == [3, -8])
        #expect(b / a == [3, -2])
        #expect(2 * a == [2, -4])
        #expect(sqrt(b) == [3.squareRoot(), 2])
        #expect(a + 1 == [2, -1])
        #expect(Vector.dot(a, b) == -5)
        #expect(Vector([3, 4]).norm == 5)
    }

    @Test func paddingLanesStayZero() {
        for n in [1, 2, 3, 5, 8] {
            let v = Vector(repeating: 2, count: n)
            for w in [v / v, 1 / v, v + 1.5, sqrt(v) / (v + 1)] {
                #expect(w.count == n)
                for lane in n..<8 { #expect(w.storage[lane] == 0, "lane \(lane) of dimension \(n)") }
            }
        }
    }

    @Test func finiteness() {
        #expect(Vector([1, 2]).isFinite)
        #expect(!Vector([1, .nan]).isFinite)
        #expect(!Vector([.infinity, 0]).isFinite)
        #expect(Vector([-7, 3]).maximumMagnitude == 7)
    }

    @Test func description() {
        #expect(Vector([1, -0.5]).description == "(1, -0.5)")
        #expect(Vector([0.1234567, 2.5e-7]).description == "(0.123457, 2.5e-7)")
    }

    /// Every operator in n = 3, 8, 9 and 40 dimensions against the same formula per coordinate,
    /// so the inline and the heap storage agree (and with each other across the boundary).
    @Test(arguments: [3, 8, 9, 40])
    func elementWiseInAnyDimension(_ n: Int) {
        let a = Vector(count: n) { Double($0) - 2.5 }, b = Vector(count: n) { 1 + Double($0 % 3) }
        func expect(_ v: Vector, _ f: (Double, Double) -> Double, _ what: String) {
            #expect(v.count == n)
            for i in 0..<n { #expect(v[i] == f(a[i], b[i]), "\(what) coordinate \(i) in dimension \(n)") }
        }
        expect(a + b, +, "sum"); expect(a - b, -, "difference"); expect(a * b, *, "product"); expect(a / b, /, "quotient")
        expect(2 * a, { x, _ in 2 * x }, "scale"); expect(a / 4, { x, _ in x / 4 }, "divide")
        expect(3 / b, { _, y in 3 / y }, "reciprocal"); expect(a + 1.5, { x, _ in x + 1.5 }, "shift")
        expect(-a, { x, _ in -x }, "negate"); expect(sqrt(b), { _, y in y.squareRoot() }, "sqrt")
        expect(abs(a), { x, _ in Swift.abs(x) }, "abs"); expect(max(a, b), { Swift.max($0, $1) }, "max")
        expect(sign(a), { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) }, "sign")
        var dot = 0.0
        for i in 0..<n { dot += a[i] * b[i] }
        #expect(abs(Vector.dot(a, b) - dot) <= 1e-12 * Swift.abs(dot))
    }

    /// An operation reuses a temporary's buffer but never a vector that is still in use.
    @Test func heapOperationsNeverChangeTheirOperands() {
        let g = Vector(repeating: 3, count: 20)
        var v = Vector(repeating: 1, count: 20)
        let before = v
        v = 0.5 * v + g * g                       // temporaries reused; `before` shares v's old buffer
        #expect(before == Vector(repeating: 1, count: 20))
        #expect(g == Vector(repeating: 3, count: 20))
        #expect(v == Vector(repeating: 9.5, count: 20))
        var w = v
        w[0] = -1                                  // copy on write
        #expect(v[0] == 9.5 && w[0] == -1)
        w += v
        #expect(w[1] == 19 && v[1] == 9.5)
    }

    /// Beyond 8 coordinates `c * v` and `v / d` are recorded, not computed, and fused into the
    /// operation that uses them: every composition of the optimizers' update lines must still
    /// give, bit for bit, the coordinate-by-coordinate arithmetic in the written order.
    @Test(arguments: [9, 40])
    func fusedUpdatesAreTheWrittenArithmetic(_ n: Int) {
        let g = Vector(count: n) { Double($0) / 7 - 1.3 }, (β, η, c1, c2, ε) = (0.9, 0.03, 0.271, 0.0199, 1e-8)
        var v = Vector(count: n) { 0.25 + Double($0 % 5) / 3 }, s = Vector(count: n) { 1 + Double($0 % 4) }
        let x = Vector(count: n) { Double($0 % 6) - 2 }
        let (v0, s0) = (v, s)
        v = β * v + (1 - β) * g                                   // Adam's lines, in order
        s = β * s + (1 - β) * g * g
        let v̂ = v / c1, ŝ = s / c2
        let step = x - η * v̂ / (sqrt(ŝ) + ε)
        let momentum = β * v0 + g, sgd = x - η * g, scaledTwice = 2 * (3 * g), mixed = (g / 3) * 5
        for i in 0..<n {
            let vi = β * v0[i] + (1 - β) * g[i], si = β * s0[i] + (1 - β) * g[i] * g[i]
            #expect(v[i] == vi && s[i] == si && v̂[i] == vi / c1 && ŝ[i] == si / c2)
            #expect(step[i] == x[i] - η * (vi / c1) / ((si / c2).squareRoot() + ε), "coordinate \(i)")
            #expect(momentum[i] == β * v0[i] + g[i] && sgd[i] == x[i] - η * g[i])
            #expect(scaledTwice[i] == 2 * (3 * g[i]) && mixed[i] == (g[i] / 3) * 5)
        }
        #expect(v0 == Vector(count: n) { 0.25 + Double($0 % 5) / 3 })   // operands in use are never changed
    }

    /// A recorded factor is part of the value: reading, comparing, hashing, mutating and
    /// printing see the scaled coordinates, and copies stay independent.
    @Test func aRecordedFactorIsInvisible() {
        let g = Vector(count: 12) { Double($0) }
        let h = 0.5 * g, k = g / 4
        let plain = Vector(count: 12) { 0.5 * Double($0) }
        #expect(h == plain && h.hashValue == plain.hashValue && h != g)
        #expect(h.coordinates == plain.coordinates && h[11] == 5.5 && k[2] == 0.5)
        #expect(Vector.dot(h, g) == Vector.dot(plain, g) && h.norm == plain.norm && h.maximumMagnitude == 5.5)
        #expect(h.description == plain.description && h.isFinite)
        var m = h
        m[0] = 7                                   // materialised on write, g and h untouched
        #expect(m[0] == 7 && m[1] == 0.5 && h[0] == 0 && g[1] == 1)
        var sum = g
        sum += h
        #expect(sum == Vector(count: 12) { 1.5 * Double($0) })
        #expect(h.withCoordinates { Array($0) } == plain.coordinates)
    }

    @Test func largeVectorsDescribeThemselvesShortly() {
        let v = Vector(count: 50) { Double($0) }
        #expect(v.description == "(0, 1, 2, 3, 4, …, 48, 49) [n = 50]")
        let withNaN = Vector(count: 30) { $0 == 29 ? .nan : 0 }
        #expect(!withNaN.isFinite)
        let spike = Vector(count: 30) { $0 == 7 ? -9 : 1 }
        #expect(spike.maximumMagnitude == 9)
        #expect(Vector(repeating: 2, count: 25).norm == 10)
    }
}
