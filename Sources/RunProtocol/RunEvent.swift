/// One thing a running chapter program tells `descent build`: the protocol between the
/// runtime (the `Experiments` library linked into every chapter program) and the builder
/// (the `Notebook` module), as types both sides share.
///
/// The builder sets ``outputDirectoryKey`` to a folder; the runtime writes figure files
/// there and appends one event per line to ``eventsFileName``, each line written with a
/// single `write(2)` as soon as it happens, so a program that traps later still leaves a
/// readable log naming the block it died in. A line is a JSON object with the protocol
/// version `v`, the `event` kind and the payload:
///
/// ```
/// {"v":2,"event":"block","block":2,"offset":1234}
/// {"v":2,"event":"figure","block":2,"figure":{"id":"ravine","caption":"…","alt":"…","lightFile":"figure-1-light.png","darkFile":"figure-1-dark.png","width":480,"height":360}}
/// {"v":2,"event":"sweep","block":3,"figure":{…},"sweep":{"framesFile":"figure-2-frames.js","backgroundLightFile":"figure-2-base-light.png","backgroundDarkFile":"figure-2-base-dark.png","readout":"converges in 166 steps","parameters":[{"name":"η","labels":["0.1","0.2"],"defaultIndex":1}]}}
/// {"v":2,"event":"note","block":2,"name":"eta","value":"0.516","line":40,"column":1}
/// {"v":2,"event":"expectation","block":2,"message":"the loss halves","line":41,"column":1}
/// {"v":2,"event":"input","path":"data/diabetes.csv"}
/// {"v":2,"event":"end","offset":5678}
/// ```
///
/// The JSON is written and read by hand (``JSONValue``): the runtime must not need
/// Foundation, and both directions live here, so they cannot drift apart.
///
/// ## Adding an event kind (e.g. a sweep figure's frame)
/// 1. Add a payload struct in its own file (like ``NoteRecord``) with `json` and
///    `init(json:)`, and a case here holding it.
/// 2. Add its name to ``Kind`` and a branch to ``kind``, ``json`` and ``init(json:)``
///    (`RunEvent+JSON.swift`); the compiler points at every switch that needs it.
/// 3. Bump ``protocolVersion``: a library and a builder built from different sources then
///    refuse each other with "rebuild" instead of misreading lines.
/// 4. Add an example to `RunEventTests.examples` (a test fails until every ``Kind`` has
///    one), then handle the event in the builder (`Notebook/RunEvents.swift`).
public enum RunEvent: Sendable, Hashable {
    /// Block `block` (0-based index among the chapter's experiment blocks) starts;
    /// standard output, flushed, is `standardOutputOffset` bytes long at that moment.
    case blockStart(block: Int, standardOutputOffset: Int)
    /// A figure of block `block`, whose PNG files are already written.
    case figure(block: Int, FigureRecord)
    /// A sweep figure of block `block` (`showSweep`): the default frame as a figure, plus
    /// the files of all frames and the sliders; every file is already written.
    case sweepFigure(block: Int, FigureRecord, SweepRecord)
    /// A named value for the chapter's prose (`note("eta", η, decimals: 3)`).
    case note(NoteRecord)
    /// An `expect(condition, message)` whose condition was false.
    case expectationFailed(ExpectationRecord)
    /// The program reads the file at `path` (relative paths are relative to the book root,
    /// the program's working directory): the library's loaders report every file they
    /// open (`InputFiles.record` in the Descent module), and the builder puts the file's
    /// digest in the chapter's cache entry.
    case input(path: String)
    /// Every block ran to its end; standard output is `standardOutputOffset` bytes long.
    case end(standardOutputOffset: Int)

    /// The version written in every line; bumped on any change to the events.
    public static let protocolVersion = 2
    /// Environment variable naming the output folder.
    public static let outputDirectoryKey = "DESCENT_EXPERIMENT_OUTPUT"
    /// Environment variable naming the folder of figure images kept between runs, by the
    /// digest of their drawing (the runtime's `FigureMemo`); none: every figure is drawn.
    public static let figureMemoKey = "DESCENT_FIGURE_MEMO"
    /// File name of the event log inside the output folder.
    public static let eventsFileName = "events.jsonl"

    /// The event kinds, by their name in the `event` field.
    public enum Kind: String, CaseIterable, Sendable {
        case block, figure, sweep, note, expectation, input, end
    }

    /// This event's kind.
    public var kind: Kind {
        switch self {
        case .blockStart: .block
        case .figure: .figure
        case .sweepFigure: .sweep
        case .note: .note
        case .expectationFailed: .expectation
        case .input: .input
        case .end: .end
        }
    }

    /// The block the event belongs to, if it belongs to one.
    public var block: Int? {
        switch self {
        case .blockStart(let block, _), .figure(let block, _), .sweepFigure(let block, _, _): block
        case .note(let note): note.block
        case .expectationFailed(let failure): failure.block
        case .input, .end: nil
        }
    }
}

/// A figure `show(…)` rendered: its caption, alt text and the two PNG files.
public struct FigureRecord: Sendable, Hashable {
    /// The author's id for cross-references, if any.
    public var id: String?
    /// The caption, Markdown with inline math allowed.
    public var caption: String
    /// Alternative text stating what the figure shows.
    public var alt: String
    /// File name of the light PNG in the output folder.
    public var lightFile: String
    /// File name of the dark PNG in the output folder.
    public var darkFile: String
    /// Width at 1×, in CSS pixels.
    public var width: Int
    /// Height at 1×, in CSS pixels.
    public var height: Int

    /// Creates a figure record.
    public init(id: String?, caption: String, alt: String, lightFile: String, darkFile: String, width: Int, height: Int) {
        self.id = id
        self.caption = caption
        self.alt = alt
        self.lightFile = lightFile
        self.darkFile = darkFile
        self.width = width
        self.height = height
    }
}

/// A value a block noted for the prose: `{{name}}` in the chapter becomes `value`.
public struct NoteRecord: Sendable, Hashable {
    /// The block that noted it.
    public var block: Int
    /// The name prose refers to.
    public var name: String
    /// The value, already formatted as the block chose.
    public var value: String
    /// The chapter line of the `note(…)` call.
    public var line: Int
    /// The column of the `note(…)` call in the generated program (the chapter's, for a
    /// block that is not indented).
    public var column: Int

    /// Creates a note record.
    public init(block: Int, name: String, value: String, line: Int, column: Int) {
        self.block = block
        self.name = name
        self.value = value
        self.line = line
        self.column = column
    }
}

/// An expectation that did not hold.
public struct ExpectationRecord: Sendable, Hashable {
    /// The block whose `expect(…)` failed.
    public var block: Int
    /// The author's message: what the prose claims.
    public var message: String
    /// The chapter line of the `expect(…)` call.
    public var line: Int
    /// Its column (see ``NoteRecord/column``).
    public var column: Int

    /// Creates an expectation record.
    public init(block: Int, message: String, line: Int, column: Int) {
        self.block = block
        self.message = message
        self.line = line
        self.column = column
    }
}

/// Why a line of the event log could not be read.
public enum RunProtocolError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not JSON (e.g. a line cut short by a crash).
    case malformed(String)
    /// Written by a runtime speaking another version of the protocol (nil: no version).
    case unsupportedVersion(Int?)
    /// An event kind this side does not know.
    case unknownEvent(String)
    /// A field the event needs is missing or has the wrong type.
    case missingField(event: String, field: String)

    public var description: String {
        switch self {
        case .malformed(let detail): "not a JSON event line (\(detail))"
        case .unsupportedVersion(let version):
            "the event was written for protocol version \(version.map(String.init) ?? "none"), this side speaks \(RunEvent.protocolVersion)"
        case .unknownEvent(let name): "unknown event `\(name)`"
        case .missingField(let event, let field): "the `\(event)` event lacks a valid `\(field)`"
        }
    }
}
