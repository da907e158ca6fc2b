import Testing
import Descent

/// Every rejected input and its exact message.
let badInputs: [(String, @Sendable () throws -> Void)] = [
    ("Invalid learningRate: -0.1 (must be finite and ≥ 0)", { _ = try GradientDescent(learningRate: -0.1) }),
    ("Invalid learningRate: inf (must be finite and ≥ 0)", { _ = try Momentum(learningRate: Double.infinity) }),
    ("Invalid learningRate: nan (must be finite and ≥ 0)", { _ = try Adam(learningRate: Double.nan) }),
    ("Invalid beta: 1.0 (must be in [0, 1))", { _ = try Momentum(learningRate: 0.1, beta: 1) }),
    ("Invalid beta: -0.5 (must be in [0, 1))", { _ = try Nesterov(learningRate: 0.1, beta: -0.5) }),
    ("Invalid beta1: 1.5 (must be in [0, 1))", { _ = try Adam(beta1: 1.5) }),
    ("Invalid beta2: nan (must be in [0, 1))", { _ = try Adam(beta2: .nan) }),
    ("Invalid epsilon: 0.0 (must be finite and > 0)", { _ = try Adam(epsilon: 0) }),
    ("Invalid epsilon: -1e-06 (must be finite and > 0)", { _ = try AdaGrad(learningRate: 0.1, epsilon: -1e-6) }),
    ("Invalid gamma: 1.0 (must be in [0, 1))", { _ = try RMSProp(learningRate: 0.1, gamma: 1) }),
    ("Invalid rho: 2.0 (must be in [0, 1))", { _ = try Adadelta(rho: 2) }),
    ("Invalid epsilon: 0.0 (must be finite and > 0)", { _ = try Adadelta(epsilon: 0) }),
    ("Invalid learningRate: -1.0 (must be finite and ≥ 0)", { _ = try Newton(learningRate: -1.0) }),
    ("Invalid initialShift: 0.0 (must be finite and > 0)", { _ = try SafeguardedNewton(initialShift: 0) }),
    ("Invalid steps: -1 (must be ≥ 0)", { _ = try GradientDescent(learningRate: 0.1).run(on: .bowl, from: [1, 1], steps: -1) }),
    ("Invalid start: (1, 2, 3) (has dimension 3 but Rosenbrock has dimension 2)",
     { _ = try Adam().run(on: .rosenbrock, from: [1, 2, 3], steps: 10) }),
    ("Invalid tolerance: -1.0 (must be finite and ≥ 0)",
     { _ = try Adam().run(on: .bowl, from: [1, 1], steps: 10, tolerance: -1) }),
    ("Invalid steps: 0 (must be ≥ 1)", { _ = try CosineDecay(from: 0.1, steps: 0) }),
    ("Invalid final: -0.1 (must be finite and ≥ 0)", { _ = try CosineDecay(from: 0.1, to: -0.1, steps: 10) }),
    ("Invalid rate: -1.0 (must be finite and ≥ 0)", { _ = try ExponentialDecay(initial: 0.1, rate: -1) }),
    ("Invalid alpha: -2.0 (must be finite and ≥ 0)", { _ = try PolynomialDecay(initial: 0.1, beta: 1, alpha: -2) }),
    ("Invalid factor: 1.5 (must be in (0, 1])", { _ = try FactorDecay(initial: 0.1, factor: 1.5) }),
    ("Invalid milestones: [5, 2] (must be increasing and ≥ 0)", { _ = try MultiFactorDecay(initial: 1, factor: 0.1, milestones: [5, 2]) }),
    ("Invalid values: [0.1] (needs one more entry than boundaries (1))", { _ = try PiecewiseConstant(values: [0.1], boundaries: [3]) }),
    ("Invalid steps: -3 (must be ≥ 0)", { _ = try WarmUp(steps: -3, then: 0.1) }),
    ("Invalid then: -0.1 (must be finite and ≥ 0)", { _ = try WarmUp(steps: 3, then: -0.1) }),
    ("Invalid standardDeviation: -1.0 (must be finite and ≥ 0)", { _ = try Objective.bowl.withGradientNoise(standardDeviation: -1, seed: 1) }),
    ("Invalid features: 0 (must be ≥ 1)", { _ = try Dataset.regression(examples: 10, features: 0, seed: 1) }),
    ("Invalid examples: 0 (must be ≥ 1)", { _ = try Dataset.regression(examples: 0, features: 2, seed: 1) }),
    ("Invalid batchSize: 11 (must be in 1...10 (the number of examples))", {
        _ = try Minibatches(LeastSquares(Dataset.regression(examples: 10, features: 2, seed: 1)), batchSize: 11, seed: 1) }),
]

@Suite struct InvalidArgumentTests {
    @Test(arguments: 0..<badInputs.count)
    func exactMessage(_ i: Int) {
        let (message, make) = badInputs[i]
        #expect { try make() } throws: { error in
            let text = (error as? InvalidArgument)?.description
            if text != message { Issue.record("got \(text ?? "\(error)")") }
            return text == message
        }
    }

    @Test func validInputsAreAccepted() throws {
        _ = try GradientDescent(learningRate: 0)
        _ = try Momentum(learningRate: 0.1, beta: 0)
        _ = try Adam(learningRate: 1, beta1: 0, beta2: 0.999_999)
        _ = try Adam().run(on: .bowl, from: [1, 1], steps: 0)
    }
}
