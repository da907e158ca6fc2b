import RealModule

/// A function ℝⁿ → ℝ written once, generically, over any `Real` type.
///
/// The catalogue's functions are structs conforming to this protocol, so the
/// compiler specialises them for `Double` (values), `Dual<Double>`
/// (gradients) and `HyperDual` (Hessians) — the fast path the benchmark
/// measures. Chapter code usually writes a closure instead (see
/// ``Objective/init(_:latex:name:dimension:minima:saddlePoints:box:_:)``).
public protocol DifferentiableFunction: Sendable {
    /// f(x) for arguments of any real type.
    func callAsFunction<T: DifferentiableScalar>(_ x: Variables<T>) -> T
}

/// An objective f: ℝⁿ → ℝ with its exact gradient and Hessian, and the
/// facts figures and captions need: name, formulas, known minima and saddle
/// points, and a suggested plotting box.
///
/// **Design.** f is written once; derivatives come from forward-mode
/// automatic differentiation (``Dual``), never from finite differences.
/// Swift closures cannot be generic, so an objective defined by a closure
/// receives a concrete second-order number, ``HyperDual``, that carries
/// everything the gradient and the Hessian need:
///
/// ```swift
/// let f = Objective("x₁² + 2x₂²") { x in x[0] * x[0] + 2 * x[1] * x[1] }
/// f([1, 1])            // 3
/// f.gradient(at: [1, 1])  // (2, 4)
/// f.hessian(at: [1, 1])   // [[2, 0], [0, 4]]
/// ```
///
/// Catalogue objectives (``Objective/rosenbrock`` and friends) are instead
/// ``DifferentiableFunction`` structs specialised per number type, which
/// keeps a 2-D gradient to a few nanoseconds. Either way the objective is a
/// `Sendable` value holding three derivative closures.
public struct Objective: Sendable, CustomStringConvertible {
    /// A short name, e.g. "Rosenbrock".
    public var name: String
    /// The formula in plain Unicode text, e.g. "(1 − x₁)² + 100(x₂ − x₁²)²".
    public var formula: String
    /// The formula in LaTeX for captions, e.g. `(1 - x_1)^2 + 100(x_2 - x_1^2)^2`.
    public var latex: String
    /// The dimension n of the domain.
    public let dimension: Int
    /// Known local minimisers (global ones included).
    public var minima: [Vector]
    /// Known saddle points (critical points that are neither minima nor maxima).
    public var saddlePoints: [Vector]
    /// A suggested plotting box: one range per coordinate.
    public var box: [ClosedRange<Double>]

    @usableFromInline let valueFunction: @Sendable (Vector) -> Double
    @usableFromInline let gradientFunction: @Sendable (Vector) -> Vector
    @usableFromInline let hessianFunction: @Sendable (Vector) -> Matrix

    /// The value f(x).
    @inlinable public func value(at x: Vector) -> Double { valueFunction(x) }
    /// The value f(x), so an objective is called like the function it is.
    @inlinable public func callAsFunction(_ x: Vector) -> Double { valueFunction(x) }
    /// The exact gradient ∇f(x).
    @inlinable public func gradient(at x: Vector) -> Vector { gradientFunction(x) }
    /// The exact Hessian ∇²f(x).
    @inlinable public func hessian(at x: Vector) -> Matrix { hessianFunction(x) }

    /// The best known minimum value, if any minimiser is known.
    public var minimumValue: Double? { minima.map { value(at: $0) }.min() }

    /// "name: formula".
    public var description: String { name == formula ? name : "\(name): \(formula)" }
}

// MARK: One-dimensional conveniences

extension Objective {
    /// f(x) for a one-dimensional objective.
    @inlinable public func callAsFunction(_ x: Double) -> Double { valueFunction(Vector(storage: [x, 0, 0, 0, 0, 0, 0, 0], count: 1)) }
    /// f′(x) for a one-dimensional objective.
    public func derivative(at x: Double) -> Double { gradient(at: [x])[0] }
    /// f″(x) for a one-dimensional objective.
    public func secondDerivative(at x: Double) -> Double { hessian(at: [x])[0, 0] }
}

// MARK: Construction

extension Objective {
    /// An objective from a generic function: values on `Double`, gradients
    /// with one `Dual<Double>` pass per coordinate (in 2-D one ``HyperDual``
    /// pass seeded in both directions, which is faster), Hessians with one
    /// ``HyperDual`` pass per pair of coordinates.
    public init<F: DifferentiableFunction>(
        name: String, formula: String, latex: String, dimension: Int,
        minima: [Vector] = [], saddlePoints: [Vector] = [], box: [ClosedRange<Double>],
        function f: F
    ) {
        self.init(name: name, formula: formula, latex: latex, dimension: dimension,
                  minima: minima, saddlePoints: saddlePoints, box: box,
                  value: { x in Variables.with(x) { f($0) } },
                  gradient: { x in
                      if x.count == 2 {
                          // One second-order pass seeded in both directions gives both partials.
                          let y = Variables.with(x, directions: 0, 1) { f($0) }
                          return Vector(storage: SIMD8(y.value.derivative, y.derivative.value, 0, 0, 0, 0, 0, 0), count: 2)
                      }
                      if x.isInline {
                          // n ≤ 8: the partials go straight into SIMD lanes (no heap, no reference counting).
                          var g = SIMD8<Double>.zero
                          for i in 0..<x.count { g[i] = f(Variables(x, direction: i)).derivative }
                          return Vector(storage: g, count: x.count)
                      }
                      var g = Vector(zeros: x.count)
                      for i in 0..<x.count { g[i] = Variables.with(x, direction: i) { f($0) }.derivative }
                      return g
                  },
                  hessian: { x in hessianByPairs(x) { i, j in Variables.with(x, directions: i, j) { f($0) } } })
    }

    /// An objective in n dimensions (default 2) from a closure over
    /// ``HyperDual`` numbers; `x[0]` is x₁. The closure is evaluated once for
    /// the value, ⌈n/2⌉ times for the gradient and n(n+1)/2 times for the Hessian;
    /// beyond about ten dimensions ``reverseMode(_:latex:name:dimension:minima:saddlePoints:box:_:)``
    /// is faster with the same closure.
    ///
    /// ```swift
    /// let ravine = Objective("0.1x₁² + 2x₂²") { x in 0.1 * x[0] * x[0] + 2 * x[1] * x[1] }
    /// ```
    public init(
        _ formula: String, latex: String? = nil, name: String? = nil, dimension: Int = 2,
        minima: [Vector] = [], saddlePoints: [Vector] = [], box: [ClosedRange<Double>]? = nil,
        _ f: @escaping @Sendable (Variables<HyperDual>) -> HyperDual
    ) {
        self.init(name: name ?? formula, formula: formula, latex: latex ?? formula, dimension: dimension,
                  minima: minima, saddlePoints: saddlePoints,
                  box: box ?? Array(repeating: -2.0...2.0, count: dimension),
                  value: { x in Variables.with(x, directions: -1, -1) { f($0) }.value.value },
                  gradient: { x in
                      // Seeding two directions per pass gives two partials at once.
                      var g = Vector(zeros: x.count)
                      for i in stride(from: 0, to: x.count, by: 2) {
                          let y = Variables.with(x, directions: i, i + 1) { f($0) }
                          g[i] = y.value.derivative
                          if i + 1 < x.count { g[i + 1] = y.derivative.value }
                      }
                      return g
                  },
                  hessian: { x in hessianByPairs(x) { i, j in Variables.with(x, directions: i, j) { f($0) } } })
    }

    /// A one-dimensional objective from a closure over ``HyperDual`` numbers.
    ///
    /// ```swift
    /// let f = Objective("x cos(πx)") { x in x * cos(.pi * x) }
    /// f.derivative(at: 1)    // −1
    /// ```
    public init(
        _ formula: String, latex: String? = nil, name: String? = nil,
        minima: [Double] = [], saddlePoints: [Double] = [], box: ClosedRange<Double> = -2...2,
        _ f: @escaping @Sendable (HyperDual) -> HyperDual
    ) {
        self.init(formula, latex: latex, name: name, dimension: 1,
                  minima: minima.map { [$0] }, saddlePoints: saddlePoints.map { [$0] }, box: [box]) { x in f(x[0]) }
    }

    /// An objective from explicit value, gradient and Hessian closures (used
    /// by the constructors above; the derivatives must be exact).
    public init(
        name: String, formula: String, latex: String, dimension: Int,
        minima: [Vector], saddlePoints: [Vector], box: [ClosedRange<Double>],
        value: @escaping @Sendable (Vector) -> Double,
        gradient: @escaping @Sendable (Vector) -> Vector,
        hessian: @escaping @Sendable (Vector) -> Matrix
    ) {
        precondition(dimension >= 1, "Objective dimension \(dimension) must be at least 1")
        self.name = name
        self.formula = formula
        self.latex = latex
        self.dimension = dimension
        self.minima = minima
        self.saddlePoints = saddlePoints
        self.box = box
        self.valueFunction = value
        self.gradientFunction = gradient
        self.hessianFunction = hessian
    }
}

/// The Hessian from one second-order evaluation per pair i ≤ j, mirrored.
@inline(__always)
func hessianByPairs(_ x: Vector, _ evaluate: (Int, Int) -> HyperDual) -> Matrix {
    var h = Matrix(zeros: x.count)
    for i in 0..<x.count {
        for j in i..<x.count {
            let second = evaluate(i, j).derivative.derivative
            h[i, j] = second
            h[j, i] = second
        }
    }
    return h
}
