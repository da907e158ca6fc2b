import Testing
import Descent

/// The batch gradient that `Minibatches` calls (an `ArraySlice` of indices) reads the
/// examples without copying them — SIMD lanes up to 8 features, row-major rows beyond —
/// and must give the bits of the rule the chapters show (`gradient(at:batch:)` over any
/// collection, anchored "batch-gradient").
@Suite struct LeastSquaresTests {
    @Test(arguments: [1, 2, 5, 8, 9, 10, 13])
    func fastBatchGradientIsTheShownRuleBitForBit(features d: Int) throws {
        let data = try Dataset.regression(examples: 40, features: d, noise: 0.3, seed: 11)
        let problem = LeastSquares(data)
        let w = Vector(count: d) { Double($0 % 3) - 0.7 }
        for indices in [[3], [0, 1, 2], [7, 3, 7, 39, 0, 7], Array(0..<40)] {
            let shown: [Int] = indices                    // the generic, anchored rule
            let fast = problem.gradient(at: w, batch: indices[...])
            #expect(fast == problem.gradient(at: w, batch: shown), "d = \(d), batch \(indices)")
            // …which is the mean of the per-example gradients.
            var mean = Vector(zeros: d)
            for i in indices { mean = mean + problem.gradient(at: w, example: i) }
            #expect(close(fast, mean / Double(indices.count), 1e-12))
        }
        #expect(problem.exactGradient(at: w) == problem.gradient(at: w, batch: Array(0..<40)))
    }

    @Test func fastBatchGradientOfTheTinyProblemByHand() throws {
        let data = try Dataset(name: "tiny", inputs: [[1, 2], [3, -1]], targets: [1, 2])
        let problem = LeastSquares(data)
        // residuals at (0.5, 1): 1.5 and −1.5; mean of 1.5·(1, 2) and −1.5·(3, −1)
        #expect(problem.gradient(at: [0.5, 1], batch: [0, 1][...]) == [-1.5, 2.25])
        #expect(problem.gradient(at: [0.5, 1], batch: [1, 1][...]) == [-4.5, 1.5])
    }
}
