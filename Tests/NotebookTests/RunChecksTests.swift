import Foundation
import RunProtocol
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

    @Test func aDoubleWithoutAFormatIsACompileErrorSayingWhatToWrite() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "note-format") else { return }
        defer { sandbox.remove() }
        let problem = try #require(try await sandbox.run().first?.problems.first)
        #expect(problem.line == 5)
        #expect(problem.message.contains("say how to write the number: note(name, x, decimals: 3) or note(name, x, significant: 3)"))
    }

    @Test func aBadNoteNameStopsTheBlockAtItsLine() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "note-name") else { return }
        defer { sandbox.remove() }
        let problem = try #require(try await sandbox.run().first?.problems.first)
        #expect(problem.line == 6)
        #expect(problem.message.contains(#"note("2x", …): a name starts with a letter"#))
    }

    @Test func anEventOfAnotherProtocolVersionAsksForARebuild() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "forged-version") else { return }
        defer { sandbox.remove() }
        let problem = try #require(try await sandbox.run().first?.problems.first)
        #expect(problem.message.hasPrefix(
            "the Experiments library speaks run-protocol version 99, this descent speaks \(RunEvent.protocolVersion)"))
        #expect(problem.hint?.hasPrefix("rebuild both") == true)
    }

    @Test func garbageInTheEventLogIsAnErrorNotIgnored() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "garbage-event") else { return }
        defer { sandbox.remove() }
        let problem = try #require(try await sandbox.run().first?.problems.first)
        #expect(problem.message.hasPrefix("the experiments wrote an event descent cannot read: not a JSON event line"))
    }

    /// Columns are the file's: the fence's indentation, stripped from the compiled code, is
    /// added back, and the excerpt is the line as written.
    @Test func columnsInAnIndentedFenceAreTheFilesColumns() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "indented") else { return }
        defer { sandbox.remove() }
        let outcomes = try await sandbox.run()
        let compileError = try #require(outcomes.first?.problems.first)
        #expect(compileError.line == 7)
        #expect(compileError.column == 23)
        #expect(compileError.sourceLine == "  let label: String = count")
        let failed = try #require(outcomes.last?.problems.first)
        #expect(failed.description.hasPrefix("""
            chapters/02-runs.md:6:3: error: expectation failed: there are four
             6 |   expect(count == 4, "there are four")
               |   ^
            """))
    }
}
