import Testing
@testable import Notebook

@Suite struct RunEventsTests {
    @Test func textIsSplitAtBlockOffsetsAndFiguresAttributed() {
        let events = """
            {"event":"block","block":0,"offset":0}
            {"event":"block","block":1,"offset":6}
            {"event":"figure","block":1,"figure":{"id":"f","caption":"C","alt":"A","lightFile":"l.png","darkFile":"d.png","width":10,"height":20}}
            {"event":"end","offset":12}
            """
        let transcript = RunEvents.transcript(
            events: Array(events.utf8), standardOutput: Array("hello\nworld\n".utf8), blockCount: 3)
        #expect(transcript.finished)
        #expect(transcript.lastBlock == 1)
        #expect(transcript.outputs.map(\.text) == ["hello\n", "world\n", ""])
        #expect(transcript.outputs[1].figures == [RenderedFigure(
            id: "f", caption: "C", alt: "A", lightFile: "l.png", darkFile: "d.png", width: 10, height: 20)])
    }

    @Test func aCrashLeavesTheLastBlockAndNoEnd() {
        let events = "{\"event\":\"block\",\"block\":0,\"offset\":0}\n{\"event\":\"block\",\"block\":1,\"offs"
        let transcript = RunEvents.transcript(events: Array(events.utf8), standardOutput: Array("x\n".utf8), blockCount: 2)
        #expect(!transcript.finished)
        #expect(transcript.lastBlock == 0)
        #expect(transcript.outputs.map(\.text) == ["x\n", ""])
    }
}
