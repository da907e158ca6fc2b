import Foundation
import Testing
@testable import Descent

/// The two eigenvalue methods behind `symmetricEigenvalues`, against known spectra and each other.
@Suite struct MatrixEigenvalueTests {
    /// The n × n second-difference matrix tridiag(−1, 2, −1) has eigenvalues 2 − 2cos(kπ/(n + 1)).
    @Test(arguments: [1, 2, 3, 33, 60])
    func secondDifferenceSpectrumIsExact(n: Int) {
        var m = Matrix(zeros: n)
        for i in 0..<n {
            m[i, i] = 2
            if i + 1 < n { m[i, i + 1] = -1; m[i + 1, i] = -1 }
        }
        let expected = (1...n).map { 2 - 2 * cos(Double($0) * Double.pi / Double(n + 1)) }
        for (got, want) in zip(m.tridiagonalEigenvalues, expected) { #expect(abs(got - want) < 1e-13) }
        for (got, want) in zip(m.symmetricEigenvalues, expected) { #expect(abs(got - want) < 1e-13) }
    }

    /// A dense symmetric matrix with a known spectrum, QΛQᵀ with Q a product of reflections,
    /// negative and repeated eigenvalues included: Householder + bisection recovers Λ.
    @Test func denseMatrixWithKnownSpectrum() {
        let n = 40
        var random = Random(seed: 7)
        let spectrum = (0..<n).map { k in k < 3 ? -1.5 : (k < 6 ? 0.0 : Double(k) / 4) }
        var m = Matrix(zeros: n)
        for i in 0..<n { m[i, i] = spectrum[i] }
        for _ in 0..<3 {     // m ← HmH with H = I − 2uuᵀ/‖u‖²
            let u = (0..<n).map { _ in Double.random(in: -1...1, using: &random) }
            let uu = u.reduce(0) { $0 + $1 * $1 }
            var mu = [Double](repeating: 0, count: n)
            for i in 0..<n { for j in 0..<n { mu[i] += m[i, j] * u[j] } }
            let umu = zip(u, mu).reduce(0) { $0 + $1.0 * $1.1 }
            var next = m
            for i in 0..<n {
                for j in 0..<n {
                    next[i, j] += -2 * (u[i] * mu[j] + mu[i] * u[j]) / uu + 4 * u[i] * u[j] * umu / (uu * uu)
                }
            }
            m = next
        }
        let found = m.tridiagonalEigenvalues
        #expect(found.count == n)
        for (got, want) in zip(found, spectrum.sorted()) { #expect(abs(got - want) < 1e-12) }
        // The same matrix by Jacobi rotations (the method below the size limit).
        for (got, want) in zip(m.jacobiEigenvalues, spectrum.sorted()) { #expect(abs(got - want) < 1e-12) }
    }

    /// Up to the Jacobi limit a tiny eigenvalue keeps all its digits (relative accuracy);
    /// above it, the bisection's accuracy is absolute, relative to the largest eigenvalue.
    @Test func theMethodFollowsTheSize() {
        func graded(_ n: Int) -> Matrix {
            var m = Matrix(zeros: n)
            for i in 0..<n { m[i, i] = i == 0 ? 1e-20 : Double(i) }
            return m
        }
        #expect(graded(Matrix.jacobiLimit).symmetricEigenvalues.first == 1e-20)
        let large = graded(Matrix.jacobiLimit + 1).symmetricEigenvalues
        #expect(large == graded(Matrix.jacobiLimit + 1).tridiagonalEigenvalues)
        #expect(abs(large[0] - 1e-20) < 1e-13 && abs(large[1] - 1) < 1e-13)
        #expect(Matrix(zeros: 0).tridiagonalEigenvalues.isEmpty)
        #expect(Matrix(zeros: 40).tridiagonalEigenvalues == Array(repeating: 0, count: 40))
        #expect(abs(Matrix([[3]]).tridiagonalEigenvalues[0] - 3) < 1e-14)
    }
}
