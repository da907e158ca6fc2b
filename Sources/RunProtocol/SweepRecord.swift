/// What `showSweep(…)` adds to a figure: the files of its frames and its sliders. The
/// figure's own ``FigureRecord`` is the default frame, shown without JavaScript and in print.
/// The builder keeps it as it is (`SweepFigure` in Notebook), `Codable` for the cache manifest.
public struct SweepRecord: Sendable, Hashable, Codable {
    /// One slider.
    public struct Parameter: Sendable, Hashable, Codable {
        /// The parameter's name ("η").
        public var name: String
        /// Each value as written beside the slider, in slider order.
        public var labels: [String]
        /// Index of the default value.
        public var defaultIndex: Int

        /// Creates a slider record.
        public init(name: String, labels: [String], defaultIndex: Int) {
            self.name = name
            self.labels = labels
            self.defaultIndex = defaultIndex
        }
    }

    /// Script file with every frame's drawing operations, readout and alt text.
    public var framesFile: String
    /// PNG of what all frames share, light theme.
    public var backgroundLightFile: String
    /// PNG of what all frames share, dark theme.
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

    /// The sweep as a JSON object.
    public var json: JSONValue {
        .object([
            ("framesFile", .string(framesFile)), ("backgroundLightFile", .string(backgroundLightFile)),
            ("backgroundDarkFile", .string(backgroundDarkFile)), ("readout", .string(readout)),
            ("parameters", .array(parameters.map { p in
                .object([("name", .string(p.name)), ("labels", .array(p.labels.map(JSONValue.string))),
                         ("defaultIndex", .int(p.defaultIndex))])
            })),
        ])
    }

    /// Reads a sweep from its JSON object.
    public init(json: JSONValue) throws(RunProtocolError) {
        func string(_ value: JSONValue?, _ field: String) throws(RunProtocolError) -> String {
            guard let text = value?.stringValue else { throw .missingField(event: "sweep", field: field) }
            return text
        }
        framesFile = try string(json["framesFile"], "framesFile")
        backgroundLightFile = try string(json["backgroundLightFile"], "backgroundLightFile")
        backgroundDarkFile = try string(json["backgroundDarkFile"], "backgroundDarkFile")
        readout = try string(json["readout"], "readout")
        guard case .array(let items)? = json["parameters"], !items.isEmpty else {
            throw .missingField(event: "sweep", field: "parameters")
        }
        var parameters: [Parameter] = []
        for item in items {
            guard case .array(let labels)? = item["labels"], let index = item["defaultIndex"]?.intValue,
                  labels.indices.contains(index) else { throw .missingField(event: "sweep", field: "parameters") }
            var texts: [String] = []
            for label in labels { texts.append(try string(label, "parameters")) }
            parameters.append(Parameter(name: try string(item["name"], "parameters"), labels: texts, defaultIndex: index))
        }
        self.parameters = parameters
    }
}
