import Foundation
import Testing
@testable import DescentCLI

/// `descent serve` as a whole, in process: it builds, serves, notices a save, rebuilds, and
/// on an error keeps serving the last good site while pages are told where the error is.
@Suite struct PreviewSessionTests {
    /// Waits (up to `seconds`) until the status satisfies `condition`.
    private func waitFor(_ status: BuildStatus, seconds: Double = 120, _ condition: (BuildStatus.Snapshot) -> Bool) async throws -> BuildStatus.Snapshot {
        let deadline = ContinuousClock.now + .seconds(seconds)
        var version = -1
        while ContinuousClock.now < deadline {
            let snapshot = await status.next(after: version, timeout: .milliseconds(500))
            if condition(snapshot) { return snapshot }
            version = snapshot.version
        }
        Issue.record("timed out waiting for the build status")
        return await status.snapshot
    }

    @Test func rebuildsOnSaveAndShowsErrorsWhileServingTheLastGoodSite() async throws {
        guard Library.isBuilt() else { return }
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-one.md", TestBook.chapter(title: "One", message: "first version"))
        try book.write("02-two.md", "---\ntitle: Two\n---\nProse only.\n")
        let status = BuildStatus()
        let server = try PreviewServer(host: "127.0.0.1", port: 0, site: book.site, status: status, pollTimeout: .seconds(1))
        let port = try await server.start()
        let session = PreviewSession(
            configuration: book.configuration, status: status, verbosity: .quiet, outputName: "site",
            libraryBuilder: nil, pollInterval: .milliseconds(50))
        let capture = Terminal.Capture()
        let loop = Task { await Terminal.$current.withValue(capture.terminal()) { await session.run() } }
        defer { loop.cancel() }

        // The first build is published and served, with the reload script.
        let first = try await waitFor(status) { !$0.building && $0.generation.hasSuffix("-1") }
        #expect(first.problems.isEmpty)
        let page = try #require(await RawHTTP.get(port: port, "/01-one.html"))
        #expect(page.body.contains("first version"))
        #expect(page.body.contains("\"\(first.generation)\""), "the page knows which build it shows")

        // A save re-runs the chapter; the new output is served.
        try await Task.sleep(for: .milliseconds(100))
        try book.write("01-one.md", TestBook.chapter(title: "One", message: "second version"))
        let second = try await waitFor(status) { !$0.building && $0.generation.hasSuffix("-2") }
        #expect(second.problems.isEmpty)
        #expect(try #require(await RawHTTP.get(port: port, "/01-one.html")).body.contains("second version"))

        // A broken chapter: the error reaches pages with its line, the last good site stays.
        try book.write("02-two.md", "---\ntitle: Two\n---\nProse only, see @eq:nothing.\n")
        let broken = try await waitFor(status) { !$0.building && !$0.problems.isEmpty }
        #expect(broken.generation == second.generation)
        #expect(broken.problems.first?.location.hasSuffix("02-two.md:4:17") == true, "\(broken.problems)")
        #expect(try #require(await RawHTTP.get(port: port, "/02-two.html")).status == 200)
        #expect(capture.error.contains("02-two.md:4:17: error: dangling reference"))

        // Fixed: published again, problems gone.
        try book.write("02-two.md", "---\ntitle: Two\n---\nProse only, fixed.\n")
        let fixed = try await waitFor(status) { !$0.building && $0.problems.isEmpty && $0.generation.hasSuffix("-3") }
        #expect(fixed.problems.isEmpty)
        #expect(try #require(await RawHTTP.get(port: port, "/02-two.html")).body.contains("fixed"))

        loop.cancel()
        await loop.value
        await server.stop()
    }

    @Test func beforeAnySiteExistsTheHomePageWaitsForTheFirstBuild() async throws {
        let book = try TestBook()
        defer { book.remove() }
        let status = BuildStatus()
        let server = try PreviewServer(host: "127.0.0.1", port: 0, site: book.site, status: status)
        let port = try await server.start()
        let home = try #require(await RawHTTP.get(port: port, "/"))
        await server.stop()
        #expect(home.status == 200)
        #expect(home.body.contains("Building the course"))
        #expect(home.body.contains("descent-live-reload"))
    }
}
