// Nanoseconds per optimizer step, gradient evaluation included.
//
//   swift run -c release --scratch-path .build-descent OptimizerBenchmark
//   swift run -c release --scratch-path .build-descent OptimizerBenchmark adam-steps 100000
//   … OptimizerBenchmark 2d | large | sgd10 | network    (one part only)
//
// Benchmarks/compare-optimizer-benchmark.sh <old-commit> runs this benchmark side by side
// with the one of an older commit (alternating, medians).
//
// The second form only runs that many 2-D Adam steps on Rosenbrock, for an
// allocation count under valgrind: compare `total heap usage` for two step
// counts; the difference divided by the extra steps is allocations per step.
import Descent
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time of this thread in nanoseconds: unlike wall-clock time it does not
/// count time spent descheduled, so numbers stay meaningful on a busy machine.
func threadCPUTime() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) * 1e9 + Double(ts.tv_nsec)
}

/// CPU time of every thread of the process, in nanoseconds.
func processCPUTime() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) * 1e9 + Double(ts.tv_nsec)
}

/// The monotonic clock, in nanoseconds.
func wallTime() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1e9 + Double(ts.tv_nsec)
}

/// Median over `repetitions` of the time per step of `body(steps)`.
func nanosecondsPerStep(steps: Int, repetitions: Int = 7, _ body: (Int) -> Void) -> (median: Double, all: [Double]) {
    body(steps / 10)  // warm-up
    var times: [Double] = []
    for _ in 0..<repetitions {
        let start = threadCPUTime()
        body(steps)
        times.append((threadCPUTime() - start) / Double(steps))
    }
    let sorted = times.sorted()
    return (sorted[sorted.count / 2], times)
}

let adam = try Adam(learningRate: 0.01)
let rosenbrock = Objective.rosenbrock
nonisolated(unsafe) var sink = 0.0

@MainActor func adamSteps(_ n: Int) {
    var f = rosenbrock
    var x: Vector = [-1, 1]
    var state = adam.initialState(dimension: 2)
    for t in 0..<n { adam.step(&x, &state, &f, t: t) }
    sink += x[0]
}

let arguments = CommandLine.arguments
if arguments.count >= 2, arguments[1] == "sgd10" {
    let data = try Dataset.regression(examples: 442, features: 10, noise: 0.1, seed: 42)
    let sgd = try StochasticGradientDescent(learningRate: 0.01)
    for b in [1, 2, 4, 8, 16, 32, 442] {
        let template = try Minibatches(LeastSquares(data), batchSize: b, sampling: .shuffledEpochs, seed: 7)
        let result = nanosecondsPerStep(steps: 200_000 / b) { n in
            var batches = template
            var w = Vector(zeros: 10)
            var none: Void = ()
            for t in 0..<n { sgd.step(&w, &none, &batches, t: t) }
            sink += w[0]
        }
        print("Minibatch SGD, least squares 442 × 10, batch \(b): \(fmt(result.median)) ns/step")
    }
} else if arguments.count >= 2, arguments[1] == "network" {
    networkTraining()
} else if arguments.count == 3, arguments[1] == "adam-steps", let n = Int(arguments[2]) {
    adamSteps(n)
    print("ran \(n) Adam steps; x₁ sum \(sink)")
} else if arguments.count == 5, arguments[1] == "large-steps", let n = Int(arguments[3]), let k = Int(arguments[4]) {
    // `large-steps sgd|momentum|adam n k`: only k steps in n dimensions (allocations per step under valgrind).
    let f = HalfSquaredNorm(dimension: n)
    func run<O: Optimizer>(_ o: O) {
        var x = Vector(count: n) { Double($0 % 17) / 17 - 0.5 }, state = o.initialState(dimension: n), g = f
        for t in 0..<k { o.step(&x, &state, &g, t: t) }
        sink += x[0]
    }
    switch arguments[2] {
    case "sgd": run(try GradientDescent(learningRate: 0.01))
    case "momentum": run(try Momentum(learningRate: 0.01, beta: 0.9))
    default: run(try Adam(learningRate: 0.01))
    }
    print("ran \(k) steps; checksum \(sink)")
} else if arguments.count >= 2, arguments[1] == "closure" {
    closureGradients()
} else if arguments.count >= 2, arguments[1] == "large" {
    largeSteps()
} else {
    let adamResult = nanosecondsPerStep(steps: 2_000_000, adamSteps)
    print("2-D Adam on Rosenbrock (gradient by dual numbers):   \(fmt(adamResult.median)) ns/step of CPU time (median of 7; runs: \(adamResult.all.map(fmt).joined(separator: ", ")))")

    let data = try Dataset.regression(examples: 1000, features: 5, noise: 0.1, seed: 42)
    let batchSize = 32
    let sgd = try StochasticGradientDescent(learningRate: 0.05)
    for sampling in [Minibatches.Sampling.withReplacement, .shuffledEpochs] {
        let template = try Minibatches(LeastSquares(data), batchSize: batchSize, sampling: sampling, seed: 7)
        let result = nanosecondsPerStep(steps: 200_000) { n in
            var batches = template
            var w = Vector(zeros: 5)
            var none: Void = ()
            for t in 0..<n { sgd.step(&w, &none, &batches, t: t) }
            sink += w[0]
        }
        print("Minibatch SGD, least squares 1000 × 5, batch \(batchSize), \(sampling): \(fmt(result.median)) ns/step of CPU time (median of 7)")
    }
    if arguments.count < 2 || arguments[1] != "2d" {
        largeSteps()
        networkTraining()
    }
    print("(checksum \(sink))")
}

func fmt(_ x: Double) -> String {
    let r = (x * 10).rounded() / 10
    return "\(r)"
}

/// f(x) = ½‖x‖², whose gradient is x itself: the cheapest oracle, so the
/// large-n numbers measure the optimizer's update, not the objective. The
/// gradient is a fresh vector (one pass writing n numbers), as any real oracle's is.
struct HalfSquaredNorm: GradientOracle {
    let dimension: Int
    var name: String { "½‖x‖²" }
    func value(at x: Vector) -> Double { 0.5 * Vector.dot(x, x) }
    func exactGradient(at x: Vector) -> Vector { x }
    func gradient(at x: Vector) -> Vector { x.withCoordinates { Vector($0) } }
    func hessian(at x: Vector) -> Matrix { Matrix.identity(dimension) }
}

/// ns per parameter of one step of SGD, momentum and Adam in n dimensions, for the
/// library's optimizer structs (the anchored update lines) and for a plain C-style loop
/// over [Double] that computes the same update with the same gradient g = x.
@MainActor func largeSteps() {
    for n in [10_000, 100_000] {
        let steps = n == 10_000 ? 2_000 : 200
        let f = HalfSquaredNorm(dimension: n)
        let x0 = Vector(count: n) { Double($0 % 17) / 17 - 0.5 }
        func library<O: Optimizer>(_ o: O) -> Double {
            nanosecondsPerStep(steps: steps) { k in
                var x = x0, state = o.initialState(dimension: n), g = f
                for t in 0..<k { o.step(&x, &state, &g, t: t) }
                sink += x[0]
            }.median / Double(n)
        }
        let sgdRate = 0.01, beta = 0.9, (b1, b2, eps) = (0.9, 0.999, 1e-8)
        // The same loops with the gradient written to its own array first (one pass writing n
        // numbers, as the library's oracle does), then the fused update: the fair target.
        let sgdArray = nanosecondsPerStep(steps: steps) { k in
            var x = x0.coordinates, g = [Double](repeating: 0, count: n)
            x.withUnsafeMutableBufferPointer { x in
                g.withUnsafeMutableBufferPointer { g in
                    for _ in 0..<k {
                        for i in 0..<n { g[i] = x[i] }
                        for i in 0..<n { x[i] -= sgdRate * g[i] }
                    }
                }
            }
            sink += x[0]
        }.median / Double(n)
        let momentumArray = nanosecondsPerStep(steps: steps) { k in
            var x = x0.coordinates, v = [Double](repeating: 0, count: n), g = v
            x.withUnsafeMutableBufferPointer { x in
                v.withUnsafeMutableBufferPointer { v in
                    g.withUnsafeMutableBufferPointer { g in
                        for _ in 0..<k {
                            for i in 0..<n { g[i] = x[i] }
                            for i in 0..<n { v[i] = beta * v[i] + g[i]; x[i] -= sgdRate * v[i] }
                        }
                    }
                }
            }
            sink += x[0]
        }.median / Double(n)
        let sgdLoop = nanosecondsPerStep(steps: steps) { k in
            var x = x0.coordinates
            x.withUnsafeMutableBufferPointer { x in
                for _ in 0..<k { for i in 0..<n { let g = x[i]; x[i] -= sgdRate * g } }
            }
            sink += x[0]
        }.median / Double(n)
        let momentumLoop = nanosecondsPerStep(steps: steps) { k in
            var x = x0.coordinates, v = [Double](repeating: 0, count: n)
            x.withUnsafeMutableBufferPointer { x in
                v.withUnsafeMutableBufferPointer { v in
                    for _ in 0..<k {
                        for i in 0..<n { let g = x[i]; v[i] = beta * v[i] + g; x[i] -= sgdRate * v[i] }
                    }
                }
            }
            sink += x[0]
        }.median / Double(n)
        /// k steps of Adam on ½‖x‖² from x0 as one fused loop over arrays: the anchored rule's
        /// operations in its order, so it ends on the library's bits (checked below).
        func fusedAdam(steps k: Int) -> [Double] {
            var x = x0.coordinates, v = [Double](repeating: 0, count: n), s = v
            var (p1, p2) = (1.0, 1.0)
            x.withUnsafeMutableBufferPointer { x in
                v.withUnsafeMutableBufferPointer { v in
                    s.withUnsafeMutableBufferPointer { s in
                        for _ in 0..<k {
                            p1 *= b1; p2 *= b2
                            for i in 0..<n {
                                let g = x[i]
                                v[i] = b1 * v[i] + (1 - b1) * g
                                s[i] = b2 * s[i] + (1 - b2) * g * g
                                let v̂ = v[i] / (1 - p1), ŝ = s[i] / (1 - p2)
                                x[i] = x[i] - sgdRate * v̂ / (ŝ.squareRoot() + eps)
                            }
                        }
                    }
                }
            }
            return x
        }
        let adamLoop = nanosecondsPerStep(steps: steps) { k in sink += fusedAdam(steps: k)[0] }.median / Double(n)
        let adamArray = nanosecondsPerStep(steps: steps) { k in
            var x = x0.coordinates, v = [Double](repeating: 0, count: n), s = v, g = v
            var (p1, p2) = (1.0, 1.0)
            x.withUnsafeMutableBufferPointer { x in
                v.withUnsafeMutableBufferPointer { v in
                    s.withUnsafeMutableBufferPointer { s in
                        g.withUnsafeMutableBufferPointer { g in
                            for _ in 0..<k {
                                p1 *= b1; p2 *= b2
                                for i in 0..<n { g[i] = x[i] }
                                for i in 0..<n {
                                    v[i] = b1 * v[i] + (1 - b1) * g[i]
                                    s[i] = b2 * s[i] + (1 - b2) * g[i] * g[i]
                                    let v̂ = v[i] / (1 - p1), ŝ = s[i] / (1 - p2)
                                    x[i] = x[i] - sgdRate * v̂ / (ŝ.squareRoot() + eps)
                                }
                            }
                        }
                    }
                }
            }
            sink += x[0]
        }.median / Double(n)
        let sgd = library(try! GradientDescent(learningRate: sgdRate))
        let momentum = library(try! Momentum(learningRate: sgdRate, beta: beta))
        let adam = library(try! Adam(learningRate: sgdRate))
        func row(_ name: String, _ lib: Double, _ loop: Double, _ array: Double? = nil) {
            let withArray = array.map { ", loop with a gradient array \(fmt3($0)) (ratio \(fmt(lib / $0)))" } ?? ""
            print("  \(name) n = \(n): library \(fmt3(lib)) ns/parameter, C-style loop \(fmt3(loop)) (ratio \(fmt(lib / loop)))\(withArray)")
        }
        print("Large steps on ½‖x‖² (gradient g = x, a fresh vector per step), median of 7, CPU time:")
        row("SGD     ", sgd, sgdLoop, sgdArray)
        row("Momentum", momentum, momentumLoop, momentumArray)
        row("Adam    ", adam, adamLoop, adamArray)
        // The Adam loops are a fair target only if they compute what the library does: 20 steps each, compared bit for bit.
        let optimizer = try! Adam(learningRate: sgdRate)
        var (lx, state, oracle) = (x0, optimizer.initialState(dimension: n), f)
        for t in 0..<20 { optimizer.step(&lx, &state, &oracle, t: t) }
        let x = fusedAdam(steps: 20)
        print("  Adam library and loop after 20 steps: \(lx.coordinates == x ? "the same bits" : "DIFFERENT — the comparison is unfair")")
    }
}

func fmt3(_ x: Double) -> String {
    let r = (x * 1000).rounded() / 1000
    return "\(r)"
}

/// The course's network: 64-32-10 tanh on the digits (80/20 split, pixels scaled to [0, 1]),
/// trained by Adam in minibatches of 32 — seconds per epoch and test accuracy per epoch;
/// then the CPU time per example of each pass the chapters use (median of 7): the loss
/// alone (forward passes), the accuracy on a dataset (which lays the examples out first), the
/// loss and accuracy of one pass (what `train` measures after every epoch), a minibatch gradient
/// (forward and backward), a Hessian-vector product (both on dual numbers), and one whole
/// training epoch with its evaluation.
/// Run from the repository root (it reads data/digits.csv).
@MainActor func networkTraining() {
    do {
        let digits = try LabeledDataset(csvFile: "data/digits.csv").scaled(by: 1.0 / 16)
        let (training, test) = try digits.split(testFraction: 0.2, seed: 1)
        let network = try Network(layers: [64, 32, 10], activation: .tanh)
        let (start, startWall) = (processCPUTime(), wallTime())
        let result = try Adam(learningRate: 0.01).train(network, on: training, test: test, epochs: 10, batchSize: 32, seed: 1)
        let (cpu, wall) = ((processCPUTime() - start) / 1e9, (wallTime() - startWall) / 1e9)
        print("Network \(network), Adam η = 0.01, batches of 32, \(training.count) training / \(test.count) test digits:")
        for epoch in result.epochs {
            print("  \(epoch) — steps \(fmt3(1000 * epoch.seconds)) ms (wall)")
        }
        print("  \(fmt3(1000 * result.secondsPerEpoch)) ms per epoch of steps (wall); all 10 epochs including evaluation: \(fmt3(cpu)) s CPU, \(fmt3(wall)) s wall")
        let loss = NetworkLoss(network, on: training)
        let lanczosStart = processCPUTime()
        let (smallest, largest) = loss.hessianExtremeEigenvalues(at: result.parameters, iterations: 40)
        print("  Hessian of the training loss at the end: λ_min ≈ \(fmt3(smallest)), λ_max ≈ \(fmt3(largest)) "
              + "(Lanczos, 40 exact Hessian-vector products, \(fmt3((processCPUTime() - lanczosStart) / 1e9)) s CPU)")

        // The passes, per example, at the trained parameters (CPU time, median of 7).
        let w = result.parameters, n = training.count
        let batches = stride(from: 0, to: n - 31, by: 32).map { Array($0..<($0 + 32))[...] }
        var random = Random(seed: 3)
        let v = random.normalVector(count: network.parameterCount)
        // CPU time of all threads (the evaluation passes share their examples out over the
        // cores: total work), and wall time (what the author waits for; the machine's load shows).
        func perExample(_ label: String, examples: Int, _ body: () -> Double) {
            sink += body()   // warm-up
            var cpu: [Double] = [], wall: [Double] = []
            for _ in 0..<7 {
                let (startCPU, startWall) = (processCPUTime(), wallTime())
                sink += body()
                cpu.append(processCPUTime() - startCPU)
                wall.append(wallTime() - startWall)
            }
            let (c, w) = (cpu.sorted()[3] / Double(examples), wall.sorted()[3] / Double(examples))
            print("  \(label): \(fmt(c)) ns/example of CPU time, all threads (median of 7); \(fmt(w)) ns/example wall")
        }
        perExample("loss on the training set (forward)", examples: n) { loss.value(at: w) }
        perExample("accuracy on the training set (forward)", examples: n) { network.accuracy(on: training, parameters: w) }
        perExample("loss and accuracy on the training set (one forward)", examples: n) { loss.valueAndAccuracy(at: w).loss }
        perExample("minibatch gradients, batches of 32 (forward and backward)", examples: 32 * batches.count) {
            batches.reduce(0) { $0 + loss.gradient(at: w, batch: $1)[0] }
        }
        perExample("Hessian-vector product on the training set (dual numbers)", examples: n) {
            loss.hessianVectorProduct(at: w, v)[0]
        }
        perExample("one epoch of Adam steps and its evaluation", examples: n) {
            (try? Adam(learningRate: 0.01).train(network, on: training, test: test, epochs: 1, batchSize: 32, seed: 2))?
                .final?.trainingLoss ?? 0
        }
    } catch {
        print("network benchmark: \(error)")
    }
}

/// A closure objective in n dimensions (the chained Rosenbrock function, d2l-style
/// `Objective("…", dimension: n) { x in … }`): the time of one value and of one exact
/// gradient (⌈n/2⌉ HyperDual passes), and their ratio — what a one-pass gradient would save.
@MainActor func closureGradients() {
    print("Closure objectives, chained Rosenbrock Σ (1 − xᵢ)² + 100 (xᵢ₊₁ − xᵢ²)², CPU time, median of 7:")
    for n in [2, 10, 50, 100] {
        let f = Objective("chained Rosenbrock", dimension: n) { x in
            var sum: HyperDual = 0
            for i in 0..<(x.count - 1) {
                let a: HyperDual = 1 - x[i], b: HyperDual = x[i + 1] - x[i] * x[i]
                sum = sum + a * a + 100 * b * b
            }
            return sum
        }
        // The same formula in reverse mode (one recorded evaluation and one backward sweep).
        let r = Objective.reverseMode("chained Rosenbrock", dimension: n) { x in
            var sum: ReverseDual = 0
            for i in 0..<(x.count - 1) {
                let a: ReverseDual = 1 - x[i], b: ReverseDual = x[i + 1] - x[i] * x[i]
                sum = sum + a * a + 100 * b * b
            }
            return sum
        }
        let x0 = Vector(count: n) { Double($0 % 3) * 0.3 - 0.2 }
        let calls = 200_000 / n
        let value = nanosecondsPerStep(steps: calls) { k in for _ in 0..<k { sink += f.value(at: x0) } }.median
        let gradient = nanosecondsPerStep(steps: calls) { k in for _ in 0..<k { sink += f.gradient(at: x0)[0] } }.median
        let reverseGradient = nanosecondsPerStep(steps: calls) { k in for _ in 0..<k { sink += r.gradient(at: x0)[0] } }.median
        let hessianCalls = max(20, calls / n)
        let hessian = nanosecondsPerStep(steps: hessianCalls) { k in for _ in 0..<k { sink += f.hessian(at: x0)[0, 0] } }.median
        let reverseHessian = nanosecondsPerStep(steps: hessianCalls) { k in for _ in 0..<k { sink += r.hessian(at: x0)[0, 0] } }.median
        print("  n = \(n): value \(fmt(value)) ns; gradient forward \(fmt(gradient)) ns (\(fmt(gradient / value)) values, "
              + "⌈n/2⌉ = \((n + 1) / 2) passes), reverse \(fmt(reverseGradient)) ns (\(fmt(reverseGradient / value)) values); "
              + "Hessian forward \(fmt(hessian / 1000)) µs, reverse \(fmt(reverseHessian / 1000)) µs")
    }
}
