/// The number types the network's passes run on: `Double` for losses and gradients,
/// `Dual<Double>` for Hessian-vector products. Beyond arithmetic, the passes need
/// - the network's own tanh, exp and log (`Tanh.swift`, `Exponential.swift`), tanh and exp on a
///   whole layer at once, for dual numbers too, so that the value parts of a Hessian-vector
///   product's pass are the plain pass's numbers;
/// - whether a number is finite in every part (value and derivatives): only then is a
///   product with a zero input a zero that may be skipped (see "Zero inputs" in
///   `Backpropagation.swift`); ∞ · 0 is NaN.
protocol NetworkScalar: DifferentiableScalar {
    /// Replaces every number of `z` by its tanh (`deterministicTanh`; on dual numbers with the
    /// chain rule, derivative 1 − tanh²).
    static func applyTanh(_ z: UnsafeMutableBufferPointer<Self>)
    /// Replaces every number of `z` by its exponential (`deterministicExp`; on dual numbers with
    /// derivative eˣ·x′).
    static func applyExp(_ z: UnsafeMutableBufferPointer<Self>)
    /// ln x by `deterministicLog`; on a dual number with derivative (1/x)·x′ (`Dual.log`'s formula).
    static func networkLog(_ x: Self) -> Self
    /// Whether the value and every derivative are finite.
    var isFiniteInEveryPart: Bool { get }
    /// This number times a constant c: for a dual number (value c, derivative 0) without the
    /// products with that zero derivative.
    func scaled(by c: Double) -> Self
    /// z₁ += Σᵢ W₁[:, i]·xᵢ over the nonzero inputs i, in their order: `Network.addInputColumns`,
    /// which `Double` does eight outputs at a time in registers (`SIMD8`), with the same operations.
    static func addInputColumns(_ nonzero: UnsafeBufferPointer<Int32>, of x: UnsafeBufferPointer<Double>,
                                to z: UnsafeMutableBufferPointer<Self>, _ workspace: Workspace<Self>)
    /// ∂ℓ/∂W₁[:, i] += δ₁ xᵢ over the nonzero inputs i: `Network.addFirstLayerGradient`, which
    /// `Double` does with δ₁ held in registers eight at a time, with the same operations.
    static func addFirstLayerGradient(nonzero: UnsafeBufferPointer<Int32>, of x: UnsafeBufferPointer<Double>, _ workspace: Workspace<Self>)
}

extension NetworkScalar {
    @inline(__always)
    static func addInputColumns(_ nonzero: UnsafeBufferPointer<Int32>, of x: UnsafeBufferPointer<Double>,
                                to z: UnsafeMutableBufferPointer<Self>, _ workspace: Workspace<Self>) {
        Network.addInputColumns(nonzero, of: x, to: z, workspace)
    }

    @inline(__always)
    static func addFirstLayerGradient(nonzero: UnsafeBufferPointer<Int32>, of x: UnsafeBufferPointer<Double>, _ workspace: Workspace<Self>) {
        Network.addFirstLayerGradient(nonzero: nonzero, of: x, workspace)
    }
}

extension Double: NetworkScalar {
    @inline(__always)
    static func applyTanh(_ z: UnsafeMutableBufferPointer<Double>) { applyDeterministicTanh(z) }
    @inline(__always)
    static func applyExp(_ z: UnsafeMutableBufferPointer<Double>) { applyDeterministicExp(z) }
    @inline(__always)
    static func networkLog(_ x: Double) -> Double { deterministicLog(x) }
    var isFiniteInEveryPart: Bool { isFinite }
    @inline(__always)
    func scaled(by c: Double) -> Double { self * c }

    /// Eight outputs at a time: their sums stay in registers while every nonzero column is
    /// added (each zⱼ still gets zⱼ + W₁[j, i]xᵢ for i in order, the same operations as the
    /// generic loop), so z is read and written once instead of once per pair of columns.
    static func addInputColumns(_ nonzero: UnsafeBufferPointer<Int32>, of x: UnsafeBufferPointer<Double>,
                                to z: UnsafeMutableBufferPointer<Double>, _ workspace: Workspace<Double>) {
        let columns = UnsafeRawPointer(workspace.firstLayerColumns.baseAddress!), n = z.count
        let sums = UnsafeMutableRawPointer(z.baseAddress!)
        var j = 0
        while j + 8 <= n {
            var sum = sums.loadUnaligned(fromByteOffset: 8 * j, as: SIMD8<Double>.self)
            for k in nonzero {
                let i = Int(k)
                sum = sum + columns.loadUnaligned(fromByteOffset: 8 * (i * n + j), as: SIMD8<Double>.self) * x[i]
            }
            sums.storeBytes(of: sum, toByteOffset: 8 * j, as: SIMD8<Double>.self)
            j += 8
        }
        let column = workspace.firstLayerColumns
        while j < n {     // the outputs left over, one at a time
            var sum = z[j]
            for k in nonzero {
                let i = Int(k)
                sum = sum + column[i * n + j] * x[i]
            }
            z[j] = sum
            j += 1
        }
    }

    /// δ₁ eight at a time in registers while each nonzero column of ∂ℓ/∂W₁ gets gⱼ + δⱼxᵢ
    /// (the same operations as the generic loop): δ₁ is read once instead of once per column.
    static func addFirstLayerGradient(nonzero: UnsafeBufferPointer<Int32>, of x: UnsafeBufferPointer<Double>, _ workspace: Workspace<Double>) {
        let δ = workspace.delta(1), n = δ.count
        let sums = UnsafeMutableRawPointer(workspace.firstLayerGradientColumns.baseAddress!)
        var j = 0
        while j + 8 <= n {
            let δj = UnsafeRawPointer(δ.baseAddress!).loadUnaligned(fromByteOffset: 8 * j, as: SIMD8<Double>.self)
            for k in nonzero {
                let i = Int(k), offset = 8 * (i * n + j)
                let sum = sums.loadUnaligned(fromByteOffset: offset, as: SIMD8<Double>.self) + δj * x[i]
                sums.storeBytes(of: sum, toByteOffset: offset, as: SIMD8<Double>.self)
            }
            j += 8
        }
        let columns = workspace.firstLayerGradientColumns
        while j < n {     // the outputs left over, one at a time
            for k in nonzero {
                let i = Int(k)
                columns[i * n + j] = columns[i * n + j] + δ[j] * x[i]
            }
            j += 1
        }
    }
}

extension Dual: NetworkScalar where Value == Double {
    @inline(__always)
    static func applyTanh(_ z: UnsafeMutableBufferPointer<Dual<Double>>) { applyDeterministicTanh(z) }
    @inline(__always)
    static func applyExp(_ z: UnsafeMutableBufferPointer<Dual<Double>>) { applyDeterministicExp(z) }
    @inline(__always)
    static func networkLog(_ x: Dual<Double>) -> Dual<Double> {
        Dual(deterministicLog(x.value), derivative: (1 / x.value) * x.derivative)
    }
    var isFiniteInEveryPart: Bool { value.isFinite && derivative.isFinite }
    @inline(__always)
    func scaled(by c: Double) -> Dual<Double> { Dual(value * c, derivative: derivative * c) }
}
