#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one epoch of training left: the loss and accuracies measured after it.
public struct EpochReport: Sendable, CustomStringConvertible {
    /// The epoch, counted from 1.
    public let epoch: Int
    /// The optimizer steps taken so far (all epochs).
    public let steps: Int
    /// The mean cross-entropy on the whole training set after the epoch.
    public let trainingLoss: Double
    /// The fraction of training examples classified correctly.
    public let trainingAccuracy: Double
    /// The fraction of test examples classified correctly.
    public let testAccuracy: Double
    /// Wall-clock seconds of the epoch's optimizer steps (not of the evaluation).
    public let seconds: Double

    /// "epoch 3: loss 0.214, training 94.1 %, test 93.3 %".
    public var description: String {
        "epoch \(epoch): loss \(formatted(trainingLoss)), training \(percent(trainingAccuracy)), test \(percent(testAccuracy))"
    }
}

/// A network trained by an optimizer: the report of every epoch, the final
/// parameters, and how it ended.
public struct Training: Sendable, CustomStringConvertible {
    /// The optimizer's name.
    public let optimizer: String
    /// The network trained.
    public let network: Network
    /// The reports of the epochs completed, in order.
    public internal(set) var epochs: [EpochReport] = []
    /// The parameters after the last completed epoch (the initial ones if none completed).
    public internal(set) var parameters: Vector
    /// The training loss and test accuracy before the first step.
    public let initialLoss: Double, initialTestAccuracy: Double
    /// The epochs asked for.
    public let requestedEpochs: Int
    /// Set when the loss became non-finite: the epoch (from 1) in which it did.
    public internal(set) var divergedInEpoch: Int?

    /// Whether training stopped before the epochs asked for.
    public var stoppedEarly: Bool { divergedInEpoch != nil }
    /// The last epoch's report.
    public var final: EpochReport? { epochs.last }
    /// The mean wall-clock seconds per epoch.
    public var secondsPerEpoch: Double {
        epochs.isEmpty ? 0 : epochs.reduce(0) { $0 + $1.seconds } / Double(epochs.count)
    }

    /// One line, e.g. `Adam on 64-32-10 tanh network (2410 parameters): 10 epochs, loss 0.05, test 96.9 %`.
    public var description: String {
        let head = "\(optimizer) on \(network): "
        let body = final.map { "\(epochs.count) epochs, loss \(formatted($0.trainingLoss)), test \(percent($0.testAccuracy))" }
            ?? "no epochs, test \(percent(initialTestAccuracy))"
        if let divergedInEpoch {
            return "STOPPED EARLY in epoch \(divergedInEpoch) of \(requestedEpochs) — the loss became non-finite: " + head + body
        }
        return head + body
    }
}

extension Optimizer {
    /// Trains `network` on `training` with minibatches of `batchSize` drawn in
    /// shuffled epochs (``Minibatches``), calling this optimizer's `step` —
    /// the anchored update rule — once per batch, and measures the training
    /// loss and the accuracy on `test` after every epoch. The same seed gives
    /// the same initial parameters, batches and results.
    ///
    /// ```swift
    /// let digits = try LabeledDataset(csvFile: "data/digits.csv").scaled(by: 1.0 / 16)
    /// let (training, test) = try digits.split(testFraction: 0.2, seed: 1)
    /// let network = try Network(layers: [64, 32, 10], activation: .tanh)
    /// let result = try Adam(learningRate: 0.01).train(network, on: training, test: test,
    ///                                                 epochs: 10, batchSize: 32, seed: 1)
    /// print(result)                  // Adam on 64-32-10 tanh network …: 10 epochs, loss …, test …
    /// result.epochs.map(\.testAccuracy)
    /// ```
    ///
    /// Pass `from:` to continue from given parameters instead of the seeded initialisation.
    public func train(
        _ network: Network, on training: LabeledDataset, test: LabeledDataset, epochs: Int, batchSize: Int,
        seed: UInt64, from start: Vector? = nil
    ) throws(InvalidArgument) -> Training {
        _ = try Check.count(epochs, "epochs")
        guard training.features == network.layers[0], test.features == network.layers[0] else {
            throw InvalidArgument(parameter: "network", value: "\(network)",
                                  requirement: "must take \(training.features) inputs like the data")
        }
        let loss = NetworkLoss(network, on: training)
        let testExamples = Examples(test)
        var batches = try Minibatches(loss, batchSize: batchSize, sampling: .shuffledEpochs, seed: seed)
        var w = start ?? network.initialParameters(seed: seed)
        guard w.count == network.parameterCount else {
            throw InvalidArgument(parameter: "from", value: "\(w.count) parameters",
                                  requirement: "must have \(network.parameterCount) like the network")
        }
        var state = initialState(dimension: w.count)
        var result = Training(optimizer: name, network: network, parameters: w,
                              initialLoss: loss.value(at: w), initialTestAccuracy: network.accuracy(on: testExamples, parameters: w),
                              requestedEpochs: epochs)
        var t = 0
        for epoch in 1...Swift.max(epochs, 1) where epochs > 0 {
            let clockStart = monotonicSeconds()
            for _ in 0..<batches.batchesPerEpoch {
                step(&w, &state, &batches, t: t)
                t += 1
            }
            let seconds = monotonicSeconds() - clockStart
            let (trainingLoss, trainingAccuracy) = loss.valueAndAccuracy(at: w)
            guard trainingLoss.isFinite, w.isFinite else {
                result.divergedInEpoch = epoch
                return result
            }
            result.parameters = w
            result.epochs.append(EpochReport(
                epoch: epoch, steps: t, trainingLoss: trainingLoss,
                trainingAccuracy: trainingAccuracy,
                testAccuracy: network.accuracy(on: testExamples, parameters: w), seconds: seconds))
        }
        return result
    }
}

/// Seconds on the monotonic clock (for per-epoch timings only; results never depend on it).
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// "96.9 %".
func percent(_ fraction: Double) -> String {
    let tenths = (fraction * 1000).rounded() / 10
    return "\(tenths) %"
}
