// Nanoseconds per optimizer step, gradient evaluation included.
//
//   swift run -c release --scratch-path .build-descent OptimizerBenchmark
//   swift run -c release --scratch-path .build-descent OptimizerBenchmark adam-steps 100000
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
if arguments.count == 3, arguments[1] == "adam-steps", let n = Int(arguments[2]) {
    adamSteps(n)
    print("ran \(n) Adam steps; x₁ sum \(sink)")
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
    print("(checksum \(sink))")
}

func fmt(_ x: Double) -> String {
    let r = (x * 10).rounded() / 10
    return "\(r)"
}
