import Foundation
import Testing
@testable import Notebook

/// `note`, `fixed` and `expect` end to end: compiled against the built library, run, and
/// read back — fresh and from the cache.
@Suite struct RunChecksTests {
    @Test func notesAreFormattedAndKeptByTheCache() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "notes") else { return }
        defer { sandbox.remove() }
        for pass in 0..<2 {
            let outcomes = try await sandbox.run()
            let run = try #require(outcomes.first?.value, "\(outcomes.first?.problems ?? [])")
            #expect(run.reusedFromCache == (pass == 1))
            #expect(run.outputs[0].notes == [
                Note(name: "steps", value: "7", line: 10, column: 5), Note(name: "eta", value: "0.516", line: 11, column: 5),
            ])
            #expect(run.outputs[1].notes.map(\.value) == ["0.0031", "Adam"])
            #expect(run.outputs[1].text == "0.6667\n")
            #expect(run.outputs.allSatisfy { $0.failedExpectations.isEmpty })
        }
    }

    @Test func everyFailedExpectationIsReportedAtItsLineAgainFromTheCache() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "expectations") else { return }
        defer { sandbox.remove() }
        for _ in 0..<2 {
            let outcomes = try await sandbox.run()
            let problems = try #require(outcomes.first?.problems)
            #expect(problems.map(\.description) == [
                """
                chapters/01-claims.md:8:1: error: expectation failed: the loss falls below 1
                 8 | expect(loss.last! < 1, "the loss falls below 1")
                   | ^
                  hint: the run no longer bears out this claim: fix the experiment, or the claim and the prose it pins
                """,
                """
                chapters/01-claims.md:13:1: error: `final` is noted twice (first at line 9)
                 13 | note("final", 0.5, decimals: 1)
                    | ^
                  hint: each name holds one value for the prose: note it once, after the loop or with its own name
                """,
                """
                chapters/01-claims.md:14:5: error: expectation failed: two steps were taken
                 14 |     expect(loss.count == 2, "two steps were taken")
                    |     ^
                  hint: the run no longer bears out this claim: fix the experiment, or the claim and the prose it pins
                """,
            ])
        }
        // The second pass came from the cache: the failing run was stored, not re-run.
        let entries = try FileManager.default.contentsOfDirectory(atPath: sandbox.cache.appending(path: "entries").path)
        #expect(entries.count == 1)
    }
}
