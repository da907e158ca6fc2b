/// A labelled dataset's examples laid out for the network's passes: the features of
/// every example one after the other in one array (example k's d features at
/// k d ..< (k + 1) d), and the labels. The passes read an input as a plain slice of this
/// array; reading it from the dataset's `Vector`s instead cost reference counting, an
/// exclusivity check and a closure per example (measured on the 64-32-10 digits network:
/// a forward pass 970 → 820 ns).
///
/// It also lists, per example, where its features are not zero: the first layer skips the
/// zero ones (about half of the digits' pixels), see "Zero inputs" in `Backpropagation.swift`.
struct Examples: Sendable {
    /// All inputs, example after example.
    let inputs: [Double]
    /// The class index of each example.
    let labels: [Int]
    /// The number of features d of each input.
    let features: Int
    /// The positions (0 ..< d) of the features that are not zero (±0), example after example,
    /// in increasing order; example k's are `nonzero[nonzeroStart[k] ..< nonzeroStart[k + 1]]`.
    let nonzero: [Int]
    /// Where each example's list begins in `nonzero`, and at the end its count (n + 1 numbers).
    let nonzeroStart: [Int]

    init(_ data: LabeledDataset) {
        var inputs: [Double] = []
        inputs.reserveCapacity(data.count * data.features)
        for x in data.inputs { x.withCoordinates { inputs.append(contentsOf: $0) } }
        var nonzero: [Int] = [], nonzeroStart = [0]
        nonzeroStart.reserveCapacity(data.count + 1)
        for k in data.inputs.indices {
            for i in 0..<data.features where inputs[k * data.features + i] != 0 { nonzero.append(i) }
            nonzeroStart.append(nonzero.count)
        }
        self.inputs = inputs
        self.nonzero = nonzero
        self.nonzeroStart = nonzeroStart
        labels = data.labels
        features = data.features
    }

    /// All example indices.
    var indices: Range<Int> { labels.indices }
}
