/// A point in data or pixel space.
public struct Point: Sendable, Hashable {
    /// Horizontal coordinate.
    public var x: Double
    /// Vertical coordinate.
    public var y: Double

    /// Creates a point.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    /// Creates a point from a tuple.
    public init(_ tuple: (Double, Double)) {
        self.init(tuple.0, tuple.1)
    }

    /// True when both coordinates are finite.
    public var isFinite: Bool { x.isFinite && y.isFinite }

    static func + (a: Point, b: Point) -> Point { Point(a.x + b.x, a.y + b.y) }
    static func - (a: Point, b: Point) -> Point { Point(a.x - b.x, a.y - b.y) }
    static func * (a: Point, s: Double) -> Point { Point(a.x * s, a.y * s) }
    var length: Double { (x * x + y * y).squareRoot() }
}

/// A width and a height.
public struct Size: Sendable, Hashable {
    /// Horizontal extent.
    public var width: Double
    /// Vertical extent.
    public var height: Double

    /// Creates a size.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

/// An axis-aligned rectangle; in pixel space `y` grows downwards.
public struct Rect: Sendable, Hashable {
    /// Left edge.
    public var x: Double
    /// Top edge (pixel space).
    public var y: Double
    /// Horizontal extent.
    public var width: Double
    /// Vertical extent.
    public var height: Double

    /// Creates a rectangle.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The smallest x.
    public var minX: Double { x }
    /// The largest x.
    public var maxX: Double { x + width }
    /// The smallest y.
    public var minY: Double { y }
    /// The largest y.
    public var maxY: Double { y + height }
    /// The centre.
    public var center: Point { Point(x + width / 2, y + height / 2) }

    /// True when `p` lies inside or on the boundary.
    public func contains(_ p: Point) -> Bool {
        p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY
    }

    /// True when the rectangles overlap.
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// The rectangle grown by `d` on every side (shrunk when negative).
    public func insetBy(_ d: Double) -> Rect {
        Rect(x: x + d, y: y + d, width: max(0, width - 2 * d), height: max(0, height - 2 * d))
    }
}

/// Data extent of a mark: the box its data occupies.
public struct DataBounds: Sendable, Hashable {
    /// Horizontal extent.
    public var x: ClosedRange<Double>
    /// Vertical extent.
    public var y: ClosedRange<Double>

    /// Creates bounds from two ranges.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>) {
        self.x = x
        self.y = y
    }

    /// The bounds of the finite points, or nil when there are none.
    public init?<S: Sequence>(points: S) where S.Element == Point {
        var lx = Double.infinity, hx = -Double.infinity, ly = Double.infinity, hy = -Double.infinity
        for p in points where p.isFinite {
            lx = min(lx, p.x); hx = max(hx, p.x); ly = min(ly, p.y); hy = max(hy, p.y)
        }
        guard lx <= hx, ly <= hy else { return nil }
        self.init(x: lx...hx, y: ly...hy)
    }

    /// The smallest bounds containing both.
    public func union(_ o: DataBounds) -> DataBounds {
        DataBounds(x: min(x.lowerBound, o.x.lowerBound)...max(x.upperBound, o.x.upperBound),
                   y: min(y.lowerBound, o.y.lowerBound)...max(y.upperBound, o.y.upperBound))
    }
}
