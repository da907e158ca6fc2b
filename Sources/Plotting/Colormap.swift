/// A continuous colour scale sampled on 0…1 by piecewise-linear interpolation between stops.
public struct Colormap: Sendable, Hashable {
    /// Evenly spaced control colours from t = 0 to t = 1.
    public var stops: [Color]

    /// Creates a colormap from evenly spaced stops (at least one).
    public init(stops: [Color]) {
        precondition(!stops.isEmpty, "a colormap needs at least one stop")
        self.stops = stops
    }

    /// The colour at `t`, clamped to 0…1; NaN maps to the first stop.
    public func color(at t: Double) -> Color {
        guard stops.count > 1, t.isFinite else { return stops[0] }
        let u = min(max(t, 0), 1) * Double(stops.count - 1)
        let i = min(Int(u), stops.count - 2)
        return stops[i].mixed(with: stops[i + 1], u - Double(i))
    }

    /// Viridis (van der Walt and Smith), perceptually uniform, from its ten published anchor colours.
    public static let viridis = Colormap(stops: [
        0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E,
        0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725,
    ].map { Color(hex: $0) })

    /// A grey ramp, useful for monochrome isolines.
    public static let grays = Colormap(stops: [Color(hex: 0x303030), Color(hex: 0xB0B0B0)])
}
