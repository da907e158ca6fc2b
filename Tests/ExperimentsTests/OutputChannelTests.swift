import Testing
@testable import Experiments

/// The runtime writes the JSON of its event log by hand; the builder decodes it with
/// JSONDecoder (see the Notebook module's RunEvents tests for the other side).
@Suite struct OutputChannelTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"\\", #""say \"hi\"\\""#),
        ("line\nbreak\ttab", #""line\nbreak\ttab""#),
        ("\u{1}", #""\u0001""#),
        ("η = 0.4 · $x^2$", #""η = 0.4 · $x^2$""#),
    ])
    func stringEscaping(text: String, json: String) {
        #expect(JSON.string(text) == json)
    }
}
