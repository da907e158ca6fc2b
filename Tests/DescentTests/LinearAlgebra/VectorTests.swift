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
}
