// Marks built from the optimizer library's objectives, so chapter code says
// `Contour(.ravine)` rather than re-typing the formula as a plotting closure.

extension Contour {
    /// Isolines of a two-dimensional objective, over its suggested box unless ranges are given.
    ///
    /// ```swift
    /// Contour(.rosenbrock, levels: .logarithmic(count: 20))
    /// ```
    public init(
        _ f: Objective, x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil, resolution: Int = 150,
        levels: ContourLevels = .automatic(), filled: Bool = false, colormap: Colormap = .viridis
    ) {
        let (xRange, yRange) = planeBox(of: f, x: x, y: y, for: "Contour")
        self.init(x: xRange, y: yRange, resolution: resolution, levels: levels, filled: filled, colormap: colormap) {
            f(Vector(storage: SIMD8($0, $1, 0, 0, 0, 0, 0, 0), count: 2))
        }
    }
}

extension Surface {
    /// A 3-D view of a two-dimensional objective over its suggested box unless ranges are given;
    /// its vertical axis is named `zLabel` ("f" unless given).
    public init(
        _ f: Objective, x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil, resolution: Int = 32,
        style: Style = .shaded, elevation: Double = 28, azimuth: Double = -55, zLabel: String = "f"
    ) {
        let (xRange, yRange) = planeBox(of: f, x: x, y: y, for: "Surface")
        self.init(x: xRange, y: yRange, resolution: resolution, style: style, elevation: elevation, azimuth: azimuth,
                  zLabel: zLabel) {
            f(Vector(storage: SIMD8($0, $1, 0, 0, 0, 0, 0, 0), count: 2))
        }
    }
}

extension Line {
    /// The curve y = f(x) of a one-dimensional objective, over its suggested range unless one is given.
    ///
    /// ```swift
    /// Line(.xCosPiX, label: "f(x) = x cos(πx)")
    /// ```
    public init(
        _ f: Objective, x: ClosedRange<Double>? = nil, samples: Int = 400, label: String? = nil,
        color: Color? = nil, dashed: Bool = false
    ) {
        precondition(f.dimension == 1, "Line(objective) draws one-dimensional objectives; \(f.name) has dimension \(f.dimension): use Contour or Surface")
        self.init(x: x ?? f.box[0], samples: samples, label: label, color: color, dashed: dashed) { f($0) }
    }

    /// The learning rate ηₜ of a schedule for t = 0, 1, …, steps − 1.
    ///
    /// ```swift
    /// Line(CosineSchedule(…), steps: 100, label: "cosine")
    /// ```
    public init(_ schedule: some Schedule, steps: Int, label: String? = nil, color: Color? = nil, dashed: Bool = false) {
        let values = schedule.values(steps: steps)
        self.init(x: values.indices.map(Double.init), y: values, label: label, color: color, dashed: dashed)
    }
}

/// Markers at the known minima of an objective (on its curve for a one-dimensional one).
///
/// ```swift
/// Figure { Contour(.himmelblau); minimumMarkers(of: .himmelblau) }
/// ```
public func minimumMarkers(of f: Objective, label: String? = "minimum") -> [any Mark] {
    f.minima.enumerated().map { index, point in
        let label = index == 0 ? label : nil
        return f.dimension == 1
            ? Minimum((point[0], f(point)), label: label)
            : Minimum((point[0], point[1]), label: label)
    }
}

/// The plotting box of a 2-D objective, or a clear trap naming the mark when it is not 2-D.
func planeBox(
    of f: Objective, x: ClosedRange<Double>?, y: ClosedRange<Double>?, for mark: String
) -> (ClosedRange<Double>, ClosedRange<Double>) {
    precondition(f.dimension == 2, "\(mark) draws two-dimensional objectives; \(f.name) has dimension \(f.dimension)")
    return (x ?? f.box[0], y ?? f.box[1])
}
