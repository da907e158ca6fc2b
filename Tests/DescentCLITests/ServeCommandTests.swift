import Foundation
import Testing
@testable import DescentCLI

/// `descent serve`'s start-up errors exit 2 with a message saying what to do.
@Suite struct ServeCommandTests {
    @Test func aPortInUseIsAClearUsageError() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "descent-serve-\(UUID().uuidString.prefix(8))")
        // The folder exists, so that the port is the only problem (a missing --chapters folder is one too).
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = try PreviewServer(host: "127.0.0.1", port: 0, site: folder, status: BuildStatus())
        let port = try await blocker.start()
        let result = await runCaptured(["serve", "--port", String(port), "--output", folder.path, "--chapters", folder.path])
        await blocker.stop()
        #expect(result.status == ExitStatus.usage)
        #expect(result.error.contains("port \(port) is already in use"))
        #expect(result.error.contains("--port"))
    }

    @Test func aHostThatIsNotAnAddressIsAUsageError() async {
        let result = await runCaptured(["serve", "--host", "example", "--port", "0"])
        #expect(result.status == ExitStatus.usage)
        #expect(result.error.contains("not an IP address"))
    }

    @Test func onlyLoopbackAddressesAreLocal() {
        #expect(ServeCommand.isLoopback("127.0.0.1"))
        #expect(ServeCommand.isLoopback("::1"))
        #expect(!ServeCommand.isLoopback("0.0.0.0"))
    }
}
