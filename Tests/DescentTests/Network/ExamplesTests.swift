import Testing
@testable import Descent

@Suite struct ExamplesTests {
    /// Example k's features sit at k d ..< (k + 1) d, for inputs stored inline (≤ 8
    /// coordinates) and on the heap alike, with the labels in order.
    @Test(arguments: [3, 11])
    func inputsAreLaidOutExampleAfterExample(_ d: Int) throws {
        let inputs = (0..<4).map { k in Vector(count: d) { Double(10 * k + $0) } }
        let data = try LabeledDataset(name: "rows", inputs: inputs, labels: [2, 0, 1, 2], classCount: 3)
        let examples = Examples(data)
        #expect(examples.features == d && examples.indices == 0..<4 && examples.labels == [2, 0, 1, 2])
        #expect(examples.inputs.count == 4 * d)
        for k in 0..<4 {
            #expect(Array(examples.inputs[(k * d)..<((k + 1) * d)]) == Array(inputs[k]))
        }
    }

    /// Each example's list of nonzero features: positions in order, ±0 left out, an all-zero
    /// example with an empty list.
    @Test func nonzeroFeaturesAreListedPerExample() throws {
        let inputs: [Vector] = [[0, 1.5, -0.0, 2], [0, 0, 0, 0], [-3, 0, 0, .nan], [1, 2, 3, 4]]
        let data = try LabeledDataset(name: "zeros", inputs: inputs, labels: [0, 1, 0, 1], classCount: 2)
        let examples = Examples(data)
        func list(_ k: Int) -> [Int32] { Array(examples.nonzero[examples.nonzeroStart[k]..<examples.nonzeroStart[k + 1]]) }
        #expect(examples.nonzeroStart.count == 5)
        #expect(list(0) == [1, 3] && list(1) == [] && list(2) == [0, 3] && list(3) == [0, 1, 2, 3])
        #expect(examples.nonzero.count == 8)
    }
}
