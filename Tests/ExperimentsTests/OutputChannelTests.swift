import Testing
@testable import Experiments

/// Outside `descent build` (no output folder in the environment) the channel writes nothing
/// and attributes to block 0; the event format itself is tested in RunProtocolTests.
@Suite struct OutputChannelTests {
    @Test func withoutAnOutputFolderNothingIsWritten() {
        let channel = OutputChannel.shared
        #expect(channel.directory == nil)
        #expect(!channel.write([1, 2, 3], to: "x.png"))
        #expect(channel.currentBlock == 0)
    }
}
