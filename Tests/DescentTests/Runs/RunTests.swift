import Testing
import Descent

@Suite struct RunTests {
    @Test func recordsEverything() throws {
        let run = try GradientDescent(learningRate: 0.1).run(on: .bowl, from: [1, 1], steps: 5)
        #expect(run.points.count == 6 && run.values.count == 6 && run.gradientNorms.count == 6)
        #expect(run.learningRates == Array(repeating: 0.1, count: 5))
        #expect(run.values[0] == 3 && run.gradientNorms[0] == Vector([2, 4]).norm)
        #expect(run.outcome == .completed && run.steps == 5)
    }

    @Test func gradientDescentOnXSquaredWithEtaOnePointOneDiverges() throws {
        // x ← x − 1.1·2x = −1.2x: |x| = 1.2ᵏ passes the bound 10⁶ at k = 76 (1.2⁷⁵ ≈ 8.6·10⁵).
        let run = try GradientDescent(learningRate: 1.1).run(on: .square, from: [1], steps: 500)
        #expect(run.divergedAt == 76)
        #expect(run.points.count == 77)
        #expect(zip(run.values, run.values.dropFirst()).allSatisfy { $0 < $1 })
        #expect(run.description.hasPrefix("Gradient descent on x²: diverged at step 76 (left the bound |xᵢ| ≤ 1e6)"))
    }

    @Test func nonFiniteValuesStopTheRun() throws {
        // Plain Newton at the inflection point of x³ computes 0/0.
        let run = try Newton().run(on: .cube, from: [0], steps: 100)
        #expect(run.outcome == .diverged(step: 1, reason: "non-finite value"))
        #expect(run.points == [[0]])
        let blowUp = try GradientDescent(learningRate: 1).run(on: .exp, from: [800], steps: 3)
        #expect(blowUp.divergedAt == 0)
        #expect(blowUp.points.isEmpty)
        #expect(blowUp.description == "Gradient descent on eˣ: diverged at step 0 (non-finite value at the start)")
    }

    @Test func stopsAtTheTolerance() throws {
        let run = try Newton().run(on: .bowl, from: [3, 4], steps: 50, tolerance: 1e-10)
        #expect(run.outcome == .converged(step: 1))
        #expect(run.description == "Newton on bowl: converged after 1 steps, x = (0, 0), f(x) = 0")
    }

    @Test func summaryForChapters() throws {
        let run = try GradientDescent(learningRate: 0.1).run(on: .bowl, from: [1, 1], steps: 1)
        #expect(run.description == "Gradient descent on bowl: 1 steps, x = (0.8, 0.6), f(x) = 1.36")
        let freeFunction = try Descent.run(GradientDescent(learningRate: 0.4), on: .ravine, from: [-5, -2], steps: 20)
        #expect(freeFunction.points.count == 21)
    }
}
