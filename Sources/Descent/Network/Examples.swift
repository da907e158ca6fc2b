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
    /// The positions (0 ..< d, as 32-bit numbers to halve the memory) of the features that are not zero (±0), example after example,
    /// in increasing order; example k's are `nonzero[nonzeroStart[k] ..< nonzeroStart[k + 1]]`.
    let nonzero: [Int32]
    /// Where each example's list begins in `nonzero`, and at the end its count (n + 1 numbers).
    let nonzeroStart: [Int]

    init(_ data: LabeledDataset) {
        var inputs: [Double] = []
        inputs.reserveCapacity(data.count * data.features)
        for x in data.inputs { x.withCoordinates { inputs.append(contentsOf: $0) } }
        // Counted first, so the list takes only the memory it needs (fresh memory costs page
        // faults: `accuracy(on:)` builds this for every call); then every position is written
        // and the count moves on only past a nonzero one, with no branch on the pixels' pattern.
        let (n, d) = (data.count, data.features)
        var nonzeroStart = [Int](repeating: 0, count: n + 1)
        inputs.withUnsafeBufferPointer { inputs in
            nonzeroStart.withUnsafeMutableBufferPointer { start in
                for k in 0..<n {
                    var count = 0
                    for i in 0..<d { count += inputs[k * d + i] != 0 ? 1 : 0 }
                    start[k + 1] = start[k] + count
                }
            }
        }
        let nonzero = [Int32](unsafeUninitializedCapacity: nonzeroStart[n] + 1) { list, written in
            inputs.withUnsafeBufferPointer { inputs in
                var count = 0
                for k in 0..<n {
                    for i in 0..<d {
                        list[count] = Int32(truncatingIfNeeded: i)
                        count += inputs[k * d + i] != 0 ? 1 : 0
                    }
                }
                written = count
            }
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
