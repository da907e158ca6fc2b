import Testing
@testable import DescentCLI

/// When output is live and coloured.
@Suite struct TerminalTests {
    @Test func aTerminalGetsLiveProgressAndColours() {
        let abilities = Terminal.decide(environment: ["TERM": "xterm-256color"], outputIsTerminal: true, errorIsTerminal: true)
        #expect(abilities.interactive && abilities.colorsOutput && abilities.colorsErrors)
    }

    @Test func noColorTurnsColoursOffButKeepsProgress() {
        let abilities = Terminal.decide(environment: ["NO_COLOR": "1"], outputIsTerminal: true, errorIsTerminal: true)
        #expect(abilities.interactive)
        #expect(!abilities.colorsOutput && !abilities.colorsErrors)
        let empty = Terminal.decide(environment: ["NO_COLOR": ""], outputIsTerminal: true, errorIsTerminal: true)
        #expect(empty.colorsOutput, "an empty NO_COLOR does not count (no-color.org)")
    }

    @Test func aPipeOrADumbTerminalGetsPlainLines() {
        let pipe = Terminal.decide(environment: [:], outputIsTerminal: false, errorIsTerminal: false)
        #expect(!pipe.interactive && !pipe.colorsOutput && !pipe.colorsErrors)
        let dumb = Terminal.decide(environment: ["TERM": "dumb"], outputIsTerminal: true, errorIsTerminal: true)
        #expect(!dumb.interactive && !dumb.colorsOutput)
    }

    @Test func styledTextHonoursTheStream() {
        let capture = Terminal.Capture()
        let terminal = Terminal(isInteractive: true, colorsOutput: true, colorsErrors: false, write: capture.terminal().write)
        #expect(terminal.styled("ok", .green) == "\u{1B}[32mok\u{1B}[0m")
        #expect(terminal.styled("bad", .red, on: .error) == "bad")
    }
}
