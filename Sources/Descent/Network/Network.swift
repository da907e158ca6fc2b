import RealModule

/// A multilayer perceptron for classification: dense layers with a hidden
/// activation (tanh or ReLU) and a softmax output, its parameters one flat
/// ``Vector`` so every optimizer of the course trains it unchanged.
///
/// ```swift
/// let network = try Network(layers: [64, 32, 10], activation: .tanh)
/// let w0 = network.initialParameters(seed: 1)      // 2,410 numbers
/// ```
///
/// **Layout of the parameters.** Layer l maps nₗ₋₁ inputs to nₗ outputs with
/// a weight matrix Wₗ (nₗ × nₗ₋₁, row-major) followed by a bias bₗ (nₗ);
/// the layers follow each other in order. ``NetworkLoss`` is the training
/// loss (mean softmax cross-entropy) as a ``FiniteSum``; its gradient is
/// backpropagation, written out in `Backpropagation.swift`.
public struct Network: Sendable, Hashable, CustomStringConvertible {
    /// The hidden layers' nonlinearity.
    public enum Activation: String, Sendable, Hashable {
        /// tanh z, whose derivative is 1 − tanh² z.
        case tanh
        /// max(0, z), whose derivative is 1 for z > 0 and 0 otherwise.
        case relu
    }

    /// The widths n₀ (inputs), n₁, …, n_L (classes).
    public let layers: [Int]
    /// The hidden layers' activation (the output layer has none: softmax is in the loss).
    public let activation: Activation

    /// A network with the given widths (at least an input and an output layer, all ≥ 1).
    public init(layers: [Int], activation: Activation = .tanh) throws(InvalidArgument) {
        guard layers.count >= 2, layers.allSatisfy({ $0 >= 1 }) else {
            throw InvalidArgument(parameter: "layers", value: "\(layers)",
                                  requirement: "needs at least two widths (inputs, classes), each ≥ 1")
        }
        self.layers = layers
        self.activation = activation
    }

    /// The number of parameters Σ nₗ(nₗ₋₁ + 1).
    public var parameterCount: Int {
        (1..<layers.count).reduce(0) { $0 + layers[$1] * (layers[$1 - 1] + 1) }
    }

    /// Where layer l's weights (and then its biases) start in the parameter vector, l = 1…L.
    public func offset(ofLayer l: Int) -> Int {
        (1..<l).reduce(0) { $0 + layers[$1] * (layers[$1 - 1] + 1) }
    }

    /// "64-32-10 tanh network (2,410 parameters)".
    public var description: String {
        "\(layers.map(String.init).joined(separator: "-")) \(activation.rawValue) network (\(parameterCount) parameters)"
    }

    /// Seeded initial parameters: biases 0, weights uniform in ±√(6/(nₗ₋₁ + nₗ))
    /// for tanh (Glorot and Bengio 2010) and normal with variance 2/nₗ₋₁ for
    /// ReLU (He et al. 2015), so activations neither vanish nor explode at the start.
    public func initialParameters(seed: UInt64) -> Vector {
        var random = Random(seed: seed)
        var w = [Double](repeating: 0, count: parameterCount)
        var k = 0
        for l in 1..<layers.count {
            let (fanIn, fanOut) = (layers[l - 1], layers[l])
            for _ in 0..<(fanIn * fanOut) {
                switch activation {
                case .tanh:
                    let limit = (6 / Double(fanIn + fanOut)).squareRoot()
                    w[k] = (2 * random.uniform() - 1) * limit
                case .relu:
                    w[k] = random.normal() * (2 / Double(fanIn)).squareRoot()
                }
                k += 1
            }
            k += fanOut   // biases stay 0
        }
        return Vector(w)
    }

    /// The class scores (logits) of one input under parameters w.
    public func logits(_ input: Vector, parameters w: Vector) -> [Double] {
        w.withCoordinates { w in
            input.withCoordinates { x in
                let workspace = Workspace<Double>(self, parameters: w)
                forward(x, nonzero: nil, w, workspace)
                return Array(workspace.layer(layers.count - 1))
            }
        }
    }

    /// The predicted class (the largest logit, the first on a tie) of one input.
    public func predict(_ input: Vector, parameters w: Vector) -> Int {
        let z = logits(input, parameters: w)
        return z.indices.max { z[$0] < z[$1] }!
    }

    /// The fraction of examples whose predicted class is their label.
    public func accuracy(on data: LabeledDataset, parameters w: Vector) -> Double {
        accuracy(on: Examples(data), parameters: w)
    }

    /// The fraction of examples whose predicted class is their label.
    func accuracy(on examples: Examples, parameters w: Vector) -> Double {
        if Swift.min(Network.evaluationCores, examples.labels.count / Network.examplesPerCore) > 1 {   // on several cores
            return Double(w.withCoordinates { evaluate($0, on: examples).correct }) / Double(examples.labels.count)
        }
        let correct = w.withCoordinates { w in
            examples.inputs.withUnsafeBufferPointer { inputs in examples.nonzero.withUnsafeBufferPointer { nonzero in
                let workspace = Workspace<Double>(self, parameters: w)   // one for all examples
                var correct = 0
                for k in examples.indices {
                    let start = examples.nonzeroStart[k]
                    forward(inputs.part(from: k * examples.features, count: examples.features),
                            nonzero: nonzero.part(from: start, count: examples.nonzeroStart[k + 1] - start), w, workspace)
                    if workspace.layer(layers.count - 1).indexOfLargest == examples.labels[k] { correct += 1 }
                }
                return correct
            } }
        }
        return Double(correct) / Double(examples.labels.count)
    }
}
