import RealModule

// The two-dimensional functions of the course.

/// f(x) = a·x₁² + b·x₂², an axis-aligned quadratic (a ravine when a ≪ b).
public struct Quadratic: DifferentiableFunction {
    /// The curvature coefficients.
    public let a: Double, b: Double
    /// Evaluates a·x₁² + b·x₂².
    @inlinable public func callAsFunction<T: DifferentiableScalar>(_ x: Variables<T>) -> T {
        let first: T = T(constant: a) * x[0] * x[0]
        return first + T(constant: b) * x[1] * x[1]
    }
}

/// f(x) = (1 − x₁)² + 100(x₂ − x₁²)².
public struct Rosenbrock: DifferentiableFunction {
    /// Evaluates the Rosenbrock function.
    @inlinable public func callAsFunction<T: DifferentiableScalar>(_ x: Variables<T>) -> T {
        let a = 1 - x[0]
        let b = x[1] - x[0] * x[0]
        return a * a + 100 * b * b
    }
}

/// f(x) = (x₁² + x₂ − 11)² + (x₁ + x₂² − 7)².
public struct Himmelblau: DifferentiableFunction {
    /// Evaluates Himmelblau's function.
    @inlinable public func callAsFunction<T: DifferentiableScalar>(_ x: Variables<T>) -> T {
        let a = x[0] * x[0] + x[1] - 11
        let b = x[0] + x[1] * x[1] - 7
        return a * a + b * b
    }
}

extension Objective {
    /// f(x) = 0.1x₁² + 2x₂²: the ravine where gradient descent zig-zags
    /// (condition number 20). Minimum at the origin.
    public static let ravine = Objective(
        name: "ravine", formula: "0.1x₁² + 2x₂²", latex: "f(\\mathbf{x}) = 0.1 x_1^2 + 2 x_2^2",
        dimension: 2, minima: [[0, 0]], box: [-6...6, -3...3], function: Quadratic(a: 0.1, b: 2))

    /// f(x) = x₁² + 2x₂²: a mildly elongated bowl. Minimum at the origin.
    public static let bowl = Objective(
        name: "bowl", formula: "x₁² + 2x₂²", latex: "f(\\mathbf{x}) = x_1^2 + 2 x_2^2",
        dimension: 2, minima: [[0, 0]], box: [-6...6, -3...3], function: Quadratic(a: 1, b: 2))

    /// f(x) = x₁² − x₂²: the saddle; the origin is a saddle point and there is no minimum.
    public static let saddle = Objective(
        name: "saddle", formula: "x₁² − x₂²", latex: "f(\\mathbf{x}) = x_1^2 - x_2^2",
        dimension: 2, saddlePoints: [[0, 0]], box: [-2...2, -2...2], function: Quadratic(a: 1, b: -1))

    /// The Rosenbrock function, a curved narrow valley; minimum f = 0 at (1, 1).
    public static let rosenbrock = Objective(
        name: "Rosenbrock", formula: "(1 − x₁)² + 100(x₂ − x₁²)²",
        latex: "f(\\mathbf{x}) = (1 - x_1)^2 + 100\\,(x_2 - x_1^2)^2",
        dimension: 2, minima: [[1, 1]], box: [-2...2, -1...3], function: Rosenbrock())

    /// Himmelblau's function: four minima (all with f = 0), four saddle
    /// points and one maximum in the box [−5, 5]². The listed points are
    /// polished with Newton's method from four-decimal guesses.
    public static let himmelblau: Objective = {
        var f = Objective(
            name: "Himmelblau", formula: "(x₁² + x₂ − 11)² + (x₁ + x₂² − 7)²",
            latex: "f(\\mathbf{x}) = (x_1^2 + x_2 - 11)^2 + (x_1 + x_2^2 - 7)^2",
            dimension: 2, box: [-5...5, -5...5], function: Himmelblau())
        f.minima = [[3, 2], [-2.8051, 3.1313], [-3.7793, -3.2832], [3.5844, -1.8481]]
            .map(f.polishedCriticalPoint(near:))
        f.saddlePoints = [[0.0867, 2.8843], [3.3852, 0.0739], [-3.0730, -0.0814], [-0.1280, -1.9537]]
            .map(f.polishedCriticalPoint(near:))
        return f
    }()

    /// Every catalogue objective, for tables and tests (`xCos` and `cosh`
    /// appear with c = π and c = 1).
    public static var catalogue: [Objective] {
        [.square, .xCosPiX, .cosh(c: 1), .cube, .tanh, .exp,
         .ravine, .bowl, .saddle, .rosenbrock, .himmelblau]
    }
}
