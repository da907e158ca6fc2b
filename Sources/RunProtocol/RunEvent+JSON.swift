// The JSON form of the events (see `RunEvent` for the format and how to add a kind).

extension RunEvent {
    /// The event as a JSON object, `v` and `event` first.
    public var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("v", .int(Self.protocolVersion)), ("event", .string(kind.rawValue)),
        ]
        switch self {
        case .blockStart(let block, let offset):
            members += [("block", .int(block)), ("offset", .int(offset))]
        case .figure(let block, let figure):
            members += [("block", .int(block)), ("figure", figure.json)]
        case .sweepFigure(let block, let figure, let sweep):
            members += [("block", .int(block)), ("figure", figure.json), ("sweep", sweep.json)]
        case .note(let note):
            members += note.jsonMembers
        case .expectationFailed(let failure):
            members += failure.jsonMembers
        case .input(let path):
            members += [("path", .string(path))]
        case .end(let offset):
            members += [("offset", .int(offset))]
        }
        return .object(members)
    }

    /// One line of the event log: compact JSON and a newline.
    public var line: String { json.text + "\n" }

    /// Reads an event from its JSON object.
    public init(json: JSONValue) throws(RunProtocolError) {
        guard case .object = json else { throw .malformed("not an object") }
        let version = json["v"]?.intValue
        guard version == Self.protocolVersion else { throw .unsupportedVersion(version) }
        guard let name = json["event"]?.stringValue else { throw .missingField(event: "?", field: "event") }
        guard let kind = Kind(rawValue: name) else { throw .unknownEvent(name) }
        let fields = Fields(json: json, event: name)
        switch kind {
        case .block:
            self = .blockStart(block: try fields.int("block"), standardOutputOffset: try fields.int("offset"))
        case .figure:
            guard let figure = json["figure"] else { throw .missingField(event: name, field: "figure") }
            self = .figure(block: try fields.int("block"), try FigureRecord(json: figure))
        case .sweep:
            guard let figure = json["figure"] else { throw .missingField(event: name, field: "figure") }
            guard let sweep = json["sweep"] else { throw .missingField(event: name, field: "sweep") }
            self = .sweepFigure(block: try fields.int("block"), try FigureRecord(json: figure), try SweepRecord(json: sweep))
        case .note:
            self = .note(NoteRecord(
                block: try fields.int("block"), name: try fields.string("name"), value: try fields.string("value"),
                line: try fields.int("line"), column: try fields.int("column")))
        case .expectation:
            self = .expectationFailed(ExpectationRecord(
                block: try fields.int("block"), message: try fields.string("message"),
                line: try fields.int("line"), column: try fields.int("column")))
        case .input:
            self = .input(path: try fields.string("path"))
        case .end:
            self = .end(standardOutputOffset: try fields.int("offset"))
        }
    }

    /// Reads an event from one line of the log (without or with its newline).
    public static func decode<Bytes: Collection<UInt8>>(line: Bytes) throws(RunProtocolError) -> RunEvent {
        try RunEvent(json: JSONValue.parse(line))
    }
}

extension FigureRecord {
    /// The figure as a JSON object.
    public var json: JSONValue {
        .object([
            ("id", id.map(JSONValue.string) ?? .null), ("caption", .string(caption)), ("alt", .string(alt)),
            ("lightFile", .string(lightFile)), ("darkFile", .string(darkFile)),
            ("width", .int(width)), ("height", .int(height)),
        ])
    }

    /// Reads a figure from its JSON object.
    public init(json: JSONValue) throws(RunProtocolError) {
        let fields = Fields(json: json, event: "figure")
        if let id = json["id"], !id.isNull {
            guard let text = id.stringValue else { throw .missingField(event: "figure", field: "id") }
            self.id = text
        } else {
            self.id = nil
        }
        caption = try fields.string("caption")
        alt = try fields.string("alt")
        lightFile = try fields.string("lightFile")
        darkFile = try fields.string("darkFile")
        width = try fields.int("width")
        height = try fields.int("height")
    }
}

extension NoteRecord {
    var jsonMembers: [(key: String, value: JSONValue)] {
        [("block", .int(block)), ("name", .string(name)), ("value", .string(value)),
         ("line", .int(line)), ("column", .int(column))]
    }
}

extension ExpectationRecord {
    var jsonMembers: [(key: String, value: JSONValue)] {
        [("block", .int(block)), ("message", .string(message)), ("line", .int(line)), ("column", .int(column))]
    }
}

/// Typed access to an event's fields, throwing a ``RunProtocolError`` that names the field.
private struct Fields {
    var json: JSONValue
    var event: String

    func int(_ name: String) throws(RunProtocolError) -> Int {
        guard let value = json[name]?.intValue else { throw .missingField(event: event, field: name) }
        return value
    }

    func string(_ name: String) throws(RunProtocolError) -> String {
        guard let value = json[name]?.stringValue else { throw .missingField(event: event, field: name) }
        return value
    }
}
