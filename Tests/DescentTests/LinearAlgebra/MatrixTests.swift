import Testing
import Descent

@Suite struct MatrixTests {
    @Test func solvesWithPivoting() {
        let a = Matrix([[0, 2, 1], [1, 1, 0], [3, 0, 1]])
        let x: Vector = [1, -1, 2]
        let b = a * x
        #expect(close(a.solve(b), x))
    }

    @Test func positiveDefiniteness() {
        #expect(Matrix([[2, 1], [1, 2]]).isPositiveDefinite)
        #expect(!Matrix([[1, 0], [0, -1]]).isPositiveDefinite)
        #expect(!Matrix([[1, 2], [2, 1]]).isPositiveDefinite)
        #expect(Matrix([[1, 0], [0, -1]]).shifted(by: 1.5).isPositiveDefinite)
    }

    @Test func singularSolveIsNonFiniteNotATrap() {
        #expect(!Matrix([[1, 1], [1, 1]]).solve([1, 2]).isFinite)
    }
}
