/// A loss that is a mean over n training examples, f(w) = (1/n) Σᵢ fᵢ(w):
/// least squares (``LeastSquares``), a network's cross-entropy
/// (``NetworkLoss``). ``Minibatches`` samples its gradients.
public protocol FiniteSum: GradientOracle {
    /// The number of examples n.
    var exampleCount: Int { get }
    /// The mean of the per-example gradients ∇fᵢ(w) over `batch` (indices may repeat).
    func gradient(at w: Vector, batch: ArraySlice<Int>) -> Vector
}

/// A finite-sum loss whose gradients are minibatch estimates: each call to
/// `gradient(at:)` averages the per-example gradients of the next batch of
/// `batchSize` examples, drawn from a seeded generator. Values and recorded
/// gradient norms are those of the full objective; runs record the epoch
/// (examples drawn / n) after every step.
///
/// ```swift
/// let batches = try Minibatches(LeastSquares(data), batchSize: 10, sampling: .shuffledEpochs, seed: 7)
/// let run = try StochasticGradientDescent(learningRate: 0.05).run(on: batches, from: Vector(zeros: 5), steps: 500)
/// ```
public struct Minibatches: GradientOracle {
    /// How batches are drawn.
    public enum Sampling: Sendable, Equatable {
        /// Each example independently uniform, with replacement.
        case withReplacement
        /// A fresh random permutation each epoch, cut into consecutive batches
        /// (a final partial batch is skipped, so all batches have `batchSize` examples).
        case shuffledEpochs
    }

    /// The full problem: ``LeastSquares``, ``NetworkLoss`` or any ``FiniteSum``.
    public let problem: any FiniteSum
    /// The batch size b (1 ≤ b ≤ n).
    public let batchSize: Int
    /// The sampling scheme.
    public let sampling: Sampling
    /// The generator.
    public private(set) var random: Random
    /// The current epoch's permutation (shuffled epochs).
    @usableFromInline var order: [Int]
    /// The position of the next batch in `order`.
    @usableFromInline var position: Int
    /// The batch drawn with replacement (reused, so no allocation per step).
    @usableFromInline var batch: [Int]
    /// The number of examples drawn so far.
    public private(set) var examplesDrawn = 0

    /// Minibatches of size 1 ≤ b ≤ n drawn with `sampling` from a generator seeded with `seed`.
    public init(_ problem: some FiniteSum, batchSize: Int, sampling: Sampling = .withReplacement, seed: UInt64) throws(InvalidArgument) {
        guard batchSize >= 1 && batchSize <= problem.exampleCount else {
            throw InvalidArgument(parameter: "batchSize", value: "\(batchSize)",
                                  requirement: "must be in 1...\(problem.exampleCount) (the number of examples)")
        }
        self.problem = problem
        self.batchSize = batchSize
        self.sampling = sampling
        self.random = Random(seed: seed)
        self.order = Array(0..<problem.exampleCount)
        self.position = problem.exampleCount  // forces a shuffle before the first batch
        self.batch = Array(repeating: 0, count: batchSize)
    }

    /// "least squares on … (batches of b, …)".
    public var name: String {
        "\(problem.name) (batches of \(batchSize), \(sampling == .withReplacement ? "with replacement" : "shuffled epochs"))"
    }
    /// The number of features.
    public var dimension: Int { problem.dimension }
    /// The full objective f(w).
    public func value(at w: Vector) -> Double { problem.value(at: w) }
    /// The full gradient.
    public func exactGradient(at w: Vector) -> Vector { problem.exactGradient(at: w) }
    /// XᵀX/n.
    public func hessian(at w: Vector) -> Matrix { problem.hessian(at: w) }

    /// Epochs so far: examples drawn divided by n (runs record it after every step).
    public var epoch: Double? { Double(examplesDrawn) / Double(order.count) }
    /// The number of batches in one epoch, ⌊n/b⌋.
    public var batchesPerEpoch: Int { order.count / batchSize }

    /// The indices of the next batch.
    public mutating func nextBatch() -> ArraySlice<Int> {
        examplesDrawn += batchSize
        // ANCHOR: next-batch
        switch sampling {
        case .withReplacement:
            for k in 0..<batchSize { batch[k] = random.integer(below: order.count) }
            return batch[...]
        case .shuffledEpochs:
            if position + batchSize > order.count {
                // Fisher–Yates with our generator (the standard library's shuffle may change between releases).
                for i in stride(from: order.count - 1, to: 0, by: -1) {
                    order.swapAt(i, random.integer(below: i + 1))
                }
                position = 0
            }
            defer { position += batchSize }
            return order[position..<(position + batchSize)]
        }
        // ANCHOR_END: next-batch
    }

    /// The mean gradient of the next batch.
    public mutating func gradient(at w: Vector) -> Vector {
        let indices = nextBatch()
        return problem.gradient(at: w, batch: indices)
    }
}
