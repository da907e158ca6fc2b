import Testing
import Descent
import RealModule

/// A catalogue entry with its hand-derived gradient and Hessian.
struct HandDerived: Sendable, CustomStringConvertible {
    let objective: Objective
    let gradient: @Sendable (Vector) -> Vector
    let hessian: @Sendable (Vector) -> [[Double]]
    let points: [Vector]
    var description: String { objective.name }
}

let π = Double.pi
let handDerived: [HandDerived] = [
    HandDerived(objective: .square, gradient: { [2 * $0[0]] }, hessian: { _ in [[2]] }, points: [[-1.5], [0.3]]),
    HandDerived(objective: .xCosPiX,
                gradient: { x in [cos(π * x[0]) - π * x[0] * sin(π * x[0])] },
                hessian: { x in [[-2 * π * sin(π * x[0]) - π * π * x[0] * cos(π * x[0])]] },
                points: [[-1.2], [0.4], [1.7]]),
    HandDerived(objective: .cosh(c: 2), gradient: { [2 * sinh(2 * $0[0])] }, hessian: { [[4 * cosh(2 * $0[0])]] },
                points: [[-0.8], [0.5]]),
    HandDerived(objective: .cube, gradient: { [3 * $0[0] * $0[0]] }, hessian: { [[6 * $0[0]]] }, points: [[-1], [0.5]]),
    HandDerived(objective: .tanh, gradient: { x in [1 - tanh(x[0]) * tanh(x[0])] },
                hessian: { x in let t = tanh(x[0]); return [[-2 * t * (1 - t * t)]] }, points: [[-1], [0.3]]),
    HandDerived(objective: .exp, gradient: { [exp($0[0])] }, hessian: { [[exp($0[0])]] }, points: [[-1], [1.2]]),
    HandDerived(objective: .ravine, gradient: { [0.2 * $0[0], 4 * $0[1]] }, hessian: { _ in [[0.2, 0], [0, 4]] },
                points: [[-5, -2], [1, 3]]),
    HandDerived(objective: .bowl, gradient: { [2 * $0[0], 4 * $0[1]] }, hessian: { _ in [[2, 0], [0, 4]] },
                points: [[-5, -2], [1, 3]]),
    HandDerived(objective: .saddle, gradient: { [2 * $0[0], -2 * $0[1]] }, hessian: { _ in [[2, 0], [0, -2]] },
                points: [[0.5, -1], [1, 3]]),
    HandDerived(objective: .rosenbrock,
                gradient: { p in let (x, y) = (p[0], p[1]); return [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)] },
                hessian: { p in let (x, y) = (p[0], p[1])
                    return [[2 - 400 * (y - x * x) + 800 * x * x, -400 * x], [-400 * x, 200]] },
                points: [[-1, 1], [0.5, 0.2], [1.3, 2]]),
    HandDerived(objective: .himmelblau,
                gradient: { p in let (x, y) = (p[0], p[1]); let a = x * x + y - 11, b = x + y * y - 7
                    return [4 * x * a + 2 * b, 2 * a + 4 * y * b] },
                hessian: { p in let (x, y) = (p[0], p[1])
                    return [[12 * x * x + 4 * y - 42, 4 * x + 4 * y], [4 * x + 4 * y, 4 * x + 12 * y * y - 26]] },
                points: [[0, 0], [-2, 3.5], [4, -1]]),
]

@Suite struct ObjectiveTests {
    @Test(arguments: handDerived)
    func derivativesMatchHandDerivedValues(_ entry: HandDerived) {
        for x in entry.points {
            #expect(close(entry.objective.gradient(at: x), entry.gradient(x), 1e-12), "gradient at \(x)")
            let h = entry.objective.hessian(at: x).rows
            for (row, expected) in zip(h, entry.hessian(x)) {
                #expect(close(Vector(row), Vector(expected), 1e-12), "Hessian at \(x)")
            }
        }
    }

    @Test(arguments: Objective.catalogue)
    func derivativesMatchFiniteDifferences(_ f: Objective) {
        for x in probePoints(f) {
            #expect(close(f.gradient(at: x), finiteDifferenceGradient(f, at: x), 1e-6), "\(f.name) gradient at \(x)")
            let fd = finiteDifferenceHessian(f, at: x)
            let h = f.hessian(at: x)
            for i in 0..<x.count { for j in 0..<x.count {
                #expect(close(h[i, j], fd[i, j], 1e-6), "\(f.name) H[\(i),\(j)] at \(x)")
                #expect(h[i, j] == h[j, i])
            } }
        }
    }

    /// Three points spread over the plotting box.
    func probePoints(_ f: Objective) -> [Vector] {
        [0.2, 0.55, 0.9].map { s in Vector(f.box.map { $0.lowerBound + s * ($0.upperBound - $0.lowerBound) }) }
    }

    @Test(arguments: Objective.catalogue)
    func metadataAndCriticalPoints(_ f: Objective) {
        #expect(!f.name.isEmpty && !f.formula.isEmpty && f.latex.contains("f("))
        #expect(f.box.count == f.dimension)
        for m in f.minima {
            #expect(f.gradient(at: m).norm < 1e-9, "\(f.name): gradient at minimum \(m)")
            #expect(f.hessian(at: m).isPositiveDefinite, "\(f.name): minimum \(m)")
        }
        for s in f.saddlePoints {
            #expect(f.gradient(at: s).norm < 1e-9, "\(f.name): gradient at saddle \(s)")
            #expect(!f.hessian(at: s).isPositiveDefinite && !f.hessian(at: s).shifted(by: 0).isNegativeDefinite)
        }
    }

    @Test func catalogueFacts() {
        #expect(Objective.himmelblau.minima.count == 4)
        #expect(Objective.himmelblau.saddlePoints.count == 4)
        #expect(close(Objective.himmelblau.minimumValue!, 0, 1e-20))
        #expect(Objective.xCosPiX.minima.count == 2)  // near −0.274 and 1.09 in [−2, 2]
        #expect(Objective.rosenbrock.minima == [[1, 1]])
        #expect(Objective.rosenbrock.latex == "f(\\mathbf{x}) = (1 - x_1)^2 + 100\\,(x_2 - x_1^2)^2")
        #expect(Objective.catalogue.count == 11)
    }

    @Test func closureObjectivesGiveValueGradientAndHessian() {
        let f = Objective("x₁² + 2x₂²") { x in x[0] * x[0] + 2 * x[1] * x[1] }
        #expect(f([1, 1]) == 3)
        #expect(f.gradient(at: [1, 1]) == [2, 4])
        #expect(f.hessian(at: [1, 1]).rows == [[2, 0], [0, 4]])
        #expect(f.dimension == 2 && f.name == "x₁² + 2x₂²")

        let g = Objective("x cos(πx)") { x in x * cos(.pi * x) }
        #expect(close(g.derivative(at: 1), -1))
        #expect(close(g.secondDerivative(at: 0.3), Objective.xCosPiX.secondDerivative(at: 0.3)))

        // Three dimensions: the gradient pairs directions, the odd one is alone.
        let h = Objective("x₁x₂x₃", dimension: 3) { x in x[0] * x[1] * x[2] + exp(x[2]) }
        let p: Vector = [1, 2, 3]
        #expect(close(h.gradient(at: p), [6, 3, 2 + exp(3)]))
        #expect(close(Vector(h.hessian(at: p).rows[2]), [2, 1, exp(3)]))
    }

    /// A 50-dimensional closure objective: the gradient against the hand-derived one and
    /// finite differences, and the Hessian's entries in a 10-dimensional one.
    @Test func closureObjectivesInFiftyDimensions() {
        let n = 50
        let f = Objective("Σ (i+1)(xᵢ − 1)² + Σ xᵢxᵢ₊₁", dimension: n) { x in
            var sum = x[0] - x[0]
            for i in 0..<n { sum = sum + Double(i + 1) * (x[i] - 1) * (x[i] - 1) }
            for i in 0..<(n - 1) { sum = sum + x[i] * x[i + 1] }
            return sum
        }
        let x = Vector(count: n) { sin(Double($0)) }
        let g = f.gradient(at: x)
        for i in 0..<n {
            var expected = 2 * Double(i + 1) * (x[i] - 1)
            if i > 0 { expected += x[i - 1] }
            if i < n - 1 { expected += x[i + 1] }
            #expect(close(g[i], expected, 1e-13), "∂\(i)")
        }
        #expect(close(g, finiteDifferenceGradient(f, at: x), 1e-6))
        let h = Objective("Σ xᵢ³ + x₀x₉", dimension: 10) { x in
            var sum = x[0] * x[9]
            for i in 0..<10 { sum = sum + x[i] * x[i] * x[i] }
            return sum
        }.hessian(at: Vector(count: 10, { Double($0) }))
        #expect(h.count == 10 && h[3, 3] == 18 && h[0, 9] == 1 && h[9, 0] == 1 && h[2, 5] == 0)
    }
}

extension Matrix {
    var isNegativeDefinite: Bool {
        var m = self
        for i in 0..<count { for j in 0..<count { m[i, j] = -self[i, j] } }
        return m.isPositiveDefinite
    }
}
