import Foundation
import Testing
@testable import DescentCLI

/// Usage errors exit 2 with a message, help exits 0, for every subcommand.
@Suite struct DescentCommandTests {
    @Test(arguments: [
        (["build", "--jobs", "0"], ExitStatus.usage),
        (["frobnicate"], ExitStatus.usage),
        (["build", "--no-such-option"], ExitStatus.usage),
        (["build", "--quiet", "--verbose"], ExitStatus.usage),
        (["check", "--jobs", "0"], ExitStatus.usage),
        (["check", "--output", "x"], ExitStatus.usage),
        (["serve", "--port", "99999"], ExitStatus.usage),
        (["serve", "--port", "http"], ExitStatus.usage),
        (["new"], ExitStatus.usage),
        (["new", "   "], ExitStatus.usage),
        (["new", "∇²"], ExitStatus.usage),
        (["build", "--help"], 0),
        (["serve", "--help"], 0),
        (["check", "--help"], 0),
        (["new", "--help"], 0),
        (["--help"], 0),
    ] as [([String], Int32)])
    func usageStatuses(arguments: [String], status: Int32) async {
        let result = await runCaptured(arguments)
        #expect(result.status == status)
        if status == ExitStatus.usage { #expect(!result.error.isEmpty, "a usage error says what is wrong") }
    }

    @Test func helpListsEverySubcommand() async {
        let result = await runCaptured(["--help"])
        for name in ["build", "serve", "check", "new"] { #expect(result.output.contains(name)) }
    }
}
