// Per-step series of a run (one coordinate, the loss) and the figure that compares losses.

extension Run {
    /// The i-th coordinate (0-based: `coordinate(0)` is x₁) of every iterate x₀, x₁, …,
    /// or of the first `steps + 1` iterates when `steps` is given — a series to plot
    /// against the step number.
    ///
    /// ```swift
    /// let run = try GradientDescent(learningRate: 0.4).run(on: .ravine, from: [-5, -2], steps: 20)
    /// Line(run.coordinate(1), label: "x₂")   // flips sign every step
    /// ```
    public func coordinate(_ i: Int, steps: Int? = nil) -> [Double] {
        precondition(points.first.map { i >= 0 && i < $0.count } ?? true,
                     "Run.coordinate(\(i)): the run's iterates have \(points.first?.count ?? 0) coordinates, counted from 0")
        return points.prefix((steps ?? points.count) + 1).map { x in x[i] }
    }
}

extension Figure {
    /// The loss f(xₜ) of some runs against the step t, on a logarithmic axis unless told
    /// otherwise; `steps` keeps the first steps of longer runs. Labels default to the
    /// optimizers' names.
    ///
    /// ```swift
    /// let figure = Figure.losses(of: [slow, fast], labels: ["η = 0.1", "η = 0.4"], steps: 200)
    /// ```
    ///
    /// A logarithmic axis leaves gaps where a loss is zero or negative; pass `yScale: .linear`
    /// for objectives whose minimum value is not positive.
    public static func losses(
        of runs: [Run], labels: [String]? = nil, steps: Int? = nil, title: String? = nil,
        yScale: AxisScale = .log, width: Int = 640, height: Int = 480
    ) -> Figure {
        precondition(labels == nil || labels!.count == runs.count,
                     "Figure.losses: \(runs.count) runs but \(labels!.count) labels; give one label per run")
        return Figure(title: title, xLabel: "step t", yLabel: "f(xₜ)", yScale: yScale, width: width, height: height) {
            for (index, run) in runs.enumerated() {
                Line(Array(run.values.prefix((steps ?? run.values.count) + 1)), label: labels?[index] ?? run.optimizer)
            }
        }
    }
}
