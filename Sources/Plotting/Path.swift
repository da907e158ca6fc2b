/// A vector path in pixel space: subpaths of straight segments and circles.
public struct Path: Sendable, Hashable {
    /// One drawing command.
    public enum Element: Sendable, Hashable {
        /// Starts a new subpath.
        case move(Point)
        /// A straight segment from the current point.
        case line(Point)
        /// Closes the current subpath.
        case close
        /// A full circle as its own subpath.
        case circle(center: Point, radius: Double)
    }

    /// The commands in order.
    public private(set) var elements: [Element] = []

    /// An empty path.
    public init() {}

    /// True when nothing was added.
    public var isEmpty: Bool { elements.isEmpty }

    /// Starts a subpath at `p`.
    public mutating func move(to p: Point) { elements.append(.move(p)) }
    /// Adds a segment to `p`.
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    /// Closes the current subpath.
    public mutating func close() { elements.append(.close) }
    /// Adds a circle.
    public mutating func addCircle(center: Point, radius: Double) {
        elements.append(.circle(center: center, radius: radius))
    }

    /// Adds an open (or closed) polyline through `points`.
    public mutating func addPolyline(_ points: [Point], closed: Bool = false) {
        guard let first = points.first else { return }
        elements.reserveCapacity(elements.count + points.count + 1)
        move(to: first)
        for p in points.dropFirst() { line(to: p) }
        if closed { close() }
    }

    /// Appends all subpaths of `other`.
    public mutating func append(_ other: Path) { elements += other.elements }

    /// Adds a rectangle as a closed subpath.
    public mutating func addRect(_ r: Rect) {
        addPolyline([Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)],
                    closed: true)
    }

    /// A path made of one polyline.
    public static func polyline(_ points: [Point], closed: Bool = false) -> Path {
        var p = Path()
        p.addPolyline(points, closed: closed)
        return p
    }

    /// A rectangle path.
    public static func rect(_ r: Rect) -> Path {
        var p = Path()
        p.addRect(r)
        return p
    }

    /// A circle path.
    public static func circle(_ c: Point, radius: Double) -> Path {
        var p = Path()
        p.addCircle(center: c, radius: radius)
        return p
    }

    /// Number of subpaths.
    public var subpathCount: Int {
        elements.reduce(0) { n, e in
            switch e {
            case .move, .circle: return n + 1
            default: return n
            }
        }
    }
}
