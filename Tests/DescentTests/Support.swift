import Descent
import RealModule

/// |a − b| ≤ tolerance·max(1, |b|).
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}

/// Every coordinate close.
func close(_ a: Vector, _ b: Vector, _ tolerance: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tolerance) }
}

/// Central finite difference of the value (tests only; the library never does this).
func finiteDifferenceGradient(_ f: Objective, at x: Vector, h: Double = 1e-6) -> Vector {
    var g = Vector(zeros: x.count)
    for i in 0..<x.count {
        let e = Vector.unit(i, count: x.count)
        g[i] = (f(x + h * e) - f(x - h * e)) / (2 * h)
    }
    return g
}

/// Central finite difference of the exact gradient.
func finiteDifferenceHessian(_ f: Objective, at x: Vector, h: Double = 1e-6) -> Matrix {
    var m = Matrix(zeros: x.count)
    for j in 0..<x.count {
        let e = Vector.unit(j, count: x.count)
        let column = (f.gradient(at: x + h * e) - f.gradient(at: x - h * e)) / (2 * h)
        for i in 0..<x.count { m[i, j] = column[i] }
    }
    return m
}
