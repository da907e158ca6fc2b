internal import RunProtocol

/// Turns the frames of a sweep into the files a page needs and the record the builder
/// reads — a pure step, so tests can check it without a build.
///
/// Files, for figure number `n`:
/// - `figure-n-light.png`, `figure-n-dark.png`: the default frame, whole (no JavaScript, print);
/// - `figure-n-base-light.png`, `figure-n-base-dark.png`: what all frames share;
/// - `figure-n-frames.js`: the varying part of every frame as drawing operations, with
///   the readouts and alt texts, for the page's player (loaded when the figure is in view).
struct SweepAssembly {
    /// One parameter as the page shows it.
    struct Parameter: Equatable {
        var name: String
        var labels: [String]
        var defaultIndex: Int
    }

    var files: [(name: String, bytes: [UInt8])] = []
    /// The sweep event's record of the frames.
    var record: SweepRecord
    /// File names of the default frame.
    var lightFile = "", darkFile = ""
    /// The default frame's alt text.
    var alt = ""
    var width = 0, height = 0

    /// - Parameters:
    ///   - frames: every setting's frame; index = i₁·n₂ + i₂ (first parameter outermost).
    ///   - defaultFrame: index of the default setting in `frames`.
    init(number: Int, parameters: [Parameter], frames: [SweepFrame], defaultFrame: Int, scale: Double = 2) throws {
        let figures = try Figure.sharingAxes(frames.map(\.figure))
        let layers = try SweepLayers(frames: figures, scale: scale)
        let base = "figure-\(number)"
        lightFile = base + "-light.png"
        darkFile = base + "-dark.png"
        let backgroundLight = base + "-base-light.png", backgroundDark = base + "-base-dark.png"
        let script = base + "-frames.js"
        files.append((lightFile, try figures[defaultFrame].renderPNG(theme: .light, scale: scale)))
        files.append((darkFile, try figures[defaultFrame].renderPNG(theme: .dark, scale: scale)))
        files.append((backgroundLight, layers.backgroundPNG(.light)))
        files.append((backgroundDark, layers.backgroundPNG(.dark)))
        let data = "{\"key\":\(JSONValue.quoted(script)),\"w\":\(layers.width),\"h\":\(layers.height),"
            + "\"c\":\(layers.colorsJSON),\"k\":\(layers.clipsJSON),"
            + "\"t\":\(layers.topOperations),\n"
            + "\"f\":[\(layers.frameOperations.joined(separator: ",\n"))],\n"
            + "\"r\":[\(frames.map { JSONValue.quoted($0.readout) }.joined(separator: ","))],\n"
            + "\"a\":[\(frames.map { JSONValue.quoted($0.alt) }.joined(separator: ","))]}"
        files.append((script, Array("DescentSweep.load(\(data));\n".utf8)))
        alt = frames[defaultFrame].alt
        width = layers.width
        height = layers.height
        record = SweepRecord(
            framesFile: script, backgroundLightFile: backgroundLight, backgroundDarkFile: backgroundDark,
            readout: frames[defaultFrame].readout,
            parameters: parameters.map { .init(name: $0.name, labels: $0.labels, defaultIndex: $0.defaultIndex) })
    }
}
