import RealModule

// The one-dimensional functions of the course. Each is a generic struct, so
// one definition serves values, gradients and Hessians.

/// f(x) = x².
public struct Square: DifferentiableFunction {
    /// Evaluates x².
    @inlinable public func callAsFunction<T: DifferentiableScalar>(_ x: Variables<T>) -> T { x[0] * x[0] }
}

/// f(x) = x·cos(cx).
public struct XCos: DifferentiableFunction {
    /// The frequency c.
    public let c: Double
    /// Evaluates x·cos(cx).
    @inlinable public func callAsFunction<T: DifferentiableScalar>(_ x: Variables<T>) -> T { x[0] * cos(T(constant: c) * x[0]) }
}

/// f(x) = cosh(cx).
public struct CoshScaled: DifferentiableFunction {
    /// The scale c.
    public let c: Double
    /// Evaluates cosh(cx).
    @inlinable public func callAsFunction<T: DifferentiableScalar>(_ x: Variables<T>) -> T { cosh(T(constant: c) * x[0]) }
}

/// f(x) = x³.
public struct Cube: DifferentiableFunction {
    /// Evaluates x³.
    @inlinable public func callAsFunction<T: DifferentiableScalar>(_ x: Variables<T>) -> T { x[0] * x[0] * x[0] }
}

/// f(x) = tanh x.
public struct HyperbolicTangent: DifferentiableFunction {
    /// Evaluates tanh x.
    @inlinable public func callAsFunction<T: DifferentiableScalar>(_ x: Variables<T>) -> T { tanh(x[0]) }
}

/// f(x) = eˣ.
public struct Exponential: DifferentiableFunction {
    /// Evaluates eˣ.
    @inlinable public func callAsFunction<T: DifferentiableScalar>(_ x: Variables<T>) -> T { exp(x[0]) }
}

extension Objective {
    /// f(x) = x², the convex parabola; minimum at 0.
    public static let square = Objective(
        name: "x²", formula: "x²", latex: "f(x) = x^2", dimension: 1,
        minima: [[0]], box: [-2...2], function: Square())

    /// f(x) = x·cos(πx): local minima (and maxima) everywhere; the minima in
    /// the box [−2, 2] are listed.
    public static let xCosPiX = xCos(c: .pi, name: "x cos(πx)", formula: "x·cos(πx)", latex: "f(x) = x \\cos(\\pi x)")

    /// f(x) = x·cos(cx) for a frequency c, with the local minima and maxima
    /// of the box [−2, 2] found from the exact derivatives.
    public static func xCos(c: Double) -> Objective {
        xCos(c: c, name: "x cos(\(formatted(c))x)", formula: "x·cos(\(formatted(c))x)",
             latex: "f(x) = x \\cos(\(formatted(c)) x)")
    }

    private static func xCos(c: Double, name: String, formula: String, latex: String) -> Objective {
        var f = Objective(name: name, formula: formula, latex: latex, dimension: 1,
                          box: [-2...2], function: XCos(c: c))
        f.minima = f.criticalPoints1D(in: -2...2, where: { $0 > 0 })
        return f
    }

    /// f(x) = cosh(cx): convex, minimum at 0, flat for small c and steep for large c.
    public static func cosh(c: Double) -> Objective {
        Objective(name: "cosh(\(formatted(c))x)", formula: "cosh(\(formatted(c))x)",
                  latex: "f(x) = \\cosh(\(formatted(c)) x)", dimension: 1,
                  minima: [[0]], box: [-2...2], function: CoshScaled(c: c))
    }

    /// f(x) = x³: no minimum, and a saddle (inflection) point at 0 where the
    /// gradient vanishes.
    public static let cube = Objective(
        name: "x³", formula: "x³", latex: "f(x) = x^3", dimension: 1,
        saddlePoints: [[0]], box: [-2...2], function: Cube())

    /// f(x) = tanh x: the vanishing-gradient example, no critical point.
    public static let tanh = Objective(
        name: "tanh x", formula: "tanh(x)", latex: "f(x) = \\tanh(x)", dimension: 1,
        box: [-4...4], function: HyperbolicTangent())

    /// f(x) = eˣ: convex with no minimiser (the infimum 0 is not attained).
    public static let exp = Objective(
        name: "eˣ", formula: "exp(x)", latex: "f(x) = e^x", dimension: 1,
        box: [-2...2], function: Exponential())

    /// Critical points in `range` whose second derivative satisfies
    /// `curvature`, located from sign changes of f′ on a fine grid and then
    /// polished with Newton's method (exact derivatives throughout).
    func criticalPoints1D(in range: ClosedRange<Double>, where curvature: (Double) -> Bool) -> [Vector] {
        let n = 2000
        var points: [Vector] = []
        var previous = derivative(at: range.lowerBound)
        for k in 1...n {
            let x = range.lowerBound + (range.upperBound - range.lowerBound) * Double(k) / Double(n)
            let d = derivative(at: x)
            if (previous < 0) != (d < 0) {
                let root = polishedCriticalPoint(near: [x])
                if curvature(secondDerivative(at: root[0])), range.contains(root[0]) { points.append(root) }
            }
            previous = d
        }
        return points
    }

    /// A critical point polished by plain Newton steps from a nearby guess.
    func polishedCriticalPoint(near guess: Vector) -> Vector {
        var x = guess
        for _ in 0..<50 {
            let next = x - hessian(at: x).solve(gradient(at: x))
            guard next.isFinite else { break }
            x = next
        }
        return x
    }
}
