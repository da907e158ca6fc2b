// Marks and figures built from optimizer runs.

extension Trajectory {
    /// The path of a two-dimensional run: (x₁, x₂) at every iterate, labelled with the
    /// optimizer's name unless a label is given; a diverged run is marked where it diverged.
    ///
    /// ```swift
    /// let run = try GradientDescent(learningRate: 0.4).run(on: .ravine, from: [-5, -2], steps: 20)
    /// Figure { Contour(.ravine); Trajectory(run, label: "η = 0.4") }
    /// ```
    public init(_ run: Run, label: String? = nil, color: Color? = nil, showsSteps: Bool = true) {
        precondition(run.points.first.map { $0.count >= 2 } ?? true,
                     "Trajectory(run) draws two-dimensional runs; for a one-dimensional run write Trajectory(run, on: f)")
        self.init(points: run.points.map { Point($0[0], $0[1]) }, label: label ?? run.optimizer,
                  divergedAt: run.divergedAt, color: color, showsSteps: showsSteps)
    }

    /// A one-dimensional run drawn on the curve of its objective: the points (xₖ, f(xₖ)).
    public init(_ run: Run, on f: Objective, label: String? = nil, color: Color? = nil, showsSteps: Bool = true) {
        self.init(points: zip(run.points, run.values).map { Point($0[0], $1) }, label: label ?? run.optimizer,
                  divergedAt: run.divergedAt, color: color, showsSteps: showsSteps)
    }
}

extension Figure {
    /// The course's most common figure: isolines of a 2-D objective, the paths of some
    /// runs, and the known minima. Labels default to the optimizers' names.
    ///
    /// ```swift
    /// let figure = Figure.contours(of: .ravine, runs: [slow, fast], labels: ["η = 0.4", "η = 0.6"])
    /// ```
    public static func contours(
        of f: Objective, runs: [Run], labels: [String]? = nil, title: String? = nil,
        x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil,
        levels: ContourLevels = .automatic(), filled: Bool = false,
        width: Int = 640, height: Int = 480
    ) -> Figure {
        precondition(labels == nil || labels!.count == runs.count,
                     "Figure.contours: \(runs.count) runs but \(labels!.count) labels; give one label per run")
        let (xRange, yRange) = planeBox(of: f, x: x, y: y, for: "Figure.contours")
        return Figure(title: title, xLabel: "x₁", yLabel: "x₂", x: xRange, y: yRange, width: width, height: height) {
            Contour(f, x: xRange, y: yRange, levels: levels, filled: filled)
            // The stars go under the runs: a run that converges ends on its star, and its
            // last iterates must stay visible.
            minimumMarkers(of: f)
            for (index, run) in runs.enumerated() {
                Trajectory(run, label: labels?[index])
            }
        }
    }

    /// A one-dimensional objective's curve with the iterates of some runs on it.
    ///
    /// ```swift
    /// let figure = Figure.curve(of: .square, runs: [run], labels: ["η = 0.2"])
    /// ```
    public static func curve(
        of f: Objective, runs: [Run] = [], labels: [String]? = nil, title: String? = nil,
        x: ClosedRange<Double>? = nil, width: Int = 640, height: Int = 400
    ) -> Figure {
        precondition(labels == nil || labels!.count == runs.count,
                     "Figure.curve: \(runs.count) runs but \(labels!.count) labels; give one label per run")
        return Figure(title: title, xLabel: "x", yLabel: "f(x)", width: width, height: height) {
            Line(f, x: x, label: "f(x) = \(f.formula)")
            for (index, run) in runs.enumerated() {
                Trajectory(run, on: f, label: labels?[index])
            }
        }
    }
}
