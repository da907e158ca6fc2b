import Testing
import Descent
import RealModule

/// Reverse mode against forward mode (``HyperDual``, tested against hand derivations) on the
/// same formulas, and against the hand-derived derivatives of a chained Rosenbrock function.
@Suite struct ReverseTests {
    /// Σ (1 − xᵢ)² + 100 (xᵢ₊₁ − xᵢ²)², written once per number type (closures cannot be generic).
    static func chainedRosenbrock(_ n: Int) -> (forward: Objective, reverse: Objective) {
        let forward = Objective("chained Rosenbrock", dimension: n) { x in
            var sum: HyperDual = 0
            for i in 0..<(n - 1) { sum = sum + (1 - x[i]) * (1 - x[i]) + 100 * (x[i + 1] - x[i] * x[i]) * (x[i + 1] - x[i] * x[i]) }
            return sum
        }
        let reverse = Objective.reverseMode("chained Rosenbrock", dimension: n) { x in
            var sum: ReverseDual = 0
            for i in 0..<(n - 1) { sum = sum + (1 - x[i]) * (1 - x[i]) + 100 * (x[i + 1] - x[i] * x[i]) * (x[i + 1] - x[i] * x[i]) }
            return sum
        }
        return (forward, reverse)
    }

    @Test(arguments: [2, 3, 9, 20])
    func chainedRosenbrockMatchesHandDerivatives(n: Int) {
        let f = Self.chainedRosenbrock(n).reverse
        let x = Vector(count: n) { Double($0 % 3) * 0.3 - 0.2 }
        var g = [Double](repeating: 0, count: n)
        var h = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        var value = 0.0
        for i in 0..<(n - 1) {
            let a = 1 - x[i], b = x[i + 1] - x[i] * x[i]
            value += a * a + 100 * b * b
            g[i] += -2 * a - 400 * x[i] * b
            g[i + 1] += 200 * b
            h[i][i] += 2 - 400 * b + 800 * x[i] * x[i]
            h[i][i + 1] += -400 * x[i]
            h[i + 1][i] += -400 * x[i]
            h[i + 1][i + 1] += 200
        }
        #expect(abs(f.value(at: x) - value) <= 1e-12 * max(1, abs(value)))
        let gradient = f.gradient(at: x)
        for i in 0..<n { #expect(abs(gradient[i] - g[i]) <= 1e-12 * max(1, abs(g[i])), "∂\(i)") }
        let hessian = f.hessian(at: x)
        for i in 0..<n {
            for j in 0..<n { #expect(abs(hessian[i, j] - h[i][j]) <= 1e-10 * max(1, abs(h[i][j])), "H[\(i), \(j)]") }
        }
    }

    @Test func elementaryFunctionsAgreeWithForwardMode() {
        // Every function of the closure's vocabulary, in one objective of five variables.
        let forward = Objective("mix", dimension: 5) { x in
            let a: HyperDual = exp(x[0]) * sin(x[1]) + log(x[2] + 3) / cos(x[3])
            let b: HyperDual = pow(x[4] + 2, x[0]) + sqrt(x[2] * x[2] + 1)
            let c: HyperDual = tanh(x[1] * x[3]) - pow(x[4], 3)
            let d: HyperDual = HyperDual.atan2(y: x[1], x: x[2] + 2) + (x[0] - x[4]).magnitude
            return a + b + c + d
        }
        let reverse = Objective.reverseMode("mix", dimension: 5) { x in
            let a: ReverseDual = exp(x[0]) * sin(x[1]) + log(x[2] + 3) / cos(x[3])
            let b: ReverseDual = pow(x[4] + 2, x[0]) + sqrt(x[2] * x[2] + 1)
            let c: ReverseDual = tanh(x[1] * x[3]) - pow(x[4], 3)
            let d: ReverseDual = ReverseDual.atan2(y: x[1], x: x[2] + 2) + (x[0] - x[4]).magnitude
            return a + b + c + d
        }
        for x: Vector in [[0.3, -0.7, 0.5, 0.2, 1.1], [-1.2, 0.4, -0.9, -0.6, 0.25]] {
            #expect(abs(forward.value(at: x) - reverse.value(at: x)) <= 1e-13)
            let (gf, gr) = (forward.gradient(at: x), reverse.gradient(at: x))
            for i in 0..<5 { #expect(abs(gf[i] - gr[i]) <= 1e-12 * max(1, abs(gf[i])), "∂\(i) at \(x)") }
            let (hf, hr) = (forward.hessian(at: x), reverse.hessian(at: x))
            for i in 0..<5 {
                for j in 0..<5 { #expect(abs(hf[i, j] - hr[i, j]) <= 1e-11 * max(1, abs(hf[i, j])), "H[\(i), \(j)] at \(x)") }
            }
        }
    }

    @Test func constantsAndArgumentsAsResults() {
        // A result that does not depend on x, and a result that is an argument itself.
        let constant = Objective.reverseMode("3", dimension: 3) { _ in 3 }
        #expect(constant.value(at: [1, 2, 3]) == 3)
        #expect(constant.gradient(at: [1, 2, 3]) == [0, 0, 0])
        let second = Objective.reverseMode("x₂", dimension: 3) { x in x[1] }
        #expect(second.gradient(at: [1, 2, 3]) == [0, 1, 0])
        #expect(second.hessian(at: [1, 2, 3]) == Matrix(zeros: 3))
        // A Double from outside the closure is a constant: no derivative.
        let κ = 20.0
        let scaled = Objective.reverseMode("κx₁x₂", dimension: 2) { x in κ * x[0] * x[1] }
        #expect(scaled.gradient(at: [2, 3]) == [60, 40])
        #expect(scaled.hessian(at: [2, 3]) == Matrix([[0, 20], [20, 0]]))
    }

    @Test func aTapeAdjointAccumulatesOverRepeatedUse() {
        // x used many times: ∂/∂x of x·x·x·x = 4x³ needs every use's contribution.
        let (value, partials) = Tape<Double>.evaluate({ x in x[0] * x[0] * x[0] * x[0] }, count: 1) { _ in 1.5 }
        #expect(value == 1.5 * 1.5 * 1.5 * 1.5)
        #expect(partials == [4 * 1.5 * 1.5 * 1.5])
    }

    @Test func optimizersRunOnReverseModeObjectivesAsOnForwardOnes() throws {
        let (forward, reverse) = Self.chainedRosenbrock(12)
        let start = Vector(repeating: 0.5, count: 12)
        let a = try Adam(learningRate: 0.01).run(on: forward, from: start, steps: 100)
        let b = try Adam(learningRate: 0.01).run(on: reverse, from: start, steps: 100)
        for i in 0..<12 { #expect(abs(a.finalPoint[i] - b.finalPoint[i]) <= 1e-9) }
    }

    @Test func significandAndRemaindersDifferentiateExactly() {
        // significand(x) = |x|/2^e: derivative sign(x)/2^e; at 0 the result is a constant.
        #expect(Tape<Double>.evaluate({ $0[0].significand }, count: 1) { _ in -3 }.partials == [-0.5])
        #expect(Tape<Double>.evaluate({ $0[0].significand }, count: 1) { _ in 3 }.partials == [0.5])
        #expect(Tape<Double>.evaluate({ $0[0].significand }, count: 1) { _ in 0 }.partials == [0])
        #expect(Dual<Double>(-3, derivative: 1).significand.derivative == -0.5)
        #expect(Dual<Double>(0, derivative: 1).significand.derivative == 0)
        // r = x − q·y with q the truncated quotient: 1 = 9·0.1 + 0.09999…, so ∂r/∂y = −9, not −10.
        let r = Tape<Double>.evaluate({ $0[0].truncatingRemainder(dividingBy: $0[1]) }, count: 2) { [1, 0.1][$0] }
        #expect(r.partials == [1, -9])
        let s = Tape<Double>.evaluate({ $0[0].truncatingRemainder(dividingBy: $0[1]) }, count: 2) { [5.5, 0.1][$0] }
        #expect(s.partials == [1, -54])
        #expect(Dual<Double>(1).truncatingRemainder(dividingBy: Dual(0.1, derivative: 1)).derivative == -9)
        let nearest = Tape<Double>.evaluate({ $0[0].remainder(dividingBy: $0[1]) }, count: 2) { [7, 2][$0] }
        #expect(nearest.partials == [1, -4])   // 7 = 4·2 − 1 (ties to even)
    }

    @Test func tapesAreReusedWithANewGenerationEachTime() {
        // Two evaluations in a row get different generations (a kept number would be caught),
        // and the second one's partials are not polluted by the first one's entries.
        let square: (Variables<Reverse<Double>>) -> Reverse<Double> = { x in x[0] * x[0] + x[1] }
        let first = Tape<Double>.evaluate(square, count: 2) { [3, 1][$0] }
        let second = Tape<Double>.evaluate(square, count: 2) { [5, 1][$0] }
        #expect(first.partials == [6, 1])
        #expect(second.partials == [10, 1])
    }

    @Test func aNumberKeptFromAnEarlierEvaluationStopsTheProgram() async throws {
        let result = try await #require(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            nonisolated(unsafe) var kept: Reverse<Double>? = nil
            let f: (Variables<Reverse<Double>>) -> Reverse<Double> = { x in
                let y = x[0] * x[0]
                if kept == nil { kept = y }
                return kept! * 2 + x[0]
            }
            _ = Tape<Double>.evaluate(f, count: 1) { _ in 1 }
            _ = Tape<Double>.evaluate(f, count: 1) { _ in 2 }
        }
        // Stopped by the generation check, with its message — not by reading freed memory.
        #expect(String(decoding: result.standardErrorContent, as: UTF8.self).contains("used outside the evaluation that made it"))
    }
}
