import Testing
import Descent
import RealModule

@Suite struct ScheduleTests {
    func expectValues(_ s: some Schedule, _ expected: [Int: Double], _ tolerance: Double = 1e-15) {
        for (t, eta) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(close(s(t), eta, tolerance), "t = \(t): \(s(t)) vs \(eta)")
        }
    }

    @Test func constant() throws {
        expectValues(0.3, [0: 0.3, 1000: 0.3])
        expectValues(try .constant(0.3), [0: 0.3])
    }

    @Test func piecewiseConstant() throws {
        expectValues(try PiecewiseConstant(values: [0.3, 0.2, 0.1], boundaries: [3, 6]),
                     [0: 0.3, 2: 0.3, 3: 0.2, 5: 0.2, 6: 0.1, 100: 0.1])
    }

    @Test func exponential() throws {
        expectValues(try ExponentialDecay(initial: 1, rate: 0.5), [0: 1, 2: 0.367_879_441_171_442_3])
    }

    @Test func polynomial() throws {
        expectValues(try PolynomialDecay(initial: 1, beta: 1, alpha: 0.5), [0: 1, 3: 0.5, 8: 1.0 / 3])
    }

    @Test func factorMatchesTheIteratedRule() throws {
        let s = try FactorDecay(initial: 1, factor: 0.5, minimum: 0.2)
        expectValues(s, [0: 1, 1: 0.5, 2: 0.25, 3: 0.2, 10: 0.2])
        var eta = 1.0
        for t in 0..<20 {
            #expect(s(t) == eta, "t = \(t)")
            eta = max(0.2, 0.5 * eta)
        }
    }

    @Test func multiFactor() throws {
        expectValues(try MultiFactorDecay(initial: 1, factor: 0.1, milestones: [2, 5]),
                     [0: 1, 1: 1, 2: 0.1, 4: 0.1, 5: 0.01, 50: 0.01])
    }

    @Test func cosineHasTheRightSigns() throws {
        // η_T + (η₀ − η_T)/2·(1 + cos(πt/T)) with η₀ = 0.5, η_T = 0.1, T = 4.
        let s = try CosineDecay(from: 0.5, to: 0.1, steps: 4)
        expectValues(s, [0: 0.5, 1: 0.1 + 0.2 * (1 + 0.5.squareRoot()), 2: 0.3, 3: 0.1 + 0.2 * (1 - 0.5.squareRoot()),
                         4: 0.1, 5: 0.1, 100: 0.1])
        // Monotone decreasing up to T.
        for t in 0..<4 { #expect(s(t) > s(t + 1)) }
    }

    @Test func warmUpHandsOverAtTheBoundary() throws {
        let s = try WarmUp(steps: 4, then: CosineDecay(from: 0.5, to: 0.1, steps: 4))
        expectValues(s, [0: 0, 1: 0.125, 2: 0.25, 3: 0.375, 4: 0.5, 6: 0.3, 8: 0.1, 9: 0.1])
        let composed: any Schedule = try .warmUp(steps: 2, from: 0.1, then: .constant(0.3))
        #expect(composed(0) == 0.1 && close(composed(1), 0.2) && composed(2) == 0.3)
    }

    @Test func optimizersFollowTheirSchedule() throws {
        let schedule = try PiecewiseConstant(values: [0.3, 0.1], boundaries: [2])
        let run = try GradientDescent(learningRate: schedule).run(on: .square, from: [1], steps: 4)
        #expect(run.learningRates == [0.3, 0.3, 0.1, 0.1])
        // x ← x − η·2x: factors 0.4, 0.4, 0.8, 0.8.
        #expect(close(run.finalPoint[0], 0.4 * 0.4 * 0.8 * 0.8))
        let cosine = try Adam(learningRate: .cosine(from: 0.1, to: 0, steps: 10)).run(on: .bowl, from: [1, 1], steps: 12)
        #expect(cosine.learningRates.first == 0.1 && cosine.learningRates.last == 0)
    }
}
