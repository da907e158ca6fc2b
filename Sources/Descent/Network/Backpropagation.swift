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
//
// Loop order. Every inner loop below runs along one contiguous row and has no dependence
// from one step to the next, so the compiler does several steps at once (SIMD lanes)
// without changing a single rounding. For the forward pass that means adding up the
// columns of Wₗ, zₗ = bₗ + Σᵢ aₗ₋₁,ᵢ Wₗ[:, i], from a column-by-column copy of Wₗ
// (`Workspace.column`): each zₗⱼ is still bₗⱼ + Wₗ[j, 0] a₀ + Wₗ[j, 1] a₁ + … added in
// that order, exactly as the row-by-row dot product Σᵢ Wₗ[j, i] aᵢ adds it, but the dot
// product's running sum makes every addition wait for the one before (measured on the
// 64-32-10 digits network: 2.0 → 1.1 µs per forward pass; BackpropagationTests holds the
// two orders to the same bits).

extension Network {
    /// The forward pass: fills the activations of every layer for input x.
    func forward<T: DifferentiableScalar>(_ x: UnsafeBufferPointer<Double>, _ w: UnsafeBufferPointer<T>, _ workspace: Workspace<T>) {
        let L = layers.count - 1
        let a0 = workspace.layer(0)
        for i in a0.indices { a0[i] = T(constant: x[i]) }
        for l in 1...L {
            let input = workspace.layer(l - 1), z = workspace.layer(l)
            // zₗ = bₗ + Σᵢ aₗ₋₁,ᵢ Wₗ[:, i], column after column (see "Loop order" above),
            // two columns per pass over zₗ: (zⱼ + Wₗ[j, i] aᵢ) + Wₗ[j, i + 1] aᵢ₊₁ is the sum's
            // own order, and each zⱼ is loaded and stored once for the two.
            let b = workspace.bias(ofLayer: l, in: w)
            for j in z.indices { z[j] = b[j] }
            var i = 0
            while i + 1 < input.count {
                let column = workspace.column(i, ofLayer: l), ai = input[i]
                let next = workspace.column(i + 1, ofLayer: l), aNext = input[i + 1]
                for j in z.indices { z[j] = z[j] + column[j] * ai + next[j] * aNext }
                i += 2
            }
            if i < input.count {   // an odd column left
                let column = workspace.column(i, ofLayer: l), ai = input[i]
                for j in z.indices { z[j] += column[j] * ai }
            }
            if l < L {
                for j in z.indices { z[j] = activate(z[j]) }
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

    /// The mean softmax cross-entropy over the examples `batch` of `examples`, and, when
    /// `gradient` is given, its gradient with respect to the parameters w (the mean of
    /// the per-example gradients, by backpropagation). Also counts the examples the
    /// network classifies correctly: those whose largest logit (the first, on a tie) is their label.
    func loss<T: DifferentiableScalar>(
        _ w: UnsafeBufferPointer<T>, on examples: Examples, batch: some Collection<Int>,
        gradient: UnsafeMutableBufferPointer<T>?
    ) -> (loss: T, correct: Int) {
        precondition(w.count == parameterCount, "\(self) has \(parameterCount) parameters, got \(w.count)")
        precondition(examples.features == layers[0], "\(self) takes \(layers[0]) inputs, not \(examples.features)")
        if let gradient { for i in gradient.indices { gradient[i] = 0 } }
        let workspace = Workspace<T>(self, parameters: w)
        let L = layers.count - 1
        var total: T = 0, correct = 0
        examples.inputs.withUnsafeBufferPointer { inputs in
            for example in batch {
                forward(inputs.part(from: example * examples.features, count: examples.features), w, workspace)
                let y = examples.labels[example]
                let z = workspace.layer(L)

                // Softmax cross-entropy, with the largest logit subtracted so exp cannot overflow.
                let predicted = z.indexOfLargest
                if predicted == y { correct += 1 }
                let largest = z[predicted]
                var sum: T = 0
                for j in z.indices { sum += T.exp(z[j] - largest) }
                let logSumExp = largest + T.log(sum)
                total += logSumExp - z[y]
                guard let gradient else { continue }

                // δ_L = softmax(z_L) − e_y
                let δL = workspace.delta(L)
                for j in δL.indices { δL[j] = T.exp(z[j] - logSumExp) - (j == y ? 1 : 0) }
                for l in stride(from: L, through: 1, by: -1) {
                    let δ = workspace.delta(l), input = workspace.layer(l - 1)
                    // ∂ℓ/∂bₗⱼ = δₗⱼ and ∂ℓ/∂Wₗ[j, i] = δₗⱼ aₗ₋₁,ᵢ
                    let gb = workspace.bias(ofLayer: l, in: gradient)
                    for j in δ.indices {
                        gb[j] += δ[j]
                        let gRow = workspace.row(j, ofLayer: l, in: gradient), δj = δ[j]
                        for i in gRow.indices { gRow[i] += δj * input[i] }
                    }
                    if l > 1 {
                        // δₗ₋₁ = (Wₗᵀ δₗ) ⊙ σ′(zₗ₋₁), where Wₗᵀ δₗ = Σⱼ δₗⱼ (row j of Wₗ), added row by row
                        let δIn = workspace.delta(l - 1)
                        for i in δIn.indices { δIn[i] = 0 }
                        for j in δ.indices {
                            let row = workspace.row(j, ofLayer: l, in: w), δj = δ[j]
                            for i in δIn.indices { δIn[i] += row[i] * δj }
                        }
                        for i in δIn.indices { δIn[i] *= activationDerivative(activation: input[i]) }
                    }
                }
            }
        }
        let n = T(batch.count)
        if let gradient { for i in gradient.indices { gradient[i] /= n } }
        return (total / n, correct)
    }
}
