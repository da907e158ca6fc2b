#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Example figures of every kind, built from synthetic runs. Used by the tests'
/// reference images and the benchmark, and a starting point for chapter authors.
public enum Gallery {
    /// Plain gradient descent from `start`; the gradient is taken by central differences.
    public static func gradientDescent(_ f: (Double, Double) -> Double, from start: (Double, Double),
                                       learningRate: Double, momentum: Double = 0, steps: Int) -> [(Double, Double)] {
        var p = start
        var v = (0.0, 0.0)
        var out = [p]
        let h = 1e-6
        for _ in 0..<steps {
            let g = ((f(p.0 + h, p.1) - f(p.0 - h, p.1)) / (2 * h), (f(p.0, p.1 + h) - f(p.0, p.1 - h)) / (2 * h))
            v = (momentum * v.0 + g.0, momentum * v.1 + g.1)
            p = (p.0 - learningRate * v.0, p.1 - learningRate * v.1)
            out.append(p)
            if !(p.0.isFinite && p.1.isFinite) { break }
        }
        return out
    }

    static let ravine: @Sendable (Double, Double) -> Double = { x, y in 0.1 * x * x + 2 * y * y }

    /// Contour of a ravine with two gradient-descent runs and the minimum.
    public static var contour: Figure {
        Figure(title: "Gradient descent in a ravine", xLabel: "x₁", yLabel: "x₂") {
            Contour(x: -6...6, y: -3...3, function: ravine)
            Trajectory(gradientDescent(ravine, from: (-5, 2.5), learningRate: 0.4, steps: 20), label: "GD, η = 0.4")
            Trajectory(gradientDescent(ravine, from: (-5, 2.5), learningRate: 0.1, momentum: 0.5, steps: 20),
                       label: "momentum, η = 0.1, β = 0.5")
            Minimum((0, 0), label: "minimum")
        }
    }

    /// Filled log-spaced contours of the Rosenbrock function.
    public static var filledContour: Figure {
        let rosenbrock: (Double, Double) -> Double = { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }
        return Figure(title: "Rosenbrock function", xLabel: "x₁", yLabel: "x₂") {
            Contour(x: -2...2, y: -1...3, levels: .automatic(count: 14), filled: true, function: rosenbrock)
            Trajectory(gradientDescent(rosenbrock, from: (-1.5, 2.5), learningRate: 0.0012, steps: 200),
                       label: "GD, η = 0.0012", showsSteps: false)
            Minimum((1, 1))
        }
    }

    /// A run that diverges: drawn to the edge and labelled.
    public static var diverged: Figure {
        Figure(title: "Too large a learning rate", xLabel: "x₁", yLabel: "x₂") {
            Contour(x: -6...6, y: -3...3, levels: .linear(count: 10), function: ravine)
            Trajectory(gradientDescent(ravine, from: (-5, 0.5), learningRate: 0.55, steps: 30), label: "GD, η = 0.55")
            Trajectory(gradientDescent(ravine, from: (-5, -1), learningRate: 0.2, steps: 30), label: "GD, η = 0.2")
        }
    }

    /// A 1-D function with gradient-descent iterates and annotations.
    public static var function1D: Figure {
        let c = 0.15 * Double.pi
        let f: @Sendable (Double) -> Double = { x in x * cos(c * x) }
        let df: (Double) -> Double = { x in cos(c * x) - c * x * sin(c * x) }
        var xs = [3.5]
        for _ in 0..<8 { xs.append(xs.last! - 0.6 * df(xs.last!)) }
        // Local minima by scanning the curve; the lowest interior one is global on this range.
        let grid = (0...800).map { -10 + 20 * Double($0) / 800 }
        let minima = (1..<(grid.count - 1)).map { grid[$0] }.filter { f($0) < f($0 - 0.025) && f($0) < f($0 + 0.025) }
        let global = minima.min { f($0) < f($1) } ?? 0
        return Figure(title: "Gradient descent on x·cos(cx)", xLabel: "x", yLabel: "f(x)") {
            Line(x: -10...10, label: "f(x) = x·cos(0.15πx)", color: .gray, function: f)
            Trajectory(iterates: xs, on: f, label: "gradient descent, η = 0.6")
            for m in minima where m != global {
                Annotation("local minimum", at: (m, f(m)), offset: (0, 48))
            }
            Annotation("global minimum", at: (global, f(global)), offset: (0, -56))
        }
    }

    /// Learning-rate schedules against the step.
    public static var schedules: Figure {
        let steps = 0..<400
        return Figure(title: "Learning-rate schedules", xLabel: "step", yLabel: "learning rate η") {
            Line(steps.map { _ in 0.1 }, label: "constant")
            Line(steps.map { 0.1 * pow(0.5, Double($0 / 100)) }, label: "step decay")
            Line(steps.map { 0.05 * (1 + cos(Double.pi * Double($0) / 400)) }, label: "cosine")
            Line(steps.map { $0 < 40 ? 0.1 * Double($0) / 40 : 0.1 * pow(40 / Double($0), 0.5) },
                 label: "warm-up, then 1/√t", dashed: true)
        }
    }

    /// Loss curves on a log y axis.
    public static var lossCurves: Figure {
        let series = [("SGD", 0.004), ("momentum", 0.012), ("RMSProp", 0.02), ("Adam", 0.03)]
        func loss(_ k: Int, _ rate: Double, _ t: Int) -> Double {
            let decay: Double = exp(-rate * Double(t))
            let noise: Double = 0.3 * decay * sin(Double(t) * 0.7 + Double(k))
            return 2.5 * decay + 1e-3 * Double(k + 1) + noise * decay
        }
        return Figure(title: "Training loss", xLabel: "step", yLabel: "loss", yScale: .log) {
            for (k, (name, rate)) in series.enumerated() {
                Line((0..<500).map { loss(k, rate, $0) }, label: name)
            }
        }
    }

    /// Three runs side by side with shared axes.
    public static var panels: Figure {
        let runs: [(String, Double)] = [("SGD", 0), ("momentum β = 0.5", 0.5), ("momentum β = 0.25", 0.25)]
        return .panels(runs.map { name, beta in
            Figure(title: name, xLabel: "x₁", yLabel: "x₂") {
                Contour(x: -6...6, y: -3...3, levels: .linear(count: 8), function: ravine)
                Trajectory(gradientDescent(ravine, from: (-5, 2.5), learningRate: 0.4, momentum: beta, steps: 25))
            }
        }, columns: 3, sharedAxes: true, title: "Momentum damps the zig-zag", width: 960, height: 340)
    }

    /// The saddle x₁² − x₂² as a shaded surface, with a gradient-descent run lifted onto it.
    public static var surface: Figure {
        let saddle: @Sendable (Double, Double) -> Double = { x, y in x * x - y * y }
        return Figure(title: "Saddle point of x₁² − x₂²", xLabel: "x₁", yLabel: "x₂") {
            Surface(x: -1...1, y: -1...1, zLabel: "f", function: saddle)
            Trajectory(gradientDescent(saddle, from: (-0.95, 0.02), learningRate: 0.1, steps: 16), label: "GD, η = 0.1")
        }
    }

    /// The same saddle as a wireframe with hidden lines removed, seen from another side.
    public static var wireframe: Figure {
        Figure(title: "Saddle point (wireframe)", xLabel: "x₁", yLabel: "x₂") {
            Surface(x: -1...1, y: -1...1, resolution: 24, style: .wireframe, elevation: 35, azimuth: 30) { x, y in
                x * x - y * y
            }
        }
    }

    /// Convex and non-convex sets and the chord of a convex function.
    public static var shapes: Figure {
        Figure(title: "Convex sets and a chord", y: 0...6.5, equalAspect: true) {
            Polygon([(0.5, 0.5), (2.5, 0.3), (3.2, 1.8), (1.8, 3.0), (0.6, 2.4)], label: "convex set")
            Polygon([(4, 0.5), (6.5, 0.5), (6.5, 3), (5.3, 3), (5.3, 1.5), (4, 1.5)], label: "non-convex set")
            Segment(from: (4.6, 1.0), to: (5.9, 2.6), label: "chord leaving the set", dashed: true)
            Line(x: 0...7, color: .gray) { x in 0.12 * (x - 3.5) * (x - 3.5) + 3.6 }
            Segment(from: (1, 0.12 * 6.25 + 3.6), to: (6, 0.12 * 6.25 + 3.6), label: "chord above a convex f")
            Points([(1.2, 1.2), (2.2, 2.2), (5.8, 1.0)], label: "points", color: Color(hex: 0x333333))
        }
    }

    /// Every example, named.
    public static var all: [(name: String, figure: Figure)] {
        [("contour", contour), ("contour-filled", filledContour), ("diverged", diverged),
         ("function-1d", function1D), ("schedules", schedules), ("loss-log", lossCurves),
         ("panels", panels), ("surface", surface), ("wireframe", wireframe), ("shapes", shapes)]
    }
}
