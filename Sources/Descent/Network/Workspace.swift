// The memory the forward and backward passes of `Backpropagation.swift` work in.

/// The scratch space of the two passes for a network and its parameters: the
/// activations a₀…a_L and errors δ₁…δ_L of one example, and a copy of the weights
/// stored column by column for the forward pass. Made once per call of ``Network/loss``
/// (or of an evaluation) and reused for every example.
final class Workspace<T: DifferentiableScalar> {
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

    init(_ network: Network, parameters w: UnsafeBufferPointer<T>) {
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
    }

    deinit {
        activations.deallocate()
        deltas.deallocate()
        columns.deallocate()
    }

    /// aₗ (nₗ numbers; a_L are the logits).
    func layer(_ l: Int) -> UnsafeMutableBufferPointer<T> { activations.part(from: start[l], count: layers[l]) }
    /// δₗ (nₗ numbers).
    func delta(_ l: Int) -> UnsafeMutableBufferPointer<T> { deltas.part(from: start[l], count: layers[l]) }
    /// Column i of Wₗ: Wₗ[0, i], …, Wₗ[nₗ − 1, i].
    func column(_ i: Int, ofLayer l: Int) -> UnsafeMutableBufferPointer<T> {
        columns.part(from: weights[l] + i * layers[l], count: layers[l])
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
