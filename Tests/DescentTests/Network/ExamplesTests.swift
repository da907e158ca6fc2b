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
}
