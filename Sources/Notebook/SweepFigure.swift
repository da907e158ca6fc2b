import RunProtocol

/// The extra files and settings of a sweep figure (`showSweep` in an experiment): a
/// figure whose default frame is the ``RenderedFigure``'s PNG pair, plus a shared
/// background per theme and the varying part of every frame for the page's sliders.
public struct SweepFigure: Sendable, Hashable, Codable {
    /// One slider.
    public struct Parameter: Sendable, Hashable, Codable {
        /// The parameter's name ("η").
        public var name: String
        /// Each value as written beside the slider.
        public var labels: [String]
        /// Index of the default value.
        public var defaultIndex: Int

        /// Creates a parameter record.
        public init(name: String, labels: [String], defaultIndex: Int) {
            self.name = name
            self.labels = labels
            self.defaultIndex = defaultIndex
        }
    }

    /// Script file holding every frame's drawing operations, readout and alt text.
    public var framesFile: String
    /// PNG of what all frames share, light theme (2×).
    public var backgroundLightFile: String
    /// PNG of what all frames share, dark theme (2×).
    public var backgroundDarkFile: String
    /// The default frame's readout.
    public var readout: String
    /// One or two sliders; frame index = i₁·n₂ + i₂.
    public var parameters: [Parameter]

    /// Creates a sweep record.
    public init(framesFile: String, backgroundLightFile: String, backgroundDarkFile: String, readout: String,
                parameters: [Parameter]) {
        self.framesFile = framesFile
        self.backgroundLightFile = backgroundLightFile
        self.backgroundDarkFile = backgroundDarkFile
        self.readout = readout
        self.parameters = parameters
    }

    /// The files besides the default frame's pair.
    public var files: [String] { [backgroundLightFile, backgroundDarkFile, framesFile] }
}

extension SweepFigure {
    /// The builder's record of a sweep the runtime reported.
    init(_ record: SweepRecord) {
        self.init(framesFile: record.framesFile, backgroundLightFile: record.backgroundLightFile,
                  backgroundDarkFile: record.backgroundDarkFile, readout: record.readout,
                  parameters: record.parameters.map { Parameter(name: $0.name, labels: $0.labels, defaultIndex: $0.defaultIndex) })
    }
}

extension RenderedFigure {
    /// Every file of the figure: its PNG pair and, for a sweep, the sweep's files.
    public var files: [String] {
        var names = [lightFile]
        if darkFile != lightFile { names.append(darkFile) }
        return names + (sweep?.files ?? [])
    }
}
