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
        #expect(run.description.hasPrefix("STOPPED EARLY at step 76 of 500 — diverged (left the bound |xᵢ| ≤ 1e6): Gradient descent on x²: last x = "))
        #expect(run.stoppedEarly && run.requestedSteps == 500)
    }

    @Test func nonFiniteValuesStopTheRun() throws {
        // Plain Newton at the inflection point of x³ computes 0/0.
        let run = try Newton().run(on: .cube, from: [0], steps: 100)
        #expect(run.outcome == .diverged(step: 1, reason: "non-finite value"))
        #expect(run.points == [[0]])
        let blowUp = try GradientDescent(learningRate: 1).run(on: .exp, from: [800], steps: 3)
        #expect(blowUp.divergedAt == 0)
        #expect(blowUp.points.isEmpty)
        #expect(blowUp.description == "STOPPED EARLY at step 0 of 3 — the start (800) gives a non-finite value: Gradient descent on eˣ: no steps taken")
        // Neither traps when nothing was recorded.
        #expect(blowUp.finalPoint == [800] && blowUp.finalValue.isNaN && blowUp.stoppedEarly)
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

    /// A traced Adam run on the bowl from (1, 1): the trace holds the gradient used and the
    /// state, hand-computed for the first step (g = (2, 4), v = 0.1g, s = 0.001g², v̂ = g, ŝ = g²).
    @Test func traceRecordsWhatAdamSawAndKept() throws {
        let run = try Adam(learningRate: 0.1).run(on: .bowl, from: [1, 1], steps: 3, trace: true)
        let trace = try #require(run.trace)
        #expect(trace.count == 3 && trace.names == ["v", "s", "v̂", "ŝ", "step size"])
        #expect(trace.gradients[0] == [2, 4])
        #expect(close(trace.series("v")[0], [0.2, 0.4]))
        #expect(close(trace.series("s")[0], [0.004, 0.016]))
        #expect(close(trace.series("v̂")[0], [2, 4]) && close(trace.series("ŝ")[0], [4, 16]))
        #expect(close(trace.series("step size", coordinate: 1)[0], 0.1 / (4 + 1e-8)))
        // The step the trace implies is the step the run took.
        #expect(close(run.points[1], run.points[0] - trace.series("step size")[0] * trace.series("v̂")[0]))
        // Off by default, and the same iterates either way.
        let plain = try Adam(learningRate: 0.1).run(on: .bowl, from: [1, 1], steps: 3)
        #expect(plain.trace == nil && plain.points == run.points)
    }

    /// Momentum's velocity and the stochastic gradients actually used: v is the running sum of them.
    @Test func traceRecordsStochasticGradientsAndEpochs() throws {
        let data = try Dataset.regression(examples: 20, features: 3, seed: 2)
        let batches = try Minibatches(LeastSquares(data), batchSize: 5, sampling: .shuffledEpochs, seed: 4)
        let run = try Momentum(learningRate: 0.01, beta: 0.5).run(on: batches, from: Vector(zeros: 3), steps: 10, trace: true)
        let trace = try #require(run.trace)
        var v = Vector(zeros: 3)
        for t in 0..<10 {
            v = 0.5 * v + trace.gradients[t]
            #expect(close(trace.series("v")[t], v))
            #expect(trace.gradients[t] != LeastSquares(data).exactGradient(at: run.points[t]))   // stochastic
        }
        #expect(run.epochs == (1...10).map { Double($0) / 4 })
        #expect(try Momentum(learningRate: 0.1).run(on: .bowl, from: [1, 1], steps: 2).epochs.isEmpty)
    }
}
