import Testing
@testable import Descent

/// Evaluation shared out over cores (`Evaluation.swift`) keeps every bit of the serial loop.
@Suite struct EvaluationTests {
    /// 601 examples (more than two cores' worth), a third of the features exactly zero.
    static let data: LabeledDataset = {
        var random = Random(seed: 41)
        let inputs = (0..<601).map { _ in Vector(count: 11) { _ in random.uniform() < 0.33 ? 0 : random.normal() } }
        let labels = (0..<601).map { _ in random.integer(below: 4) }
        return try! LabeledDataset(name: "many", inputs: inputs, labels: labels, classCount: 4)
    }()

    @Test(arguments: [2, 3, 7])
    func severalPartsGiveTheSerialBits(_ parts: Int) throws {
        let network = try Network(layers: [11, 9, 6, 5], activation: .tanh)
        let examples = Examples(Self.data)
        var random = Random(seed: 8)
        let w = network.initialParameters(seed: 2) + 0.1 * random.normalVector(count: network.parameterCount)
        let serial = w.withCoordinates { network.loss($0, on: examples, batch: examples.indices, gradient: nil) }
        let shared = w.withCoordinates { network.evaluate($0, on: examples, parts: parts) }
        #expect(shared.loss.bitPattern == serial.loss.bitPattern)
        #expect(shared.correct == serial.correct && serial.correct > 0 && serial.correct < 601)
        // The public entry points, whatever the cores, agree with the serial loop too.
        let loss = NetworkLoss(network, on: Self.data)
        #expect(loss.value(at: w).bitPattern == serial.loss.bitPattern)
        #expect(loss.valueAndAccuracy(at: w).accuracy == Double(serial.correct) / 601)
        #expect(network.accuracy(on: Self.data, parameters: w) == Double(serial.correct) / 601)
    }
}

/// The Hessian's columns computed in groups at once are the serial products, bit for bit.
@Suite struct HessianColumnsTests {
    @Test(arguments: [1, 2, 5, 500])
    func groupsGiveTheSerialColumns(_ parts: Int) throws {
        let network = try Network(layers: [3, 4, 3], activation: .tanh)      // 31 parameters
        let loss = NetworkLoss(network, on: tinyData)
        let w = network.initialParameters(seed: 3) + 0.05
        let columns = loss.hessianColumns(at: w, parts: parts)
        let n = network.parameterCount
        for j in 0..<n {
            let serial = loss.hessianVectorProduct(at: w, .unit(j, count: n))
            #expect((0..<n).allSatisfy { columns[j * n + $0].bitPattern == serial[$0].bitPattern }, "column \(j)")
        }
        #expect(columns.contains { $0 != 0 })
    }
}
