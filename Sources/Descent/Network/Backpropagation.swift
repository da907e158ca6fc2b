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
//
// Zero inputs. About half of the digits' pixels are exactly 0, and a zero input i adds
// Wₗ[j, i]·0 to every zⱼ of the first layer and δⱼ·0 to every ∂ℓ/∂W₁[j, i]. The passes skip
// those products, which changes no result: a product with ±0 is ±0 when the other factor is
// finite (so the skip is taken only when all of W₁, or all of δ₁, is finite in every part;
// ∞·0 is NaN), and adding ±0 leaves every number unchanged except a zero, whose sign it may
// flip. A gradient sum never holds −0 (it starts at +0, and a sum is −0 only when both terms
// are), so ∂ℓ/∂W₁ keeps every bit. A zⱼ may end up +0 where it was −0 or the other way round,
// but every later step treats the two alike (tanh and ReLU keep the sign of a zero, exp(±0) = 1,
// 1 − (±0)² = 1, and ±0 compare equal), so the loss, the gradient and the predictions keep
// every bit too. Skipping saves about two fifths of the multiply-adds of a pass.
// ∂ℓ/∂W₁ is summed column by column (`Workspace.firstLayerGradientColumn`) so that a skipped
// input skips a contiguous column, and copied into the gradient's rows at the end.
// The same argument lets the first layer multiply by the plain input xᵢ (`scaled(by:)`)
// instead of by the constant T(xᵢ): on a dual number, w·(xᵢ + 0ε) = wxᵢ + (w′xᵢ + w·0)ε, and
// w·0 is ±0 for a finite w, so dropping it changes at most the sign of a zero derivative; that
// halves the first layer's multiplications in a Hessian-vector product.

extension Network {
    /// The forward pass: fills the activations of every layer for input x. `nonzero`, when
    /// given, lists the positions of x that are not zero, in order (see "Zero inputs" above).
    func forward<T: NetworkScalar>(
        _ x: UnsafeBufferPointer<Double>, nonzero: UnsafeBufferPointer<Int32>?, _ w: UnsafeBufferPointer<T>, _ workspace: Workspace<T>
    ) {
        let L = layers.count - 1
        let a0 = workspace.layer(0)
        for i in a0.indices { a0[i] = T(constant: x[i]) }
        for l in 1...L {
            let z = workspace.layer(l)
            let b = workspace.bias(ofLayer: l, in: w)
            for j in z.indices { z[j] = b[j] }
            if l == 1, let nonzero, workspace.firstLayerIsFinite {
                T.addInputColumns(nonzero, of: x, to: z, workspace)
            } else {
                addColumns(0 ..< layers[l - 1], ofLayer: l, to: z, workspace)
            }
            if l < L { activate(z) }
        }
    }

    /// z += Σᵢ aₗ₋₁,ᵢ Wₗ[:, i] over the inputs i of `inputs`, in their order (see "Loop order"
    /// above), two columns per pass over z: (zⱼ + Wₗ[j, i] aᵢ) + Wₗ[j, i′] aᵢ′ is the sum's own
    /// order, and each zⱼ is loaded and stored once for the two.
    @inline(__always)
    func addColumns<T: NetworkScalar, Inputs: RandomAccessCollection>(
        _ inputs: Inputs, ofLayer l: Int, to z: UnsafeMutableBufferPointer<T>, _ workspace: Workspace<T>
    ) where Inputs.Index == Int, Inputs.Element: BinaryInteger {
        let a = workspace.layer(l - 1)
        var k = inputs.startIndex
        while k + 1 < inputs.endIndex {
            let (i, iNext) = (Int(inputs[k]), Int(inputs[k + 1]))
            let column = workspace.column(i, ofLayer: l), ai = a[i]
            let next = workspace.column(iNext, ofLayer: l), aNext = a[iNext]
            for j in z.indices { z[j] = z[j] + column[j] * ai + next[j] * aNext }
            k += 2
        }
        if k < inputs.endIndex {   // an odd column left
            let i = Int(inputs[k])
            let column = workspace.column(i, ofLayer: l), ai = a[i]
            for j in z.indices { z[j] += column[j] * ai }
        }
    }

    /// z₁ += Σᵢ xᵢ W₁[:, i] over the nonzero inputs, as `addColumns` does, with each product
    /// taken as a number times the plain input xᵢ (`scaled(by:)`; see "Zero inputs" above).
    @inline(__always)
    static func addInputColumns<T: NetworkScalar>(
        _ nonzero: UnsafeBufferPointer<Int32>, of x: UnsafeBufferPointer<Double>, to z: UnsafeMutableBufferPointer<T>, _ workspace: Workspace<T>
    ) {
        var k = 0
        while k + 1 < nonzero.count {
            let (i, iNext) = (Int(nonzero[k]), Int(nonzero[k + 1]))
            let column = workspace.column(i, ofLayer: 1), xi = x[i]
            let next = workspace.column(iNext, ofLayer: 1), xNext = x[iNext]
            for j in z.indices { z[j] = z[j] + column[j].scaled(by: xi) + next[j].scaled(by: xNext) }
            k += 2
        }
        if k < nonzero.count {   // an odd column left
            let i = Int(nonzero[k])
            let column = workspace.column(i, ofLayer: 1), xi = x[i]
            for j in z.indices { z[j] += column[j].scaled(by: xi) }
        }
    }

    /// ∂ℓ/∂W₁[:, i] += δ₁ xᵢ for the nonzero inputs i, into the workspace's column sums, each
    /// product a number times the plain input (see "Zero inputs" above); δ₁ must be finite.
    @inline(__always)
    static func addFirstLayerGradient<T: NetworkScalar>(nonzero: UnsafeBufferPointer<Int32>, of x: UnsafeBufferPointer<Double>, _ workspace: Workspace<T>) {
        let δ = workspace.delta(1)
        for column in nonzero {
            let i = Int(column)
            let gColumn = workspace.firstLayerGradientColumn(i), xi = x[i]
            for j in gColumn.indices { gColumn[j] += δ[j].scaled(by: xi) }
        }
    }

    /// ∂ℓ/∂W₁[:, i] += δ₁ a₀,ᵢ for every input i (when δ₁ is not finite), into the workspace's column sums.
    @inline(__always)
    func addFirstLayerGradient<T: NetworkScalar>(_ workspace: Workspace<T>) {
        let δ = workspace.delta(1), input = workspace.layer(0)
        for i in input.indices {
            let gColumn = workspace.firstLayerGradientColumn(i), ai = input[i]
            for j in gColumn.indices { gColumn[j] += δ[j] * ai }
        }
    }

    /// zⱼ ← σ(zⱼ) for a hidden layer (tanh: the network's own, `Tanh.swift`, a layer at a time).
    @inline(__always)
    func activate<T: NetworkScalar>(_ z: UnsafeMutableBufferPointer<T>) {
        switch activation {
        case .tanh: T.applyTanh(z)
        case .relu: for j in z.indices { z[j] = z[j] > 0 ? z[j] : 0 }
        }
    }

    /// One example's softmax cross-entropy ℓ = log Σⱼ exp(z_L,j) − z_L,y from the logits the
    /// forward pass left, with the largest logit subtracted so exp cannot overflow (the
    /// exponentials, a layer at a time, in δ_L's memory until δ_L needs it); also log Σ exp, and
    /// whether the largest logit (the first, on a tie) is the label's.
    @inline(__always)
    func softmaxCrossEntropy<T: NetworkScalar>(label y: Int, _ workspace: Workspace<T>) -> (loss: T, logSumExp: T, correct: Bool) {
        let L = layers.count - 1
        let z = workspace.layer(L), exponentials = workspace.delta(L)
        let predicted = z.indexOfLargest
        let largest = z[predicted]
        for j in z.indices { exponentials[j] = z[j] - largest }
        T.applyExp(exponentials)
        var sum: T = 0
        for j in exponentials.indices { sum += exponentials[j] }
        let logSumExp = largest + T.networkLog(sum)
        return (logSumExp - z[y], logSumExp, predicted == y)
    }

    /// σ′(z) written with the activation a = σ(z), which the forward pass kept.
    @inline(__always)
    func activationDerivative<T: NetworkScalar>(activation a: T) -> T {
        switch activation {
        case .tanh: return 1 - a * a
        case .relu: return a > 0 ? 1 : 0
        }
    }

    /// The mean softmax cross-entropy over the examples `batch` of `examples`, and, when
    /// `gradient` is given, its gradient with respect to the parameters w (the mean of
    /// the per-example gradients, by backpropagation). Also counts the examples the
    /// network classifies correctly: those whose largest logit (the first, on a tie) is their label.
    func loss<T: NetworkScalar>(
        _ w: UnsafeBufferPointer<T>, on examples: Examples, batch: some Collection<Int>,
        gradient: UnsafeMutableBufferPointer<T>?
    ) -> (loss: T, correct: Int) {
        precondition(w.count == parameterCount, "\(self) has \(parameterCount) parameters, got \(w.count)")
        precondition(examples.features == layers[0], "\(self) takes \(layers[0]) inputs, not \(examples.features)")
        if let gradient { for i in gradient.indices { gradient[i] = 0 } }
        let workspace = Workspace<T>(self, parameters: w, gradient: gradient != nil)
        let L = layers.count - 1
        var total: T = 0, correct = 0
        examples.inputs.withUnsafeBufferPointer { inputs in examples.nonzero.withUnsafeBufferPointer { allNonzero in
            for example in batch {
                let start = examples.nonzeroStart[example]
                let nonzero = allNonzero.part(from: start, count: examples.nonzeroStart[example + 1] - start)
                let input = inputs.part(from: example * examples.features, count: examples.features)
                forward(input, nonzero: nonzero, w, workspace)
                let y = examples.labels[example]
                let z = workspace.layer(L)
                let (term, logSumExp, isCorrect) = softmaxCrossEntropy(label: y, workspace)
                total += term
                if isCorrect { correct += 1 }
                guard let gradient else { continue }

                // δ_L = softmax(z_L) − e_y
                let δL = workspace.delta(L)
                for j in δL.indices { δL[j] = z[j] - logSumExp }
                T.applyExp(δL)
                δL[y] -= 1
                for l in stride(from: L, through: 2, by: -1) {
                    let δ = workspace.delta(l), input = workspace.layer(l - 1)
                    // ∂ℓ/∂bₗⱼ = δₗⱼ and ∂ℓ/∂Wₗ[j, i] = δₗⱼ aₗ₋₁,ᵢ
                    let gb = workspace.bias(ofLayer: l, in: gradient)
                    for j in δ.indices {
                        gb[j] += δ[j]
                        let gRow = workspace.row(j, ofLayer: l, in: gradient), δj = δ[j]
                        for i in gRow.indices { gRow[i] += δj * input[i] }
                    }
                    // δₗ₋₁ = (Wₗᵀ δₗ) ⊙ σ′(zₗ₋₁), where Wₗᵀ δₗ = Σⱼ δₗⱼ (row j of Wₗ), added row by row
                    let δIn = workspace.delta(l - 1)
                    for i in δIn.indices { δIn[i] = 0 }
                    for j in δ.indices {
                        let row = workspace.row(j, ofLayer: l, in: w), δj = δ[j]
                        for i in δIn.indices { δIn[i] += row[i] * δj }
                    }
                    for i in δIn.indices { δIn[i] *= activationDerivative(activation: input[i]) }
                }
                // The first layer: ∂ℓ/∂b₁ = δ₁, and ∂ℓ/∂W₁ column by column into the workspace's
                // sum, only the columns of nonzero inputs when δ₁ is finite (see "Zero inputs").
                let δ1 = workspace.delta(1), gb1 = workspace.bias(ofLayer: 1, in: gradient)
                for j in δ1.indices { gb1[j] += δ1[j] }
                if δ1.allSatisfy(\.isFiniteInEveryPart) {
                    T.addFirstLayerGradient(nonzero: nonzero, of: input, workspace)
                } else {
                    addFirstLayerGradient(workspace)
                }
            }
        } }
        let n = T(batch.count)
        if let gradient {
            workspace.storeFirstLayerGradient(into: gradient)
            for i in gradient.indices { gradient[i] /= n }
        }
        return (total / n, correct)
    }
}
