/// The frames of a sweep figure, split for a page: what every frame draws alike is
/// rendered once to a PNG per theme (the contours, axes, ticks, a fixed legend), and what
/// changes from frame to frame (a trajectory, a readout in the title) is kept as vector
/// drawing operations in CSS pixels that the page's canvas replays.
///
/// The browser only draws: the positions are the ones Swift computed, to 0.1 px.
///
/// ```swift
/// let layers = try SweepLayers(frames: Figure.sharingAxes(frames))
/// layers.backgroundPNG(.light)    // PNG bytes
/// layers.frameOperations[3]       // JSON array of drawing operations of frame 4
/// ```
public struct SweepLayers: Sendable {
    /// Width of every frame at 1×, in CSS pixels.
    public let width: Int
    /// Height of every frame at 1×, in CSS pixels.
    public let height: Int
    /// The shared part, PNG at the scale asked for, per theme.
    public let background: [Theme: [UInt8]]
    /// Per frame, a JSON array of drawing operations (see ``SweepScriptEncoder``).
    public let frameOperations: [String]
    /// JSON array of the drawing operations every frame draws on top of its own: shared
    /// units that the figure draws after a varying one (a fixed legend over a path).
    public let topOperations: String
    /// Shared units with at most this many path elements can be drawn on top by the canvas.
    static let topElementLimit = 2000
    /// Groups of the axes and title: always in the background, so their text is Cairo's.
    static let furniture: Set<String> = ["grid", "frame", "x-ticks", "y-ticks", "x-label", "y-label", "title"]
    /// JSON array of `[light, dark]` CSS colours the operations refer to by index.
    public let colorsJSON: String
    /// JSON array of `[x, y, width, height]` clip rectangles the operations refer to by index.
    public let clipsJSON: String
    /// How many drawing units every frame shares, and how many vary in at least one frame.
    public let sharedUnitCount: Int

    /// The PNG of the shared part in `theme`.
    public func backgroundPNG(_ theme: Theme) -> [UInt8] { background[theme] ?? [] }

    /// Splits `frames`, which should already share their axes (``Figure/sharingAxes(_:)``).
    public init(frames: [Figure], scale: Double = 2) throws {
        guard let first = frames.first else { throw SweepError.mismatch(frame: 0, detail: "there are no frames") }
        width = first.width
        height = first.height
        var pairs: [[ThemedUnit]] = []
        for (index, frame) in frames.enumerated() {
            let light = try LayerRecorder.units(of: frame, theme: .light)
            let dark = try LayerRecorder.units(of: frame, theme: .dark)
            guard light.count == dark.count else { throw SweepError.themes(frame: index) }
            pairs.append(zip(light, dark).map { ThemedUnit(light: $0.unit, dark: $1.unit, name: $0.name) })
        }
        // A unit is shared when every frame draws it (as many times as the frame drawing it least).
        var shared = Self.counts(pairs[0])
        for frame in pairs.dropFirst() {
            let counts = Self.counts(frame)
            shared = shared.reduce(into: [:]) { result, entry in
                let n = min(entry.value, counts[entry.key] ?? 0)
                if n > 0 { result[entry.key] = n }
            }
        }
        // Shared units drawn after a varying one (a legend over a path, the axes' frame) stay
        // above it: small ones are drawn by the canvas after every frame, large ones (an isoline
        // drawn late) go to the background, accepting the changed order.
        var backgroundUnits: [ThemedUnit] = [], topUnits: [ThemedUnit] = []
        var remaining = shared
        var seenVarying = false
        for unit in pairs[0] {
            guard let n = remaining[unit], n > 0 else { seenVarying = true; continue }
            remaining[unit] = n - 1
            let elements = unit.light.reduce(0) { $0 + $1.elementCount }
            let furniture = unit.name.map(Self.furniture.contains) ?? true
            if seenVarying && !furniture && elements <= Self.topElementLimit { topUnits.append(unit) } else { backgroundUnits.append(unit) }
        }
        sharedUnitCount = backgroundUnits.count + topUnits.count
        var encoder = SweepScriptEncoder()
        var operations: [String] = []
        for (index, frame) in pairs.enumerated() {
            var left = shared
            var dynamic: [ThemedUnit] = []
            for unit in frame {
                if let n = left[unit], n > 0 { left[unit] = n - 1 } else { dynamic.append(unit) }
            }
            operations.append(try encoder.encode(dynamic, frame: index))
        }
        topOperations = try encoder.encode(topUnits, frame: 0)
        frameOperations = operations
        colorsJSON = encoder.colorsJSON
        clipsJSON = encoder.clipsJSON
        var images: [Theme: [UInt8]] = [:]
        for theme in Theme.allCases {
            let units = backgroundUnits.map { theme == .light ? $0.light : $0.dark }
            let renderer = try CairoRenderer(width: width, height: height, scale: scale)
            LayerRecorder.replay(units, to: renderer)
            images[theme] = try renderer.withPixels { pixels, w, h, stride in
                try PNGEncoder.encode(argb: pixels, width: w, height: h, stride: stride)
            }
        }
        background = images
    }

    private static func counts(_ units: [ThemedUnit]) -> [ThemedUnit: Int] {
        units.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}


extension LayerRecorder.Operation {
    /// Path elements (or 1 for text), a measure of how much the canvas would draw.
    var elementCount: Int {
        switch kind {
        case let .fill(path, _, _), let .stroke(path, _): return path.elements.count
        case .text: return 1
        }
    }
}

/// One unit as drawn in both themes (same shapes, the theme's colours).
struct ThemedUnit: Hashable {
    var light: LayerRecorder.Unit
    var dark: LayerRecorder.Unit
    /// The unit's outermost group (not part of its identity).
    var name: String?

    static func == (a: ThemedUnit, b: ThemedUnit) -> Bool { a.light == b.light && a.dark == b.dark }
    func hash(into hasher: inout Hasher) {
        hasher.combine(light)
        hasher.combine(dark)
    }
}
