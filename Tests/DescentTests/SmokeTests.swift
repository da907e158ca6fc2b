import Testing
import Descent

@Test func smoke() throws {
    let r1 = try GradientDescent(learningRate: 0.4).run(on: .ravine, from: [-5, -2], steps: 20)
    print(r1)
    let f = Objective("x₁² + 2x₂²") { x in x[0] * x[0] + 2 * x[1] * x[1] }
    #expect(f([1, 1]) == 3)
    #expect(f.gradient(at: [1, 1]) == [2, 4])
    #expect(f.hessian(at: [1, 1]).rows == [[2, 0], [0, 4]])
    let g = Objective("x cos(πx)") { x in x * cos(.pi * x) }
    print(g.derivative(at: 1), Objective.himmelblau.minima, Objective.xCosPiX.minima)
    let r2 = try run(Momentum(learningRate: 0.01, beta: 0.9), on: .rosenbrock, from: [-1, 1], steps: 500)
    print(r2)
    for eta in [0.1, 0.2] { _ = try GradientDescent(learningRate: eta) }
}
