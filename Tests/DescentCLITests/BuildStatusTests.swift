import Foundation
import Testing
@testable import DescentCLI
import Notebook

/// The long-poll state pages follow.
@Suite struct BuildStatusTests {
    @Test func generationMovesOnlyWhenABuildIsPublished() async {
        let status = BuildStatus()
        let start = await status.snapshot
        await status.buildStarted()
        #expect(await status.snapshot.building)
        await status.buildFinished(published: false, problems: [Diagnostic(file: "chapters/01-a.md", line: 3, column: 5, message: "bad", hint: "fix it")])
        let failed = await status.snapshot
        #expect(failed.generation == start.generation)
        #expect(failed.problems == [.init(Diagnostic(file: "chapters/01-a.md", line: 3, column: 5, message: "bad", hint: "fix it"))])
        #expect(failed.problems.first?.location == "chapters/01-a.md:3:5")
        #expect(failed.problems.first?.text.contains("hint: fix it") == true)
        await status.buildFinished(published: true, problems: [])
        let published = await status.snapshot
        #expect(published.generation != start.generation)
        #expect(published.problems.isEmpty)
        #expect(published.version > failed.version)
    }

    @Test func nextAnswersAtOnceWhenBehindAndOtherwiseWaits() async throws {
        let status = BuildStatus()
        let now = await status.snapshot
        #expect(await status.next(after: now.version - 1, timeout: .seconds(5)) == now)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(await status.next(after: now.version, timeout: .milliseconds(100)).version == now.version)
        #expect(clock.now - start >= .milliseconds(90))
        async let changed = status.next(after: now.version, timeout: .seconds(10))
        try await Task.sleep(for: .milliseconds(50))
        await status.buildStarted()
        #expect(await changed.building)
    }
}
