/// Least-squares regression on a dataset, as an objective of the weights w:
/// $$f(\mathbf{w}) = \frac{1}{2n} \sum_{i=1}^{n} (\langle \mathbf{w}, \mathbf{x}_i \rangle - y_i)^2,$$
/// with per-example gradients ∇fᵢ(w) = (⟨w, xᵢ⟩ − yᵢ)·xᵢ and Hessian XᵀX/n.
/// The gradients are exact closed forms (the loss is quadratic).
///
/// ```swift
/// let data = try Dataset.regression(examples: 1000, features: 5, seed: 42)
/// let problem = LeastSquares(data)
/// let run = try GradientDescent(learningRate: 0.1).run(on: problem, from: Vector(zeros: 5), steps: 100)
/// ```
public struct LeastSquares: FiniteSum {
    /// The data.
    public let data: Dataset
    /// The inputs of more than 8 features as one row-major n × d array (empty
    /// otherwise), so a batch gradient walks contiguous memory instead of one
    /// heap vector per example.
    @usableFromInline let rows: [Double]

    /// The loss as an exact expansion around its minimiser, so that a run's
    /// recorded f(w) and ∇f(w) cost O(d²), not a pass over the data; nil when
    /// d is large compared with n or XᵀX is singular (see ``QuadraticExpansion``).
    let expansion: QuadraticExpansion?

    /// The least-squares objective of `data`.
    public init(_ data: Dataset) {
        let plain = LeastSquares(data, expansion: nil)
        guard QuadraticExpansion.isWorthBuilding(examples: data.count, features: data.features) else {
            self = plain
            return
        }
        let center = plain.solution
        self.init(data, expansion: QuadraticExpansion(
            center: center, hessian: plain.hessian(at: center), value: plain.residualValue(at: center),
            gradient: plain.residualGradient(at: center), inputs: data.inputs, targets: data.targets))
    }

    init(_ data: Dataset, expansion: QuadraticExpansion?) {
        self.data = data
        self.expansion = expansion
        self.rows = data.features > Vector.inlineCapacity ? data.inputs.flatMap { $0.coordinates } : []
    }

    /// "least squares on <data>".
    public var name: String { "least squares on \(data.name)" }
    /// The number of features d.
    public var dimension: Int { data.features }

    /// f(w), the halved mean squared residual: in O(d²) from the exact quadratic
    /// expansion around w* where that agrees with the sum over the examples to far
    /// more digits than are printed, otherwise (near the minimum) that sum.
    public func value(at w: Vector) -> Double {
        if let expansion {
            let expanded = expansion.evaluate(at: w, gradient: false)
            if expansion.applies(expanded, at: w) { return expanded.value }
        }
        return residualValue(at: w)
    }

    /// f(w) and ‖∇f(w)‖ for a run's record: from the expansion where ``value(at:)``
    /// takes it (the same value, bit for bit), otherwise the sums over the examples.
    func recordedLoss(at w: Vector) -> (value: Double, gradientNorm: Double) {
        if let expansion {
            let expanded = expansion.evaluate(at: w, gradient: true)
            if expansion.applies(expanded, at: w), let gradient = expanded.gradient { return (expanded.value, gradient.norm) }
        }
        return (residualValue(at: w), residualGradient(at: w).norm)
    }

    /// f(w) summed over the examples.
    func residualValue(at w: Vector) -> Double {
        var sum = 0.0
        for i in data.inputs.indices {
            let r = Vector.dot(w, data.inputs[i]) - data.targets[i]
            sum += r * r
        }
        return sum / (2 * Double(data.count))
    }

    /// ∇fᵢ(w) = (⟨w, xᵢ⟩ − yᵢ)·xᵢ for example i.
    // ANCHOR: example-gradient
    @inlinable
    public func gradient(at w: Vector, example i: Int) -> Vector {
        (Vector.dot(w, data.inputs[i]) - data.targets[i]) * data.inputs[i]
    }
    // ANCHOR_END: example-gradient

    /// The mean of the per-example gradients over `batch` (indices may repeat).
    // ANCHOR: batch-gradient
    @inlinable
    public func gradient(at w: Vector, batch: some Collection<Int>) -> Vector {
        var g = Vector(zeros: w.count)
        for i in batch {
            // g += rᵢ xᵢ in place: no temporary per example, also beyond eight features.
            g.add(Vector.dot(w, data.inputs[i]) - data.targets[i], times: data.inputs[i])
        }
        return g / Double(batch.count)
    }
    // ANCHOR_END: batch-gradient

    /// The mean gradient over a batch of indices (the ``FiniteSum`` requirement,
    /// which ``Minibatches`` calls): the rule of `gradient(at:batch:)` above with
    /// the same arithmetic in the same order — so the same bits — but reading
    /// the examples without copying them: SIMD lanes for up to 8 features,
    /// the row-major ``rows`` beyond.
    public func gradient(at w: Vector, batch: ArraySlice<Int>) -> Vector { meanGradient(at: w, over: batch) }

    /// The mean gradient over a range of examples — `0..<n` is the full
    /// gradient — by the same fast path (same bits as the rule shown above).
    public func gradient(at w: Vector, batch: Range<Int>) -> Vector { meanGradient(at: w, over: batch) }

    /// The fast path of the two functions above (specialised here, in the library).
    func meanGradient(at w: Vector, over batch: some Collection<Int>) -> Vector {
        precondition(w.count == dimension, "least squares with \(dimension) features evaluated at a point of dimension \(w.count)")
        if w.isInline {
            let lanes = w.storage
            var g = SIMD8<Double>.zero
            data.inputs.withUnsafeBufferPointer { inputs in
                data.targets.withUnsafeBufferPointer { targets in
                    for i in batch {
                        let x = inputs[i].storage
                        g += ((lanes * x).sum() - targets[i]) * x
                    }
                }
            }
            return Vector(storage: g, count: w.count) / Double(batch.count)
        }
        return rowMajorGradient(at: w, batch: batch)
    }

    /// The batch gradient for more than 8 features, over the row-major inputs.
    func rowMajorGradient(at w: Vector, batch: some Collection<Int>) -> Vector {
        let d = dimension
        var g = Vector(zeros: d)
        g.withMutableCoordinates { g in
            w.withCoordinates { w in
                rows.withUnsafeBufferPointer { rows in
                    data.targets.withUnsafeBufferPointer { targets in
                        for i in batch {
                            let x = UnsafeBufferPointer(rebasing: rows[(i * d)..<(i * d + d)])
                            let r = Vector.dot(w, x) - targets[i]
                            for j in 0..<d { g[j] += r * x[j] }
                        }
                    }
                }
            }
        }
        return g / Double(batch.count)
    }

    /// The number of examples n.
    public var exampleCount: Int { data.count }

    /// The full gradient ∇f(w) = (1/n) Σ ∇fᵢ(w), summed over the examples (runs
    /// record its norm more cheaply, see ``recordedLoss(at:)``).
    public func exactGradient(at w: Vector) -> Vector { residualGradient(at: w) }

    /// ∇f(w) summed over the examples.
    func residualGradient(at w: Vector) -> Vector { gradient(at: w, batch: data.inputs.indices[...]) }
    /// The full gradient (gradient descent on the whole dataset).
    public func gradient(at w: Vector) -> Vector { residualGradient(at: w) }

    /// XᵀX/n.
    public func hessian(at w: Vector) -> Matrix {
        var h = Matrix(zeros: dimension)
        for x in data.inputs {
            for j in 0..<dimension { for k in 0..<dimension { h[j, k] += x[j] * x[k] } }
        }
        for j in 0..<dimension { for k in 0..<dimension { h[j, k] /= Double(data.count) } }
        return h
    }

    /// The minimiser w* solving the normal equations XᵀX w = Xᵀy.
    public var solution: Vector {
        var rhs = Vector(zeros: dimension)
        for i in data.inputs.indices { rhs.add(data.targets[i], times: data.inputs[i]) }
        return hessian(at: rhs).solve(rhs / Double(data.count))
    }
}
