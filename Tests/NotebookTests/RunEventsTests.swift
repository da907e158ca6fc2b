import Testing
import RunProtocol
@testable import Notebook

@Suite struct RunEventsTests {
    @Test func textIsSplitAtBlockOffsetsAndEventsAttributed() {
        let events = """
            {"v":2,"event":"block","block":0,"offset":0}
            {"v":2,"event":"block","block":1,"offset":6}
            {"v":2,"event":"figure","block":1,"figure":{"id":"f","caption":"C","alt":"A","lightFile":"l.png","darkFile":"d.png","width":10,"height":20}}
            {"v":2,"event":"note","block":1,"name":"eta","value":"0.516","line":12,"column":1}
            {"v":2,"event":"expectation","block":1,"message":"it converges","line":13,"column":5}
            {"v":2,"event":"end","offset":12}
            """
        let transcript = RunEvents.transcript(
            events: Array(events.utf8), standardOutput: Array("hello\nworld\n".utf8), blockCount: 3)
        #expect(transcript.finished)
        #expect(transcript.lastBlock == 1)
        #expect(transcript.foreignVersion == nil)
        #expect(transcript.unreadableLines.isEmpty)
        #expect(transcript.outputs.map(\.text) == ["hello\n", "world\n", ""])
        #expect(transcript.outputs[1].figures == [RenderedFigure(
            id: "f", caption: "C", alt: "A", lightFile: "l.png", darkFile: "d.png", width: 10, height: 20)])
        #expect(transcript.outputs[1].notes == [Note(name: "eta", value: "0.516", line: 12, column: 1)])
        #expect(transcript.outputs[1].failedExpectations == [FailedExpectation(message: "it converges", line: 13, column: 5)])
        #expect(transcript.outputs[0].notes.isEmpty)
    }

    @Test func linesWrittenByTheRuntimeTypesAreRead() {
        let events = [
            RunEvent.blockStart(block: 0, standardOutputOffset: 0),
            .note(NoteRecord(block: 0, name: "n", value: "3", line: 4, column: 1)),
            .end(standardOutputOffset: 2),
        ].map(\.line).joined()
        let transcript = RunEvents.transcript(events: Array(events.utf8), standardOutput: Array("x\n".utf8), blockCount: 1)
        #expect(transcript.finished)
        #expect(transcript.outputs[0].notes.map(\.value) == ["3"])
    }

    @Test func aCrashLeavesTheLastBlockAndNoEnd() {
        let events = "{\"v\":2,\"event\":\"block\",\"block\":0,\"offset\":0}\n{\"v\":2,\"event\":\"block\",\"block\":1,\"offs"
        let transcript = RunEvents.transcript(events: Array(events.utf8), standardOutput: Array("x\n".utf8), blockCount: 2)
        #expect(!transcript.finished)
        #expect(transcript.lastBlock == 0)
        #expect(transcript.outputs.map(\.text) == ["x\n", ""])
        #expect(transcript.unreadableLines.isEmpty)
    }

    @Test func aRuntimeOfAnotherVersionIsNoticed() {
        let events = "{\"v\":99,\"event\":\"block\",\"block\":0,\"offset\":0}\n"
        let transcript = RunEvents.transcript(events: Array(events.utf8), standardOutput: [], blockCount: 1)
        #expect(transcript.foreignVersion == .some(99))
    }

    @Test func aGarbledCompleteLineOrAnUnknownBlockIsReported() {
        let events = "not json\n{\"v\":2,\"event\":\"block\",\"block\":7,\"offset\":0}\n{\"v\":2,\"event\":\"end\",\"offset\":0}\n"
        let transcript = RunEvents.transcript(events: Array(events.utf8), standardOutput: [], blockCount: 1)
        #expect(transcript.unreadableLines.count == 2)
    }
}
