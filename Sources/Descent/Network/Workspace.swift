// The memory the forward and backward passes of `Backpropagation.swift` work in.

/// The scratch space of the two passes for a network and its parameters: the
/// activations a₀…a_L and errors δ₁…δ_L of one example, a copy of the weights
/// stored column by column for the forward pass, and, when a gradient is asked for,
/// ∂ℓ/∂W₁ column by column (the backward pass adds a column per nonzero input).
/// Made once per call of ``Network/loss`` (or of an evaluation) and reused for every example.
final class Workspace<T: NetworkScalar> {
    /// The activations of every layer, one after the other (`layer(l)` is aₗ).
    private let activations: UnsafeMutableBufferPointer<T>
    /// The errors δₗ, laid out like the activations (δ₀ is unused).
    private let deltas: UnsafeMutableBufferPointer<T>
    /// Each Wₗ column by column: Wₗ[j, i] at `weights[l] + i nₗ + j` (biases left out).
    private let columns: UnsafeMutableBufferPointer<T>
    /// Where layer l begins in the activations (and deltas).
    private let start: [Int]
    /// Where Wₗ begins in the parameters (and in `columns`); bₗ follows it.
    private let weights: [Int]
    /// The widths n₀…n_L.
    private let layers: [Int]
    /// The sum of ∂ℓ/∂W₁ over the examples so far, column by column like `columns`
    /// (n₁ n₀ numbers; empty when no gradient is asked for).
    private let firstLayerGradient: UnsafeMutableBufferPointer<T>
    /// Whether every weight of W₁ is finite in every part, so that a zero input's
    /// products are zeros (and can be skipped).
    let firstLayerIsFinite: Bool

    init(_ network: Network, parameters w: UnsafeBufferPointer<T>, gradient: Bool = false) {
        layers = network.layers
        var start = [0], weights = [0, 0]
        for l in 1..<layers.count {
            start.append(start[l - 1] + layers[l - 1])
            weights.append(weights[l] + layers[l] * (layers[l - 1] + 1))
        }
        start.append(start[layers.count - 1] + layers[layers.count - 1])
        self.start = start
        self.weights = weights
        activations = .allocate(capacity: start[layers.count])
        activations.initialize(repeating: 0)
        deltas = .allocate(capacity: start[layers.count])
        deltas.initialize(repeating: 0)
        columns = .allocate(capacity: w.count)
        columns.initialize(repeating: 0)
        for l in 1..<layers.count {
            let (nIn, nOut) = (layers[l - 1], layers[l])
            for j in 0..<nOut {
                for i in 0..<nIn { columns[weights[l] + i * nOut + j] = w[weights[l] + j * nIn + i] }
            }
        }
        firstLayerIsFinite = w[0 ..< layers[1] * layers[0]].allSatisfy(\.isFiniteInEveryPart)
        firstLayerGradient = .allocate(capacity: gradient ? layers[1] * layers[0] : 0)
        firstLayerGradient.initialize(repeating: 0)
    }

    deinit {
        activations.deallocate()
        deltas.deallocate()
        columns.deallocate()
        firstLayerGradient.deallocate()
    }

    /// aₗ (nₗ numbers; a_L are the logits).
    func layer(_ l: Int) -> UnsafeMutableBufferPointer<T> { activations.part(from: start[l], count: layers[l]) }
    /// δₗ (nₗ numbers).
    func delta(_ l: Int) -> UnsafeMutableBufferPointer<T> { deltas.part(from: start[l], count: layers[l]) }
    /// Column i of Wₗ: Wₗ[0, i], …, Wₗ[nₗ − 1, i].
    func column(_ i: Int, ofLayer l: Int) -> UnsafeMutableBufferPointer<T> {
        columns.part(from: weights[l] + i * layers[l], count: layers[l])
    }
    /// W₁ column by column (n₁ n₀ numbers: column i at i n₁).
    var firstLayerColumns: UnsafeMutableBufferPointer<T> { columns.part(from: weights[1], count: layers[1] * layers[0]) }
    /// The sum of ∂ℓ/∂W₁ column by column (column i at i n₁), when a gradient was asked for.
    var firstLayerGradientColumns: UnsafeMutableBufferPointer<T> { firstLayerGradient }
    /// Column i of the sum of ∂ℓ/∂W₁ (n₁ numbers), when a gradient was asked for.
    func firstLayerGradientColumn(_ i: Int) -> UnsafeMutableBufferPointer<T> {
        firstLayerGradient.part(from: i * layers[1], count: layers[1])
    }
    /// Writes the sum of ∂ℓ/∂W₁ into the rows of W₁ in `gradient` (laid out like the parameters).
    func storeFirstLayerGradient(into gradient: UnsafeMutableBufferPointer<T>) {
        let (nIn, nOut) = (layers[0], layers[1])
        for j in 0..<nOut {
            let row = gradient.part(from: j * nIn, count: nIn)
            for i in 0..<nIn { row[i] = firstLayerGradient[i * nOut + j] }
        }
    }
    /// Row j of Wₗ (nₗ₋₁ numbers) in a buffer laid out like the parameters (they, or the gradient).
    func row<P: PartOfBuffer>(_ j: Int, ofLayer l: Int, in parameters: P) -> P {
        parameters.part(from: weights[l] + j * layers[l - 1], count: layers[l - 1])
    }
    /// bₗ (nₗ numbers) in a buffer laid out like the parameters.
    func bias<P: PartOfBuffer>(ofLayer l: Int, in parameters: P) -> P {
        parameters.part(from: weights[l] + layers[l] * layers[l - 1], count: layers[l])
    }
}

/// A contiguous buffer that can hand out a part of itself, indexed from 0 (so a loop
/// over the part has no index arithmetic to check for overflow).
protocol PartOfBuffer {
    /// Elements `from ..< from + count`, as a buffer whose indices start at 0.
    func part(from: Int, count: Int) -> Self
}

extension UnsafeBufferPointer: PartOfBuffer {
    @inline(__always)
    func part(from: Int, count: Int) -> UnsafeBufferPointer { UnsafeBufferPointer(rebasing: self[from ..< from + count]) }
}

extension UnsafeMutableBufferPointer: PartOfBuffer {
    @inline(__always)
    func part(from: Int, count: Int) -> UnsafeMutableBufferPointer {
        UnsafeMutableBufferPointer(rebasing: self[from ..< from + count])
    }
}

extension UnsafeMutableBufferPointer where Element: Comparable {
    /// The index of the largest element, the first one on a tie (a NaN is never larger).
    var indexOfLargest: Int {
        var largest = 0
        for j in indices.dropFirst() where self[j] > self[largest] { largest = j }
        return largest
    }
}
