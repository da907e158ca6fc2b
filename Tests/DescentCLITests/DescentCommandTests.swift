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
        (["build", "--chapters", "/nonexistent/descent-chapters"], ExitStatus.usage),
        (["check", "--chapters", "/nonexistent/descent-chapters"], ExitStatus.usage),
        (["serve", "--chapters", "/nonexistent/descent-chapters", "--port", "0"], ExitStatus.usage),
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

    @Test func aMissingChaptersFolderIsNamed() async {
        let result = await runCaptured(["build", "--chapters", "/nonexistent/descent-chapters"])
        #expect(result.error.contains("no chapters folder at '/nonexistent/descent-chapters'"), "\(result.error)")
    }

    @Test(arguments: ["build", "check", "serve"]) func jobsHelpStatesItsDefaultOnce(command: String) async {
        let result = await runCaptured([command, "--help"])
        let start = result.output.range(of: "\n  --jobs <jobs>")
        #expect(start != nil)
        guard let start else { return }
        // The option's help runs until the next option.
        let rest = result.output[start.upperBound...]
        let end = rest.range(of: "\n  -")?.lowerBound ?? rest.endIndex
        let help = rest[..<end]
        #expect(help.components(separatedBy: "default").count - 1 == 1, "\(help)")
        #expect(help.contains("number of cores"))
    }

    @Test func helpListsEverySubcommand() async {
        let result = await runCaptured(["--help"])
        for name in ["build", "serve", "check", "new"] { #expect(result.output.contains(name)) }
    }
}
