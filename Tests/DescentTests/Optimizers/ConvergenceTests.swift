import Testing
import Descent

/// One row of the optimizer × objective table: the run must end within
/// `tolerance` of a known minimiser.
struct ConvergenceCase: Sendable, CustomStringConvertible {
    let optimizer: @Sendable () throws -> any Optimizer
    let label: String
    let objective: Objective
    let start: Vector
    let steps: Int
    let tolerance: Double
    var description: String { "\(label) on \(objective.name)" }
}

func table() -> [ConvergenceCase] {
    // (label, factory, [(objective, start, steps, tolerance)])
    let objectives: [(Objective, Vector)] = [(.bowl, [-5, -2]), (.ravine, [-5, -2]), (.square, [2]), (.cosh(c: 1), [1.5])]
    let optimizers: [(String, @Sendable () throws -> any Optimizer, Int)] = [
        ("GD", { try GradientDescent(learningRate: 0.2) }, 400),
        ("Momentum", { try Momentum(learningRate: 0.05, beta: 0.5) }, 400),
        ("Nesterov", { try Nesterov(learningRate: 0.05, beta: 0.5) }, 400),
        ("AdaGrad", { try AdaGrad(learningRate: 1) }, 2000),
        ("RMSProp", { try RMSProp(learningRate: 0.01) }, 2000),
        // Adadelta's effective rate √(Δx + ε)/√(s + ε) settles near 1, so on a coordinate with
        // curvature 4 (x₂ of the bowl and the ravine) it keeps oscillating with a small amplitude.
        ("Adadelta", { try Adadelta() }, 3000),
        ("Adam", { try Adam(learningRate: 0.05) }, 3000),
        ("Newton", { try Newton() }, 20),
        ("Safeguarded Newton", { try SafeguardedNewton() }, 20),
    ]
    var cases: [ConvergenceCase] = []
    for (label, make, steps) in optimizers {
        for (f, x0) in objectives {
            let tolerance = label == "Adadelta" && f.dimension == 2 ? 0.1 : 2e-2
            cases.append(ConvergenceCase(optimizer: make, label: label, objective: f, start: x0, steps: steps, tolerance: tolerance))
        }
    }
    // Rosenbrock, the hard one, for the methods that manage it in a few thousand steps.
    cases.append(ConvergenceCase(optimizer: { try Adam(learningRate: 0.02) }, label: "Adam", objective: .rosenbrock,
                                 start: [-1, 1], steps: 5000, tolerance: 1e-2))
    cases.append(ConvergenceCase(optimizer: { try Momentum(learningRate: 0.001, beta: 0.9) }, label: "Momentum",
                                 objective: .rosenbrock, start: [-1, 1], steps: 20000, tolerance: 1e-2))
    cases.append(ConvergenceCase(optimizer: { try Newton() }, label: "Newton", objective: .rosenbrock,
                                 start: [-1, 1], steps: 20, tolerance: 1e-8))
    cases.append(ConvergenceCase(optimizer: { try GradientDescent(learningRate: 0.01) }, label: "GD", objective: .himmelblau,
                                 start: [2, 1], steps: 500, tolerance: 1e-6))
    return cases
}

@Suite struct ConvergenceTests {
    @Test(arguments: table())
    func reachesAMinimum(_ c: ConvergenceCase) throws {
        let optimizer = try c.optimizer()
        let run = try optimizer.run(on: c.objective, from: c.start, steps: c.steps)
        let distance = c.objective.minima.map { (run.finalPoint - $0).norm }.min()!
        #expect(!run.diverged)
        #expect(distance < c.tolerance, "\(run)")
    }

    @Test func plainGradientDescentZigZagsInTheRavine() throws {
        // η = 0.4 on 0.1x₁² + 2x₂²: the x₂ factor is 1 − 0.4·4 = −0.6, so x₂ flips sign every step.
        let run = try GradientDescent(learningRate: 0.4).run(on: .ravine, from: [-5, -2], steps: 20)
        for k in 1..<run.points.count { #expect(run.points[k][1] * run.points[k - 1][1] < 0) }
    }
}
