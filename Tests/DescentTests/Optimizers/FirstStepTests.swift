import Testing
import Descent

/// Each update rule against hand-computed steps on the bowl f = x₁² + 2x₂²
/// from x₀ = (1, 1), where ∇f = (2x₁, 4x₂), so g₀ = (2, 4).
@Suite struct FirstStepTests {
    /// The first `n` iterates after x₀.
    func steps<O: Optimizer>(_ optimizer: O, _ n: Int, on f: Objective = .bowl, from x0: Vector = [1, 1]) throws -> [Vector] {
        Array(try optimizer.run(on: f, from: x0, steps: n).points.dropFirst())
    }

    @Test func gradientDescent() throws {
        #expect(try steps(GradientDescent(learningRate: 0.1), 1) == [[0.8, 0.6]])
    }

    @Test func momentumHasNoDamping() throws {
        // v₁ = g₀ = (2, 4); x₁ = (0.8, 0.6); g₁ = (1.6, 2.4); v₂ = 0.9·(2, 4) + g₁ = (3.4, 6.0); x₂ = x₁ − 0.1·v₂.
        let xs = try steps(Momentum(learningRate: 0.1, beta: 0.9), 2)
        #expect(close(xs[0], [0.8, 0.6]))
        #expect(close(xs[1], [0.46, 0]))
    }

    @Test func nesterovLooksAhead() throws {
        // Step 2: look-ahead x₁ − 0.1·0.9·v₁ = (0.62, 0.24), g = (1.24, 0.96), v₂ = (3.04, 4.56).
        let xs = try steps(Nesterov(learningRate: 0.1, beta: 0.9), 2)
        #expect(close(xs[0], [0.8, 0.6]))
        #expect(close(xs[1], [0.496, 0.144]))
    }

    @Test func adaGradPutsEpsilonInsideTheRoot() throws {
        // s₁ = (4, 16); with ε = 1: x₁ = 1 − 0.1·2/√5, 1 − 0.1·4/√17 (outside the root it would be 1 − 0.2/3).
        let xs = try steps(AdaGrad(learningRate: 0.1, epsilon: 1), 1)
        #expect(close(xs[0], [0.910_557_280_900_008_4, 0.902_985_749_985_466_8]))
        let defaults = try AdaGrad(learningRate: 0.1)
        #expect(defaults.epsilon == 1e-6)
    }

    @Test func rmsPropAveragesSquares() throws {
        // s₁ = 0.1·(4, 16) = (0.4, 1.6); with ε = 1: x₁ = 1 − 0.2/√1.4, 1 − 0.4/√2.6.
        let xs = try steps(RMSProp(learningRate: 0.1, gamma: 0.9, epsilon: 1), 1)
        #expect(close(xs[0], [0.830_969_149_054_296_6, 0.751_930_530_821_583_1]))
        let defaults = try RMSProp(learningRate: 0.1)
        #expect(defaults.gamma == 0.9 && defaults.epsilon == 1e-6)
    }

    @Test func adadeltaNeedsNoLearningRate() throws {
        // s₁ = (0.4, 1.6); g′ = √(0 + 1e−5)/√(s₁ + 1e−5)·g = (2√(1e−5/0.40001), 4√(1e−5/1.60001)).
        let optimizer = try Adadelta()
        #expect(optimizer.rho == 0.9 && optimizer.epsilon == 1e-5)
        var x: Vector = [1, 1]
        var state = optimizer.initialState(dimension: 2)
        var f = Objective.bowl
        optimizer.step(&x, &state, &f, t: 0)
        let gʹ: Vector = [2 * (1e-5 / 0.40001).squareRoot(), 4 * (1e-5 / 1.60001).squareRoot()]
        #expect(close(x, [1 - gʹ[0], 1 - gʹ[1]]))
        #expect(close(state.s, [0.4, 1.6]))
        #expect(close(state.Δx, 0.1 * gʹ * gʹ))
        #expect(try optimizer.run(on: .bowl, from: [1, 1], steps: 3).learningRates.isEmpty)
    }

    @Test func adamCorrectsBiasFromTOne() throws {
        // t = 1: v̂ = g, ŝ = g², so x₁ = x₀ − 0.1·g/(|g| + 1e−8); step 2 computed by hand (in Python).
        let xs = try steps(Adam(learningRate: 0.1), 2)
        let first: Vector = [1 - 0.2 / (2 + 1e-8), 1 - 0.4 / (4 + 1e-8)]
        #expect(close(xs[0], first, 1e-15))
        #expect(close(xs[1], [0.800_412_228_691_792_8, 0.800_412_228_181_520_1], 1e-13))
        let defaults = try Adam()
        #expect(defaults.beta1 == 0.9 && defaults.beta2 == 0.999)
        #expect(defaults.epsilon == 1e-8 && defaults.learningRate(0) == 0.001)
    }

    @Test func yogiFirstStepsAndDefaults() throws {
        // t = 1 from s = 0: s₁ = (1 − β₂)·g² (sign +1), so v̂ = g, ŝ = g² as in Adam, with Yogi's ε = 10⁻³;
        // step 2 computed by hand (in Python) with s₂ = s₁ + (1 − β₂)·sgn(g² − s₁)·g².
        let xs = try steps(Yogi(learningRate: 0.1), 2)
        let first: Vector = [1 - 0.2 / (2 + 1e-3), 1 - 0.4 / (4 + 1e-3)]
        #expect(close(xs[0], first, 1e-15))
        #expect(close(xs[1], [0.800_541_712_806_917, 0.800_490_740_707_632], 1e-13))
        let defaults = try Yogi()
        let rate: Double = defaults.learningRate(0)
        #expect(defaults.beta1 == 0.9 && defaults.beta2 == 0.999)
        #expect(defaults.epsilon == 1e-3 && rate == 0.01)
        let adam = try Adam()
        #expect(defaults.name == "Yogi" && adam.name == "Adam")
    }

    @Test func newtonSolvesAQuadraticInOneStep() throws {
        #expect(try steps(Newton(), 1) == [[0, 0]])
        // f = x⁴ at 1: x₁ = 1 − f′/f″ = 1 − 4/12.
        let quartic = Objective("x⁴") { x in x * x * x * x }
        #expect(close(try steps(Newton(), 1, on: quartic, from: [1])[0], [2.0 / 3]))
    }

    @Test func plainNewtonClimbsWhereCurvatureIsNegativeAndTheSafeguardDescends() throws {
        // f = −x² at 1: plain Newton jumps to the maximum 0.
        let cap = Objective("−x²") { x in -x * x }
        #expect(try steps(Newton(), 1, on: cap, from: [1]) == [[0]])
        // Safeguarded: τ = 1e−3·2¹¹ = 2.048 is the first with f″ + τ > 0, so x₁ = 1 + 2/0.048.
        let safe = try SafeguardedNewton()
        #expect(safe.shift(for: Matrix([[-2]])) == 2.048)
        let x1 = try steps(safe, 1, on: cap, from: [1])[0]
        #expect(close(x1, [1 + 2 / 0.048], 1e-12))
        #expect(cap(x1) < cap([1]))
        // Where H is positive definite the safeguard is plain Newton.
        #expect(try steps(safe, 1) == [[0, 0]])
    }

    /// The same optimizer structs in 12 dimensions: on f = Σ cᵢxᵢ² with c = (1, 2, 1, 2, …)
    /// every coordinate pair follows the 2-D bowl run exactly, for every element-wise optimizer.
    @Test func everyOptimizerRunsInTwelveDimensions() throws {
        let bowl12 = Objective("Σ cᵢxᵢ²", dimension: 12) { x in
            var sum = x[0] * x[0]
            for i in 1..<12 { sum = sum + Double(1 + i % 2) * x[i] * x[i] }
            return sum
        }
        let bowl2 = Objective("x₁² + 2x₂²") { x in x[0] * x[0] + 2 * x[1] * x[1] }
        func check<O: Optimizer>(_ o: O) throws {
            let high = try o.run(on: bowl12, from: Vector(repeating: 1, count: 12), steps: 5)
            let low = try o.run(on: bowl2, from: [1, 1], steps: 5)
            for (x12, x2) in zip(high.points, low.points) {
                for i in 0..<12 { #expect(close(x12[i], x2[i % 2], 1e-15), "\(o.name) coordinate \(i)") }
            }
        }
        try check(GradientDescent(learningRate: 0.1))
        try check(Momentum(learningRate: 0.1))
        try check(Nesterov(learningRate: 0.1))
        try check(AdaGrad(learningRate: 0.1))
        try check(RMSProp(learningRate: 0.1))
        try check(Adadelta())
        try check(Adam(learningRate: 0.1))
    }
}
