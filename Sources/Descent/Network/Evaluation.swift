#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

// Evaluating a network on a whole dataset (the loss and accuracy `train` measures after every
// epoch, `NetworkLoss.value(at:)`, `Network.accuracy(on:parameters:)`) is one forward pass per
// example, each independent of the others, so the passes are shared out over the processor's
// cores. The result keeps every bit of the serial loop: each core stores its examples' losses
// in their places, and they are added up afterwards in example order, as the serial loop adds
// them (a sum of partial sums would round differently). A chapter that trains with `train`
// spends about a third of its time in these passes; on two cores they take half as long.

extension Network {
    /// How many cores share an evaluation: all of them, up to 8.
    static let evaluationCores: Int = {
        let online = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return Swift.max(1, Swift.min(8, Int(online)))
    }()

    /// Fewest examples per core worth a thread's start-up (a forward pass takes about half a
    /// microsecond; handing work to another thread, some tens of microseconds).
    static let examplesPerCore = 256

    /// The mean loss over all `examples` and how many of them the network classifies correctly:
    /// `loss(w, on: examples, batch: examples.indices, gradient: nil)` to the last bit, with the
    /// forward passes on several cores when there are enough examples.
    /// `parts` (tests) splits the examples into that many parts whatever the cores.
    func evaluate(_ w: UnsafeBufferPointer<Double>, on examples: Examples, parts: Int? = nil) -> (loss: Double, correct: Int) {
        let n = examples.labels.count
        let parts = Swift.min(parts ?? Swift.min(Network.evaluationCores, n / Network.examplesPerCore), n)
        guard parts > 1 else { return loss(w, on: examples, batch: examples.indices, gradient: nil) }
        precondition(w.count == parameterCount, "\(self) has \(parameterCount) parameters, got \(w.count)")
        precondition(examples.features == layers[0], "\(self) takes \(layers[0]) inputs, not \(examples.features)")
        let shared = SharedBuffers(w: w, losses: .allocate(capacity: n), corrects: .allocate(capacity: parts))
        defer {
            shared.losses.deallocate()
            shared.corrects.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let (w, losses) = (shared.w, shared.losses)
            let workspace = Workspace<Double>(self, parameters: w)
            var correct = 0
            examples.inputs.withUnsafeBufferPointer { inputs in examples.nonzero.withUnsafeBufferPointer { allNonzero in
                for example in (part * n / parts) ..< ((part + 1) * n / parts) {
                    let start = examples.nonzeroStart[example]
                    forward(inputs.part(from: example * examples.features, count: examples.features),
                            nonzero: allNonzero.part(from: start, count: examples.nonzeroStart[example + 1] - start), w, workspace)
                    let (loss, _, isCorrect) = softmaxCrossEntropy(label: examples.labels[example], workspace)
                    losses[example] = loss
                    if isCorrect { correct += 1 }
                }
            } }
            shared.corrects[part] = correct
        }
        var total = 0.0
        for loss in shared.losses { total += loss }    // in example order, as `loss` adds them
        return (total / Double(n), shared.corrects.reduce(0, +))
    }
}

/// The parameters the parts read and the results they write, each part its own elements
/// (so no two threads touch the same memory, which is why the unchecked `Sendable` is safe).
private struct SharedBuffers: @unchecked Sendable {
    let w: UnsafeBufferPointer<Double>
    let losses: UnsafeMutableBufferPointer<Double>
    let corrects: UnsafeMutableBufferPointer<Int>
}
