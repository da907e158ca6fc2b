import Testing
@testable import Experiments

@Suite struct CurvatureTests {
    @Test func eigenvaluesOfADiagonalHessianAreItsDiagonal() {
        let h = Objective.ravine.hessian(at: [1, -1])
        let eigenvalues = h.symmetricEigenvalues
        #expect(eigenvalues.count == 2)
        #expect(abs(eigenvalues[0] - 0.2) < 1e-12)
        #expect(abs(eigenvalues[1] - 4) < 1e-12)
        #expect(abs(h.conditionNumber - 20) < 1e-10)
    }

    @Test func eigenvaluesOfAFullSymmetricMatrix() {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3.
        let two = Matrix([[2, 1], [1, 2]]).symmetricEigenvalues
        #expect(abs(two[0] - 1) < 1e-12 && abs(two[1] - 3) < 1e-12)
        // A 3 × 3 example with eigenvalues 2 − √2, 2, 2 + √2.
        let three = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]).symmetricEigenvalues
        let expected = [2 - 2.0.squareRoot(), 2, 2 + 2.0.squareRoot()]
        for (value, truth) in zip(three, expected) { #expect(abs(value - truth) < 1e-12) }
    }

    @Test func eigenvaluesOfRosenbrockAtItsMinimum() {
        // ∇²f(1, 1) = [[802, −400], [−400, 200]]: trace 1002, determinant 400.
        let eigenvalues = Objective.rosenbrock.hessian(at: [1, 1]).symmetricEigenvalues
        #expect(abs(eigenvalues[0] + eigenvalues[1] - 1002) < 1e-9)
        #expect(abs(eigenvalues[0] * eigenvalues[1] - 400) < 1e-7)
    }

    @Test func conditionNumberOfIndefiniteAndSingularMatrices() {
        #expect(Objective.saddle.hessian(at: [0, 0]).conditionNumber == 1)
        #expect(Matrix([[1, 0], [0, 0]]).conditionNumber == .infinity)
    }

    @Test func localMinimaOfXCosOverAWideRange() {
        let f = Objective.xCos(c: 0.15 * .pi)
        let minima = localMinima(of: f, in: -20...20)
        #expect(minima.count == 3)
        for x in minima {
            #expect(abs(f.derivative(at: x)) < 1e-9)
            #expect(f.secondDerivative(at: x) > 0)
        }
        // Within the catalogue's box it agrees with the catalogue.
        let inBox = localMinima(of: f, in: -2...2)
        #expect(inBox.count == f.minima.count)
        for (x, known) in zip(inBox, f.minima) { #expect(abs(x - known[0]) < 1e-9) }
    }

    @Test func localMinimaOfTheParabolaAndOfAMonotoneFunction() {
        let minima = localMinima(of: .square, in: -2...2)
        #expect(minima.count == 1 && abs(minima[0]) < 1e-12)
        #expect(localMinima(of: .exp, in: -2...2).isEmpty)
    }
}

@Suite struct SignificantTests {
    @Test func roundsToSignificantDigits() {
        #expect(significant(7.269388146) == 7.269)
        #expect(significant(-6.978140831) == -6.978)
        #expect(significant(0.000123456, digits: 2) == 0.00012)
        #expect(significant(123456, digits: 2) == 120000)
        #expect(significant(1.5) == 1.5)
    }

    @Test func leavesSpecialValuesAlone() {
        #expect(significant(0) == 0)
        #expect(significant(.infinity) == .infinity)
        #expect(significant(.nan).isNaN)
    }
}
