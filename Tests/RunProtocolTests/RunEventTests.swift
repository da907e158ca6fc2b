import Testing
import RunProtocol

@Suite struct RunEventTests {
    /// One event of every kind, with text that needs escaping; a new kind needs an example.
    static let examples: [RunEvent] = [
        .blockStart(block: 2, standardOutputOffset: 1234),
        .figure(block: 1, FigureRecord(
            id: "ravine-gd", caption: "Gradient descent with $\\eta = 0.4$: \"zig-zag\"", alt: "the path\nzig-zags",
            lightFile: "figure-1-light.png", darkFile: "figure-1-dark.png", width: 480, height: 360)),
        .figure(block: 0, FigureRecord(
            id: nil, caption: "", alt: "a", lightFile: "l.png", darkFile: "d.png", width: 1, height: 1)),
        .sweepFigure(block: 2, FigureRecord(
            id: "ravine-sweep", caption: "Drag $\\eta$", alt: "the default frame", lightFile: "figure-2-light.png",
            darkFile: "figure-2-dark.png", width: 640, height: 480), SweepRecord(
            framesFile: "figure-2-frames.js", backgroundLightFile: "figure-2-base-light.png",
            backgroundDarkFile: "figure-2-base-dark.png", readout: "diverged at step 39",
            parameters: [.init(name: "η", labels: ["0.1", "0.2"], defaultIndex: 1),
                         .init(name: "β", labels: ["0", "0.5", "0.9"], defaultIndex: 2)])),
        .note(NoteRecord(block: 3, name: "eta", value: "0.516", line: 40, column: 5)),
        .expectationFailed(ExpectationRecord(block: 3, message: "the loss halves — «really»", line: 41, column: 1)),
        .input(path: "data/a \"quoted\" name.csv"),
        .end(standardOutputOffset: 5678),
    ]

    @Test func everyKindHasAnExample() {
        #expect(Set(Self.examples.map(\.kind)) == Set(RunEvent.Kind.allCases))
    }

    @Test(arguments: examples)
    func eventsRoundTripThroughOneLine(event: RunEvent) throws {
        let line = event.line
        #expect(line.hasSuffix("\n"))
        #expect(line.dropLast().allSatisfy { $0 != "\n" })
        #expect(try RunEvent.decode(line: Array(line.utf8)) == event)
    }

    /// The exact bytes, so a change to the format is a deliberate one.
    @Test func theFormatIsPinned() {
        #expect(RunEvent.blockStart(block: 2, standardOutputOffset: 1234).line
            == #"{"v":2,"event":"block","block":2,"offset":1234}"# + "\n")
        #expect(RunEvent.note(NoteRecord(block: 0, name: "eta", value: "0.5", line: 9, column: 1)).line
            == #"{"v":2,"event":"note","block":0,"name":"eta","value":"0.5","line":9,"column":1}"# + "\n")
        #expect(RunEvent.end(standardOutputOffset: 7).line == #"{"v":2,"event":"end","offset":7}"# + "\n")
        #expect(RunEvent.input(path: "data/diabetes.csv").line == #"{"v":2,"event":"input","path":"data/diabetes.csv"}"# + "\n")
    }

    @Test func fieldOrderAndSpacingDoNotMatter() throws {
        let line = #" { "offset" : 6 , "block":1, "event":"block", "v":2 } "#
        #expect(try RunEvent.decode(line: Array(line.utf8)) == .blockStart(block: 1, standardOutputOffset: 6))
    }

    @Test(arguments: [
        (#"{"v":1,"event":"block","block":0,"offset":0}"#, RunProtocolError.unsupportedVersion(1)),
        (#"{"event":"block","block":0,"offset":0}"#, .unsupportedVersion(nil)),
        (#"{"v":2,"event":"frame","block":0}"#, .unknownEvent("frame")),
        (#"{"v":2,"event":"block","block":"0","offset":0}"#, .missingField(event: "block", field: "block")),
        (#"{"v":2,"event":"figure","block":0}"#, .missingField(event: "figure", field: "figure")),
        (#"{"v":2,"event":"figure","block":0,"figure":{"id":3}}"#, .missingField(event: "figure", field: "id")),
        (#"{"v":2,"event":"note","block":0,"name":"x","line":1,"column":1}"#, .missingField(event: "note", field: "value")),
        (#"[1]"#, .malformed("not an object")),
    ])
    func badLinesSayWhatIsWrong(line: String, error: RunProtocolError) {
        #expect(throws: error) { try RunEvent.decode(line: Array(line.utf8)) }
    }

    @Test func aLineCutShortByACrashIsMalformed() {
        let line = Array(RunEvent.blockStart(block: 1, standardOutputOffset: 10).line.utf8.dropLast(8))
        #expect {
            try RunEvent.decode(line: line)
        } throws: { error in
            if case .malformed = error as? RunProtocolError { return true }
            return false
        }
    }
}
