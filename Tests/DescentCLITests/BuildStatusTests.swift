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

/// A build that updates the site in place publishes its pages before the print page and the
/// search bundle: pages reload then, and a request for a file still to be written waits.
@Suite struct BuildStatusEarlyPublishTests {
    @Test func pagesPublishedReloadsAndPendingFilesWaitForTheEndOfTheBuild() async throws {
        let status = BuildStatus()
        let start = await status.snapshot
        await status.buildStarted()
        await status.pagesPublished(pending: ["print.html"])
        let early = await status.snapshot
        #expect(early.generation != start.generation, "open pages reload now")
        #expect(!early.building)
        await status.waitUntilWritten("index.html")   // not pending: at once
        let released = Flag()
        let waiting = Task {
            await status.waitUntilWritten("print.html")
            released.set()
        }
        try await Task.sleep(for: .milliseconds(200))
        #expect(!released.value, "the print page is not written yet")
        await status.buildFinished(published: true, problems: [])
        await waiting.value
        #expect(released.value)
        let end = await status.snapshot
        #expect(end.generation == early.generation, "the same build does not reload pages twice")
        #expect(end.version > early.version)
        // The next build that publishes whole moves the generation as before.
        await status.buildStarted()
        await status.buildFinished(published: true, problems: [])
        #expect(await status.snapshot.generation != end.generation)
        await status.waitUntilWritten("print.html")   // nothing pending any more
    }
}

/// A flag set from another task.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false
    var value: Bool { lock.lock(); defer { lock.unlock() }; return isSet }
    func set() { lock.lock(); isSet = true; lock.unlock() }
}
