import Testing
@testable import Descent

/// `LeastSquares.value(at:)` and `exactGradient(at:)` take the O(d²) expansion around w*
/// when it is accurate; these pin that it agrees with the residual sums, and that the
/// residual sums are still used where rounding dominates or the expansion does not exist.
@Suite struct QuadraticExpansionTests {
    static func relative(_ a: Double, _ b: Double) -> Double { abs(a - b) / max(abs(b), .leastNonzeroMagnitude) }

    @Test func expansionAgreesWithTheResidualSums() throws {
        let data = try Dataset.regression(examples: 442, features: 10, noise: 1, seed: 3)
        let problem = LeastSquares(data)
        #expect(problem.expansion != nil)
        var random = Random(seed: 8)
        for scale in [0.0, 1e-3, 1, 10, 1e4] {
            let w = problem.solution + scale * random.normalVector(count: 10)
            #expect(Self.relative(problem.value(at: w), problem.residualValue(at: w)) < 1e-12)
            let recorded = problem.recordedLoss(at: w)
            #expect(recorded.value == problem.value(at: w))
            #expect(abs(recorded.gradientNorm - problem.residualGradient(at: w).norm) <= 1e-10 * max(recorded.gradientNorm, 1e-6))
            // The public gradient is always the sum over the examples.
            #expect(problem.exactGradient(at: w) == problem.residualGradient(at: w))
        }
        // At the minimiser the centre's residual sum itself, bit for bit.
        #expect(problem.value(at: problem.solution) == problem.residualValue(at: problem.solution))
    }

    @Test func excessLossesAreAccurate() throws {
        // f − f* near the minimum of a noisy problem: the expansion avoids cancelling large terms.
        let data = try Dataset.regression(examples: 500, features: 8, noise: 1, seed: 4)
        let problem = LeastSquares(data)
        let star = problem.solution
        let w = star + 1e-2 * Vector(repeating: 1, count: 8)
        let excess = problem.value(at: w) - problem.value(at: star)
        let exact = 0.5 * Vector.dot(w - star, problem.hessian(at: w) * (w - star))
        #expect(problem.value(at: w) != problem.residualValue(at: w) || excess == exact)   // the expansion was used
        #expect(Self.relative(excess, exact) < 1e-9)
    }

    @Test func anExcessBelowAMillionthOfTheLossIsSummed() throws {
        // f − f* at the limit of double precision (a convergence figure's flat end) keeps the
        // residual sum's rounding: the expansion would say exactly 0 there.
        let problem = LeastSquares(try Dataset.regression(examples: 200, features: 5, seed: 11))
        let near = problem.solution + 1e-9 * Vector(repeating: 1, count: 5)
        #expect(problem.value(at: near) == problem.residualValue(at: near))
        #expect(problem.recordedLoss(at: near).value == problem.residualValue(at: near))
        #expect(problem.recordedLoss(at: near).gradientNorm == problem.residualGradient(at: near).norm)
    }

    @Test func anExactFitNearItsMinimumSumsTheResiduals() throws {
        // No label noise: f* = 0, and values near it are rounding-dominated — the sums decide.
        let data = try Dataset.regression(examples: 442, features: 8, noise: 0, seed: 5)
        let problem = LeastSquares(data)
        #expect(problem.expansion != nil)
        let near = data.trueWeights! + 1e-12 * Vector(repeating: 1, count: 8)
        #expect(problem.value(at: near) == problem.residualValue(at: near))
        #expect(problem.recordedLoss(at: near).gradientNorm == problem.residualGradient(at: near).norm)
        let far = data.trueWeights! + Vector(repeating: 1, count: 8)
        #expect(Self.relative(problem.value(at: far), problem.residualValue(at: far)) < 1e-12)
    }

    @Test func nonFiniteWeightsGiveTheResidualSumsAnswer() throws {
        let problem = LeastSquares(try Dataset.regression(examples: 100, features: 3, seed: 1))
        let w: Vector = [.nan, 1, 2]
        #expect(problem.value(at: w).isNaN && problem.residualValue(at: w).isNaN)
        let huge: Vector = [1e200, 1, 2]
        #expect(problem.value(at: huge) == problem.residualValue(at: huge) || problem.value(at: huge).isInfinite == problem.residualValue(at: huge).isInfinite)
    }

    @Test func noExpansionWhenItWouldNotPayOrIsSingular() throws {
        // d not small compared with n: summing is as cheap.
        let wide = LeastSquares(try Dataset.regression(examples: 12, features: 8, seed: 1))
        #expect(wide.expansion == nil)
        // A repeated feature column: XᵀX is singular, the solve is not trusted.
        let base = try Dataset.regression(examples: 200, features: 3, seed: 2)
        let repeated = try Dataset(name: "repeated", inputs: base.inputs.map { [$0[0], $0[1], $0[2], $0[2]] }, targets: base.targets)
        let singular = LeastSquares(repeated)
        #expect(singular.expansion == nil)
        let w: Vector = [1, 2, 3, 4]
        #expect(singular.value(at: w) == singular.residualValue(at: w))
    }

    @Test func runsRecordTheSameLossesAsBefore() throws {
        // A minibatch run on diabetes-sized data: values and gradient norms match the residual sums.
        let data = try Dataset.regression(examples: 442, features: 10, noise: 0.5, seed: 6)
        let problem = LeastSquares(data)
        let batches = try Minibatches(problem, batchSize: 8, sampling: .shuffledEpochs, seed: 2)
        #expect(RecordedLoss.shortcut(for: batches) != nil)
        for trace in [false, true] {
            let run = try GradientDescent(learningRate: 0.05).run(on: batches, from: Vector(zeros: 10), steps: 300, trace: trace)
            for (t, w) in run.points.enumerated() {
                #expect(run.values[t] == problem.value(at: w))
                #expect(Self.relative(run.values[t], problem.residualValue(at: w)) < 1e-12)
                #expect(abs(run.gradientNorms[t] - problem.residualGradient(at: w).norm) <= 1e-9 * max(run.gradientNorms[t], 1e-6))
            }
        }
        // Other oracles record the ordinary way.
        #expect(RecordedLoss.shortcut(for: Objective.rosenbrock) == nil)
    }
}
