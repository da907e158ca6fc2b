internal import RunProtocol

/// Turns the frames of a sweep into the files a page needs and the record the builder
/// reads — pure steps, so tests can check them without a build.
///
/// Making the assembly is cheap and checks what the frames get wrong (sizes, scales, panels
/// that differ, axis ranges that cannot be drawn): `showSweep` does it at the caller's line.
/// ``renderFiles()`` is the expensive part — drawing every frame — and runs on a background
/// render.
///
/// Files, for figure number `n`:
/// - `figure-n-light.png`, `figure-n-dark.png`: the default frame, whole (no JavaScript, print);
/// - `figure-n-base-light.png`, `figure-n-base-dark.png`: what all frames share;
/// - `figure-n-frames.js`: the varying part of every frame as drawing operations, with
///   the readouts and alt texts, for the page's player (loaded when the figure is in view).
struct SweepAssembly: Sendable {
    /// One parameter as the page shows it.
    struct Parameter: Equatable, Sendable {
        var name: String
        var labels: [String]
        var defaultIndex: Int
    }

    /// The sweep event's record of the frames.
    var record: SweepRecord
    /// File names of the default frame.
    var lightFile = "", darkFile = ""
    /// The default frame's alt text.
    var alt = ""
    var width = 0, height = 0

    /// The frames on their shared axes, in sweep order.
    private let figures: [Figure]
    private let readouts: [String], alts: [String]
    private let defaultFrame: Int
    private let scale: Double
    private let backgroundLight: String, backgroundDark: String, script: String

    /// - Parameters:
    ///   - frames: every setting's frame; index = i₁·n₂ + i₂ (first parameter outermost).
    ///   - defaultFrame: index of the default setting in `frames`.
    init(number: Int, parameters: [Parameter], frames: [SweepFrame], defaultFrame: Int, scale: Double = 2) throws {
        figures = try Figure.sharingAxes(frames.map(\.figure))
        guard let first = figures.first else { throw SweepError.mismatch(frame: 0, detail: "there are no frames") }
        try figures[defaultFrame].checkRenderable(scale: scale)
        let base = "figure-\(number)"
        lightFile = base + "-light.png"
        darkFile = base + "-dark.png"
        backgroundLight = base + "-base-light.png"
        backgroundDark = base + "-base-dark.png"
        script = base + "-frames.js"
        readouts = frames.map(\.readout)
        alts = frames.map(\.alt)
        self.defaultFrame = defaultFrame
        self.scale = scale
        alt = frames[defaultFrame].alt
        width = first.width
        height = first.height
        record = SweepRecord(
            framesFile: script, backgroundLightFile: backgroundLight, backgroundDarkFile: backgroundDark,
            readout: frames[defaultFrame].readout,
            parameters: parameters.map { .init(name: $0.name, labels: $0.labels, defaultIndex: $0.defaultIndex) })
    }

    /// Draws the frames: the files named in the record, with their bytes, in a fixed order
    /// (default frame light and dark, shared part light and dark, the frames script).
    func renderFiles() throws -> [(name: String, bytes: [UInt8])] {
        let layers = try SweepLayers(frames: figures, scale: scale)
        var files: [(name: String, bytes: [UInt8])] = []
        files.append((lightFile, try figures[defaultFrame].renderPNG(theme: .light, scale: scale)))
        files.append((darkFile, try figures[defaultFrame].renderPNG(theme: .dark, scale: scale)))
        files.append((backgroundLight, layers.backgroundPNG(.light)))
        files.append((backgroundDark, layers.backgroundPNG(.dark)))
        let data = "{\"key\":\(JSONValue.quoted(script)),\"w\":\(layers.width),\"h\":\(layers.height),"
            + "\"c\":\(layers.colorsJSON),\"k\":\(layers.clipsJSON),"
            + "\"t\":\(layers.topOperations),\n"
            + "\"f\":[\(layers.frameOperations.joined(separator: ",\n"))],\n"
            + "\"r\":[\(readouts.map { JSONValue.quoted($0) }.joined(separator: ","))],\n"
            + "\"a\":[\(alts.map { JSONValue.quoted($0) }.joined(separator: ","))]}"
        files.append((script, Array("DescentSweep.load(\(data));\n".utf8)))
        return files
    }
}
