import Testing
@testable import Descent
import RealModule

/// The passes of `Backpropagation.swift` add the same products in the same order as the
/// textbook loops (row-by-row dot products for zₗ = Wₗ aₗ₋₁ + bₗ), only in a loop order
/// that vectorises and without the products of zero inputs; the chapters' reviewed numbers
/// depend on that. These tests hold the library to the last bit against a plain reference
/// written here (with the network's own tanh, exp and log).
@Suite struct BackpropagationTests {
    /// 37 random examples with 11 features and 4 classes, for a network with 5 outputs
    /// (more outputs than classes is allowed) and two hidden layers of odd widths.
    static let data: LabeledDataset = {
        var random = Random(seed: 21)
        let inputs = (0..<37).map { _ in random.normalVector(count: 11) }
        let labels = (0..<37).map { _ in random.integer(below: 4) }
        return try! LabeledDataset(name: "random", inputs: inputs, labels: labels, classCount: 4)
    }()

    static func parameters(_ network: Network) -> Vector {
        var random = Random(seed: 4)
        return network.initialParameters(seed: 2) + 0.1 * random.normalVector(count: network.parameterCount)
    }

    @Test(arguments: [Network.Activation.tanh, .relu])
    func lossGradientAndPredictionsAreTheTextbookLoopsBitForBit(_ activation: Network.Activation) throws {
        let network = try Network(layers: [11, 9, 6, 5], activation: activation)
        let loss = NetworkLoss(network, on: Self.data)
        let w = Self.parameters(network)
        let all = Array(Self.data.inputs.indices)
        let reference = referenceLoss(network, Array(w), Self.data, batch: all)
        #expect(loss.value(at: w).bitPattern == reference.loss.bitPattern)
        #expect(firstDifference(loss.exactGradient(at: w), reference.gradient) == nil)
        // A minibatch with a repeated example.
        let batch = [5, 0, 36, 5, 17]
        #expect(firstDifference(loss.gradient(at: w, batch: batch[...]), referenceLoss(network, Array(w), Self.data, batch: batch).gradient) == nil)
        // Predictions: the logits, and the accuracy alone or with the loss.
        var correct = 0
        for (x, label) in zip(Self.data.inputs, Self.data.labels) {
            let z = referenceLogits(network, Array(w), Array(x))
            #expect(firstDifference(network.logits(x, parameters: w), z) == nil)
            let predicted = z.indices.max { z[$0] < z[$1] }!
            #expect(network.predict(x, parameters: w) == predicted)
            if predicted == label { correct += 1 }
        }
        let accuracy = Double(correct) / Double(Self.data.count)
        #expect(network.accuracy(on: Self.data, parameters: w) == accuracy)
        let both = loss.valueAndAccuracy(at: w)
        #expect(both.loss.bitPattern == reference.loss.bitPattern && both.accuracy == accuracy)
        #expect(accuracy > 0 && accuracy < 1, "the check needs both right and wrong predictions")
    }

    /// Hessian-vector products (the passes on dual numbers) against the reference on dual numbers.
    @Test func hessianVectorProductsAreTheTextbookLoopsBitForBit() throws {
        let network = try Network(layers: [11, 9, 6, 5], activation: .tanh)
        let loss = NetworkLoss(network, on: Self.data)
        let w = Self.parameters(network)
        var random = Random(seed: 9)
        let v = random.normalVector(count: network.parameterCount)
        let seeded = (0..<w.count).map { Dual(w[$0], derivative: v[$0]) }
        let reference = referenceLoss(network, seeded, Self.data, batch: Array(Self.data.inputs.indices))
        #expect(firstDifference(loss.hessianVectorProduct(at: w, v), reference.gradient.map(\.derivative)) == nil)
        let batch = [3, 3, 30]
        let onBatch = referenceLoss(network, seeded, Self.data, batch: batch)
        #expect(firstDifference(loss.hessianVectorProduct(at: w, v, batch: batch), onBatch.gradient.map(\.derivative)) == nil)
    }

    /// Ties between logits go to the first class, as in `predict`: at w = 0 every logit is 0.
    @Test func tiesGoToTheFirstClass() throws {
        let network = try Network(layers: [11, 3, 5])
        let zero = Vector(zeros: network.parameterCount)
        let firstClass = Double(Self.data.labels.filter { $0 == 0 }.count) / Double(Self.data.count)
        #expect(network.accuracy(on: Self.data, parameters: zero) == firstClass)
        #expect(NetworkLoss(network, on: Self.data).valueAndAccuracy(at: zero).accuracy == firstClass)
        #expect(close(NetworkLoss(network, on: Self.data).valueAndAccuracy(at: zero).loss, log(5.0)))
    }
}

/// Inputs with many exact zeros (and some −0), as the digits have: the passes skip those
/// products (see "Zero inputs" in `Backpropagation.swift`) and must still give every bit of the
/// textbook loops, on plain and on dual numbers.
@Suite struct ZeroInputTests {
    /// 29 examples with 11 features, about 60 % of them ±0, one example all zeros.
    static let data: LabeledDataset = {
        var random = Random(seed: 31)
        var inputs = (0..<29).map { _ in
            Vector(count: 11) { _ in
                let u = random.uniform()
                return u < 0.5 ? 0 : u < 0.6 ? -0.0 : random.normal()
            }
        }
        inputs[7] = Vector(zeros: 11)
        let labels = (0..<29).map { _ in random.integer(below: 4) }
        return try! LabeledDataset(name: "sparse", inputs: inputs, labels: labels, classCount: 4)
    }()

    @Test(arguments: [Network.Activation.tanh, .relu])
    func sparseInputsGiveTheTextbookBits(_ activation: Network.Activation) throws {
        let network = try Network(layers: [11, 9, 6, 5], activation: activation)
        let loss = NetworkLoss(network, on: Self.data)
        let w = BackpropagationTests.parameters(network)
        let all = Array(Self.data.inputs.indices)
        let reference = referenceLoss(network, Array(w), Self.data, batch: all)
        #expect(loss.value(at: w).bitPattern == reference.loss.bitPattern)
        #expect(firstDifference(loss.exactGradient(at: w), reference.gradient) == nil)
        let batch = [7, 3, 7, 28]
        #expect(firstDifference(loss.gradient(at: w, batch: batch[...]), referenceLoss(network, Array(w), Self.data, batch: batch).gradient) == nil)
        var correct = 0
        for (x, label) in zip(Self.data.inputs, Self.data.labels) {
            let z = referenceActivations(network, Array(w), Array(x)).last!
            if z.indices.max(by: { z[$0] < z[$1] })! == label { correct += 1 }
        }
        let accuracy = Double(correct) / Double(Self.data.count)
        #expect(network.accuracy(on: Self.data, parameters: w) == accuracy)
        #expect(loss.valueAndAccuracy(at: w).accuracy == accuracy)
        // Hessian-vector products: the dual-number passes skip the same products.
        var random = Random(seed: 12)
        let v = random.normalVector(count: network.parameterCount)
        let seeded = (0..<w.count).map { Dual(w[$0], derivative: v[$0]) }
        let dualReference = referenceLoss(network, seeded, Self.data, batch: all)
        #expect(firstDifference(loss.hessianVectorProduct(at: w, v), dualReference.gradient.map(\.derivative)) == nil)
    }

    /// With an infinite weight in W₁ (a product ∞·0 is NaN, not 0) or one in W₂ (which makes δ₁
    /// infinite), nothing is skipped: the NaNs land where the textbook loops put them.
    @Test(arguments: [0, 11 * 9 + 9 + 3])    // W₁[0, 0], then a weight of W₂
    func infiniteWeightsSkipNothing(_ index: Int) throws {
        let network = try Network(layers: [11, 9, 6, 5], activation: .tanh)
        let loss = NetworkLoss(network, on: Self.data)
        var w = BackpropagationTests.parameters(network)
        w[index] = .infinity
        // The whole set, and single examples (in a sum over all of them every column of ∂ℓ/∂W₁
        // meets some nonzero input, which would hide a skipped NaN).
        for batch in [Array(Self.data.inputs.indices), [7], [0]] {
            let reference = referenceLoss(network, Array(w), Self.data, batch: batch)
            let gradient = loss.gradient(at: w, batch: batch[...])
            if batch != [0] { #expect(gradient.contains { $0.isNaN }, "the check needs NaNs") }
            #expect(zip(gradient, reference.gradient).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) },
                    "batch \(batch)")
        }
        let reference = referenceLoss(network, Array(w), Self.data, batch: Array(Self.data.inputs.indices))
        #expect(loss.value(at: w).isNaN == reference.loss.isNaN)
    }
}

/// The first coordinate where two vectors differ in any bit, as "i: a vs b" (nil when identical).
private func firstDifference(_ a: some Collection<Double>, _ b: some Collection<Double>) -> String? {
    guard a.count == b.count else { return "\(a.count) vs \(b.count) coordinates" }
    for (i, (x, y)) in zip(a, b).enumerated() where x.bitPattern != y.bitPattern { return "\(i): \(x) vs \(y)" }
    return nil
}

/// The textbook forward pass: zₗⱼ = bₗⱼ + Σᵢ Wₗ[j, i] aₗ₋₁,ᵢ as a running sum, row by row.
private func referenceActivations<T: DifferentiableScalar>(_ network: Network, _ w: [T], _ x: [Double]) -> [[T]] {
    var a: [[T]] = [x.map { T(constant: $0) }]
    var k = 0
    for l in 1..<network.layers.count {
        let (nIn, nOut) = (network.layers[l - 1], network.layers[l])
        let bias = k + nOut * nIn
        var output: [T] = []
        for j in 0..<nOut {
            var z = w[bias + j]
            for i in 0..<nIn { z += w[k + j * nIn + i] * a[l - 1][i] }
            if l < network.layers.count - 1 {
                switch network.activation {
                case .tanh: z = referenceTanh(z)
                case .relu: z = z > 0 ? z : 0
                }
            }
            output.append(z)
        }
        a.append(output)
        k = bias + nOut
    }
    return a
}

/// The network's own tanh (`deterministicTanh`), on a dual number by the chain rule as `Dual.tanh` does.
private func referenceTanh<T: DifferentiableScalar>(_ z: T) -> T {
    if let x = z as? Double { return deterministicTanh(x) as! T }
    let d = z as! Dual<Double>
    let t = deterministicTanh(d.value)
    return Dual(t, derivative: (1 - t * t) * d.derivative) as! T
}

/// The network's own exp and log, on dual numbers by the chain rule as `Dual.exp` and `Dual.log` do.
private func referenceExp<T: DifferentiableScalar>(_ z: T) -> T {
    if let x = z as? Double { return deterministicExp(x) as! T }
    let d = z as! Dual<Double>
    let e = deterministicExp(d.value)
    return Dual(e, derivative: e * d.derivative) as! T
}

private func referenceLog<T: DifferentiableScalar>(_ z: T) -> T {
    if let x = z as? Double { return deterministicLog(x) as! T }
    let d = z as! Dual<Double>
    return Dual(deterministicLog(d.value), derivative: (1 / d.value) * d.derivative) as! T
}

private func referenceLogits(_ network: Network, _ w: [Double], _ x: [Double]) -> [Double] {
    referenceActivations(network, w, x).last!
}

/// The textbook backward pass, example by example, in the order of the derivation.
private func referenceLoss<T: DifferentiableScalar>(
    _ network: Network, _ w: [T], _ data: LabeledDataset, batch: [Int]
) -> (loss: T, gradient: [T]) {
    let L = network.layers.count - 1
    var gradient = [T](repeating: 0, count: w.count)
    var total: T = 0
    for example in batch {
        let a = referenceActivations(network, w, Array(data.inputs[example]))
        let y = data.labels[example], z = a[L]
        var largest = z[0]
        for j in 1..<z.count where z[j] > largest { largest = z[j] }
        var sum: T = 0
        for j in z.indices { sum += referenceExp(z[j] - largest) }
        let logSumExp = largest + referenceLog(sum)
        total += logSumExp - z[y]
        var δ = z.indices.map { referenceExp(z[$0] - logSumExp) - ($0 == y ? 1 : 0) }
        for l in stride(from: L, through: 1, by: -1) {
            let (nIn, nOut) = (network.layers[l - 1], network.layers[l])
            let k = network.offset(ofLayer: l), bias = k + nOut * nIn
            for j in 0..<nOut {
                gradient[bias + j] += δ[j]
                for i in 0..<nIn { gradient[k + j * nIn + i] += δ[j] * a[l - 1][i] }
            }
            if l > 1 {
                var previous = [T](repeating: 0, count: nIn)
                for j in 0..<nOut { for i in 0..<nIn { previous[i] += w[k + j * nIn + i] * δ[j] } }
                for i in 0..<nIn {
                    let ai = a[l - 1][i]
                    switch network.activation {
                    case .tanh: previous[i] *= 1 - ai * ai
                    case .relu: previous[i] *= ai > 0 ? 1 : 0
                    }
                }
                δ = previous
            }
        }
    }
    let n = T(batch.count)
    return (total / n, gradient.map { $0 / n })
}
