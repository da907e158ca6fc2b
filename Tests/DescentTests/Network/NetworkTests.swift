import Testing
import Descent

/// A small labelled dataset: 6 examples, 3 features, 3 classes.
let tinyData = try! LabeledDataset(
    name: "tiny", inputs: [[0.5, -1, 2], [1, 0.3, -0.7], [-1.2, 0.8, 0.1], [0.4, 0.4, 0.4], [2, -0.5, 1], [-0.3, -0.9, 0.6]],
    labels: [0, 1, 2, 1, 0, 2], classCount: 3)

@Suite struct NetworkTests {
    /// Softmax regression (no hidden layer) at w = 0 on one example x = 2, y = 0, by hand:
    /// logits (0, 0), p = (½, ½), loss ln 2, δ = p − e₀ = (−½, ½), ∂W = δ x = (−1, 1), ∂b = δ.
    @Test func handComputedGradient() throws {
        let network = try Network(layers: [1, 2])
        let data = try LabeledDataset(name: "one", inputs: [[2]], labels: [0], classCount: 2)
        let loss = NetworkLoss(network, on: data)
        let zero = Vector(zeros: network.parameterCount)
        #expect(network.parameterCount == 4)
        #expect(close(loss.value(at: zero), log(2.0)))
        #expect(close(loss.exactGradient(at: zero), [-1, 1, -0.5, 0.5]))
    }

    /// Backpropagation against central finite differences of the loss, for both activations
    /// and two hidden layers.
    @Test(arguments: [Network.Activation.tanh, .relu])
    func gradientMatchesFiniteDifferences(_ activation: Network.Activation) throws {
        let network = try Network(layers: [3, 5, 4, 3], activation: activation)
        let loss = NetworkLoss(network, on: tinyData)
        let w = network.initialParameters(seed: 3) + 0.05   // non-zero biases too
        let g = loss.exactGradient(at: w)
        let h = 1e-6
        for i in 0..<network.parameterCount {
            let e = Vector.unit(i, count: network.parameterCount)
            let numeric = (loss.value(at: w + h * e) - loss.value(at: w - h * e)) / (2 * h)
            #expect(abs(g[i] - numeric) <= 1e-7 * max(1, abs(numeric)), "∂\(i): \(g[i]) vs \(numeric)")
        }
        // A minibatch gradient is the mean of per-example gradients.
        let g01 = loss.gradient(at: w, batch: [0, 1][...])
        let g0 = loss.gradient(at: w, batch: [0][...]), g1 = loss.gradient(at: w, batch: [1][...])
        #expect(close(g01, 0.5 * (g0 + g1), 1e-12))
    }

    /// Hessian-vector products against finite differences of the gradient, and the full
    /// Hessian is symmetric with those products as its columns.
    @Test func hessianVectorProductsMatchFiniteDifferences() throws {
        let network = try Network(layers: [3, 4, 3], activation: .tanh)
        let loss = NetworkLoss(network, on: tinyData)
        let w = network.initialParameters(seed: 5)
        var random = Random(seed: 8)
        let v = random.normalVector(count: network.parameterCount)
        let hv = loss.hessianVectorProduct(at: w, v)
        let h = 1e-5
        let numeric = (loss.exactGradient(at: w + h * v) - loss.exactGradient(at: w - h * v)) / (2 * h)
        #expect(close(hv, numeric, 1e-6))
        let H = loss.hessian(at: w)
        #expect(close(H * v, hv, 1e-10))
        for i in 0..<H.count { for j in 0..<i { #expect(H[i, j] == H[j, i]) } }
        // Lanczos with as many products as parameters finds the extreme eigenvalues of H.
        let exact = H.symmetricEigenvalues
        let (smallest, largest) = loss.hessianExtremeEigenvalues(at: w, iterations: network.parameterCount)
        #expect(close(smallest, exact[0], 1e-8) && close(largest, exact[exact.count - 1], 1e-8))
    }

    @Test func lanczosOnAKnownSpectrum() {
        let diagonal = Vector(count: 30) { Double($0) - 5 }       // eigenvalues −5 … 24
        let ritz = lanczosEigenvalues(dimension: 30, iterations: 30) { diagonal * $0 }
        #expect(close(ritz[0], -5, 1e-9) && close(ritz[ritz.count - 1], 24, 1e-9))
        let few = lanczosEigenvalues(dimension: 30, iterations: 12) { diagonal * $0 }
        #expect(abs(few[few.count - 1] - 24) < 0.5 && few.count == 12)
    }

    /// The same seed gives the same training, a different one a different one; the loss falls.
    @Test func trainingIsDeterministic() throws {
        let network = try Network(layers: [3, 6, 3], activation: .relu)
        func train(_ seed: UInt64) throws -> Training {
            try Adam(learningRate: 0.05).train(network, on: tinyData, test: tinyData, epochs: 20, batchSize: 2, seed: seed)
        }
        let a = try train(1), b = try train(1), c = try train(2)
        #expect(a.parameters == b.parameters && a.epochs.map(\.trainingLoss) == b.epochs.map(\.trainingLoss))
        #expect(a.parameters != c.parameters)
        #expect(a.epochs.count == 20 && a.epochs[19].steps == 60)
        #expect(a.final!.trainingLoss < a.initialLoss / 4)
        #expect(a.final!.trainingAccuracy == 1)
    }

    /// Any optimizer trains through the same machinery, and divergence is reported, not trapped.
    @Test func everyOptimizerTrainsAndDivergenceIsVisible() throws {
        let network = try Network(layers: [3, 4, 3])
        for optimizer in [try GradientDescent(learningRate: 0.5) as any Optimizer, try Momentum(learningRate: 0.1),
                          try RMSProp(learningRate: 0.01), try Yogi(learningRate: 0.05)] {
            let result = try optimizer.train(network, on: tinyData, test: tinyData, epochs: 10, batchSize: 3, seed: 1)
            #expect(result.final!.trainingLoss < result.initialLoss, "\(optimizer.name)")
        }
        var broken = network.initialParameters(seed: 1)
        broken[0] = .nan
        let exploding = try GradientDescent(learningRate: 0.1).train(network, on: tinyData, test: tinyData, epochs: 5, batchSize: 3,
                                                                     seed: 1, from: broken)
        #expect(exploding.stoppedEarly && exploding.description.hasPrefix("STOPPED EARLY in epoch 1 of 5"))
    }

    @Test func badArchitecturesAreRejected() throws {
        #expect(throws: InvalidArgument.self) { try Network(layers: [3]) }
        #expect(throws: InvalidArgument.self) { try Network(layers: [3, 0, 2]) }
        #expect(try Network(layers: [64, 32, 10]).parameterCount == 2410)
    }
}
