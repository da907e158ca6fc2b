import Dispatch

/// A network's training loss on a labelled dataset: the mean softmax
/// cross-entropy over the examples, as a function of the parameter vector,
/// $$f(\mathbf{w}) = \frac{1}{n} \sum_{i=1}^{n} \Big(\log \sum_j e^{z_j(\mathbf{x}_i; \mathbf{w})} - z_{y_i}(\mathbf{x}_i; \mathbf{w})\Big).$$
///
/// It is a ``FiniteSum``, so ``Minibatches`` samples it and every optimizer
/// trains it through the same `step` as a 2-D toy. Gradients come from
/// backpropagation; Hessian-vector products are exact (forward mode over the
/// backward pass), and the full Hessian is n of them.
///
/// ```swift
/// let loss = NetworkLoss(network, on: training)
/// let batches = try Minibatches(loss, batchSize: 32, sampling: .shuffledEpochs, seed: 1)
/// let run = try Adam(learningRate: 0.01).run(on: batches, from: network.initialParameters(seed: 1), steps: 200)
/// ```
public struct NetworkLoss: FiniteSum {
    /// The architecture.
    public let network: Network
    /// The examples.
    public let data: LabeledDataset
    /// The same examples laid out for the passes.
    let examples: Examples

    /// The loss of `network` on `data` (the features must match the input width, and
    /// the network needs an output for every class).
    public init(_ network: Network, on data: LabeledDataset) {
        precondition(data.features == network.layers[0],
                     "\(network) takes \(network.layers[0]) inputs; \(data.name) has \(data.features) features")
        precondition(data.classCount <= network.layers[network.layers.count - 1],
                     "\(network) has \(network.layers[network.layers.count - 1]) outputs; \(data.name) has \(data.classCount) classes")
        self.network = network
        self.data = data
        examples = Examples(data)
    }

    /// "cross-entropy of <network> on <data>".
    public var name: String { "cross-entropy of \(network) on \(data.name)" }
    /// The number of parameters.
    public var dimension: Int { network.parameterCount }
    /// The number of examples.
    public var exampleCount: Int { data.count }

    /// The mean loss over `batch` and its gradient (one backward pass).
    public func lossAndGradient(at w: Vector, batch: some Collection<Int>) -> (loss: Double, gradient: Vector) {
        var g = [Double](repeating: 0, count: dimension)
        let loss = w.withCoordinates { w in
            g.withUnsafeMutableBufferPointer { g in network.loss(w, on: examples, batch: batch, gradient: g).loss }
        }
        return (loss, Vector(g))
    }

    /// The mean loss over all examples.
    public func value(at w: Vector) -> Double {
        w.withCoordinates { network.evaluate($0, on: examples).loss }
    }

    /// The mean loss over all examples and the fraction of them the network
    /// classifies correctly, from one forward pass per example: the same numbers
    /// as ``value(at:)`` and ``Network/accuracy(on:parameters:)`` for the cost of one.
    public func valueAndAccuracy(at w: Vector) -> (loss: Double, accuracy: Double) {
        let (loss, correct) = w.withCoordinates { network.evaluate($0, on: examples) }
        return (loss, Double(correct) / Double(data.count))
    }
    /// The mean gradient over `batch` (the ``FiniteSum`` requirement).
    public func gradient(at w: Vector, batch: ArraySlice<Int>) -> Vector { lossAndGradient(at: w, batch: batch).gradient }
    /// The full gradient.
    public func exactGradient(at w: Vector) -> Vector { lossAndGradient(at: w, batch: data.inputs.indices).gradient }
    /// The full gradient (full-batch gradient descent).
    public func gradient(at w: Vector) -> Vector { exactGradient(at: w) }

    /// The exact Hessian-vector product ∇²f(w) v: the backward pass run on dual
    /// numbers seeded w + v ε, whose ε parts are the directional derivative of
    /// the gradient along v ("forward over reverse"). Costs about two gradients.
    public func hessianVectorProduct(at w: Vector, _ v: Vector) -> Vector {
        hessianVectorProduct(at: w, v, batch: data.inputs.indices)
    }

    /// ∇²fᴮ(w) v for the mean loss fᴮ over the examples `batch` only.
    public func hessianVectorProduct(at w: Vector, _ v: Vector, batch: some Collection<Int>) -> Vector {
        precondition(w.count == dimension && v.count == dimension, "w and v must have \(dimension) coordinates")
        let seeded = (0..<dimension).map { Dual(w[$0], derivative: v[$0]) }
        var g = [Dual<Double>](repeating: 0, count: dimension)
        seeded.withUnsafeBufferPointer { w in
            g.withUnsafeMutableBufferPointer { g in _ = network.loss(w, on: examples, batch: batch, gradient: g) }
        }
        return Vector(g.map(\.derivative))
    }

    /// The smallest and largest eigenvalues of the Hessian ∇²f(w), by
    /// ``lanczosEigenvalues(dimension:iterations:seed:_:)`` on exact
    /// Hessian-vector products (the extreme Ritz values; `iterations` products).
    ///
    /// ```swift
    /// let (λmin, λmax) = loss.hessianExtremeEigenvalues(at: w, iterations: 40)
    /// ```
    public func hessianExtremeEigenvalues(at w: Vector, iterations: Int = 40, seed: UInt64 = 1) -> (smallest: Double, largest: Double) {
        let ritz = lanczosEigenvalues(dimension: dimension, iterations: iterations, seed: seed) { hessianVectorProduct(at: w, $0) }
        return (ritz[0], ritz[ritz.count - 1])
    }

    /// The exact Hessian ∇²f(w), one Hessian-vector product per column (so
    /// meant for small networks or subsets: n² entries, n backward passes). The columns are
    /// independent, so they are computed on all cores (`hessianColumns`); each is the same
    /// product, bit for bit, whichever core makes it.
    public func hessian(at w: Vector) -> Matrix {
        let columns = hessianColumns(at: w, parts: Swift.min(Network.evaluationCores, Swift.max(1, dimension / 16)))
        var h = Matrix(zeros: dimension)
        for j in 0..<dimension {
            for i in 0..<dimension { h[i, j] = columns[j * dimension + i] }
        }
        // Symmetric up to rounding; make it exactly so.
        for i in 0..<dimension { for j in 0..<i { let m = (h[i, j] + h[j, i]) / 2; h[i, j] = m; h[j, i] = m } }
        return h
    }

    /// The Hessian's columns one after another (column j at j n), computed in `parts` groups of
    /// columns at once.
    func hessianColumns(at w: Vector, parts: Int) -> [Double] {
        let n = dimension, parts = Swift.max(1, Swift.min(parts, n))
        var columns = [Double](repeating: 0, count: n * n)
        columns.withUnsafeMutableBufferPointer { columns in
            let shared = SharedColumns(loss: self, w: w, columns: columns)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                for j in (part * n / parts) ..< ((part + 1) * n / parts) {
                    let column = shared.loss.hessianVectorProduct(at: shared.w, .unit(j, count: n))
                    for i in 0..<n { shared.columns[j * n + i] = column[i] }
                }
            }
        }
        return columns
    }
}

/// What the groups of Hessian columns share: the loss and the point, read only, and the
/// columns, each group writing its own (so the unchecked `Sendable` is safe).
private struct SharedColumns: @unchecked Sendable {
    let loss: NetworkLoss
    let w: Vector
    let columns: UnsafeMutableBufferPointer<Double>
}
