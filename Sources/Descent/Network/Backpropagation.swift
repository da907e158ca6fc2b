import RealModule

// The forward and backward passes of ``Network``, written out loop by loop.
//
// Notation, per example: a₀ = x is the input; for each layer l = 1…L,
//   zₗ = Wₗ aₗ₋₁ + bₗ,   aₗ = σ(zₗ) for hidden layers (σ = tanh or ReLU), a_L = z_L (the logits);
// the loss is the softmax cross-entropy ℓ = log Σⱼ exp(z_L,j) − z_L,y for the label y.
// Backpropagation is the chain rule taken from the loss backwards:
//   δ_L = softmax(z_L) − e_y,
//   ∂ℓ/∂Wₗ = δₗ aₗ₋₁ᵀ,   ∂ℓ/∂bₗ = δₗ,
//   δₗ₋₁ = (Wₗᵀ δₗ) ⊙ σ′(zₗ₋₁),   with σ′ = 1 − aₗ₋₁² for tanh and [aₗ₋₁ > 0] for ReLU.
//
// The code is generic over the number type T. With T = Double it is the gradient; with
// T = Dual<Double> and the parameters seeded w + v ε it carries, in the ε parts, the
// derivative of the gradient along v: the exact Hessian-vector product H v
// ("forward over reverse"), which is how the library measures a network's curvature.

/// The per-example scratch space: the activations a₀…a_L and the errors δ₁…δ_L, each
/// stored flat with `start[l]` the index where layer l begins.
struct Workspace<T: DifferentiableScalar> {
    var activations: [T]
    var deltas: [T]
    let start: [Int]

    init(_ network: Network) {
        var start = [0]
        for width in network.layers { start.append(start[start.count - 1] + width) }
        self.start = start
        activations = Array(repeating: 0, count: start[start.count - 1])
        deltas = activations
    }
}

extension Network {
    /// The forward pass: fills the activations of every layer for input x.
    func forward<T: DifferentiableScalar>(
        _ x: UnsafeBufferPointer<Double>, _ w: UnsafeBufferPointer<T>, _ workspace: inout Workspace<T>
    ) {
        let L = layers.count - 1
        let start = workspace.start
        workspace.activations.withUnsafeMutableBufferPointer { a in
            for i in 0..<layers[0] { a[i] = T(constant: x[i]) }
            var k = 0                                   // where Wₗ starts in w
            for l in 1...L {
                let (nIn, nOut) = (layers[l - 1], layers[l])
                let input = start[l - 1], output = start[l]
                let bias = k + nOut * nIn               // bₗ follows Wₗ
                for j in 0..<nOut {
                    // zₗⱼ = Σᵢ Wₗ[j, i] aₗ₋₁,ᵢ + bₗⱼ
                    var z = w[bias + j]
                    let row = k + j * nIn
                    for i in 0..<nIn { z += w[row + i] * a[input + i] }
                    a[output + j] = l == L ? z : activate(z)
                }
                k = bias + nOut
            }
        }
    }

    /// σ(z) for a hidden layer.
    @inline(__always)
    func activate<T: DifferentiableScalar>(_ z: T) -> T {
        switch activation {
        case .tanh: return T.tanh(z)
        case .relu: return z > 0 ? z : 0
        }
    }

    /// σ′(z) written with the activation a = σ(z), which the forward pass kept.
    @inline(__always)
    func activationDerivative<T: DifferentiableScalar>(activation a: T) -> T {
        switch activation {
        case .tanh: return 1 - a * a
        case .relu: return a > 0 ? 1 : 0
        }
    }

    /// The mean softmax cross-entropy over the examples `batch` of `data`, and, when
    /// `gradient` is given, its gradient with respect to the parameters w (the mean of
    /// the per-example gradients, by backpropagation).
    func loss<T: DifferentiableScalar>(
        _ w: UnsafeBufferPointer<T>, on data: LabeledDataset, batch: some Collection<Int>,
        gradient: UnsafeMutableBufferPointer<T>?
    ) -> T {
        precondition(w.count == parameterCount, "\(self) has \(parameterCount) parameters, got \(w.count)")
        precondition(data.features == layers[0], "\(self) takes \(layers[0]) inputs; \(data.name) has \(data.features) features")
        precondition(data.classCount <= layers[layers.count - 1],
                     "\(self) has \(layers[layers.count - 1]) outputs; \(data.name) has \(data.classCount) classes")
        if let gradient { for i in gradient.indices { gradient[i] = 0 } }
        var workspace = Workspace<T>(self)
        let L = layers.count - 1
        let start = workspace.start
        var total: T = 0
        for example in batch {
            data.inputs[example].withCoordinates { x in forward(x, w, &workspace) }
            let y = data.labels[example]
            let logits = start[L]
            let classes = layers[L]

            // Softmax cross-entropy, with the largest logit subtracted so exp cannot overflow.
            var largest = workspace.activations[logits]
            for j in 1..<classes where workspace.activations[logits + j] > largest { largest = workspace.activations[logits + j] }
            var sum: T = 0
            for j in 0..<classes { sum += T.exp(workspace.activations[logits + j] - largest) }
            let logSumExp = largest + T.log(sum)
            total += logSumExp - workspace.activations[logits + y]
            guard let gradient else { continue }

            workspace.activations.withUnsafeBufferPointer { a in
                workspace.deltas.withUnsafeMutableBufferPointer { δ in
                    // δ_L = softmax(z_L) − e_y
                    for j in 0..<classes { δ[logits + j] = T.exp(a[logits + j] - logSumExp) - (j == y ? 1 : 0) }
                    var k = offset(ofLayer: L)
                    for l in stride(from: L, through: 1, by: -1) {
                        let (nIn, nOut) = (layers[l - 1], layers[l])
                        let input = start[l - 1], output = start[l]
                        let bias = k + nOut * nIn
                        for j in 0..<nOut {
                            // ∂ℓ/∂bₗⱼ = δₗⱼ and ∂ℓ/∂Wₗ[j, i] = δₗⱼ aₗ₋₁,ᵢ
                            gradient[bias + j] += δ[output + j]
                            let row = k + j * nIn
                            for i in 0..<nIn { gradient[row + i] += δ[output + j] * a[input + i] }
                        }
                        if l > 1 {
                            // δₗ₋₁ = (Wₗᵀ δₗ) ⊙ σ′(zₗ₋₁)
                            for i in 0..<nIn { δ[input + i] = 0 }
                            for j in 0..<nOut {
                                let row = k + j * nIn
                                for i in 0..<nIn { δ[input + i] += w[row + i] * δ[output + j] }
                            }
                            for i in 0..<nIn { δ[input + i] *= activationDerivative(activation: a[input + i]) }
                            k = offset(ofLayer: l - 1)
                        }
                    }
                }
            }
        }
        let n = T(batch.count)
        if let gradient { for i in gradient.indices { gradient[i] /= n } }
        return total / n
    }
}
