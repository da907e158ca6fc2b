import Testing
import RunProtocol
@testable import Notebook

/// A sweep event becomes a figure with its sweep, and all its files are the run's files.
@Suite struct SweepFigureTests {
    @Test func aSweepEventIsAFigureWithItsFrames() {
        let figure = FigureRecord(id: "s", caption: "c", alt: "a", lightFile: "figure-1-light.png",
                                  darkFile: "figure-1-dark.png", width: 640, height: 480)
        let sweep = SweepRecord(framesFile: "figure-1-frames.js", backgroundLightFile: "figure-1-base-light.png",
                                backgroundDarkFile: "figure-1-base-dark.png", readout: "converges in 166 steps",
                                parameters: [.init(name: "η", labels: ["0.1", "0.4"], defaultIndex: 1)])
        let events = [RunEvent.blockStart(block: 0, standardOutputOffset: 0), .sweepFigure(block: 0, figure, sweep),
                      .end(standardOutputOffset: 0)].map(\.line).joined()
        let transcript = RunEvents.transcript(events: Array(events.utf8), standardOutput: [], blockCount: 1)
        let rendered = transcript.outputs[0].figures
        #expect(rendered.count == 1)
        #expect(rendered.first?.sweep?.readout == "converges in 166 steps")
        #expect(rendered.first?.sweep?.parameters == [.init(name: "η", labels: ["0.1", "0.4"], defaultIndex: 1)])
        #expect(rendered.first?.files == ["figure-1-light.png", "figure-1-dark.png", "figure-1-base-light.png",
                                          "figure-1-base-dark.png", "figure-1-frames.js"])
        #expect(transcript.unreadableLines.isEmpty)
    }
}
