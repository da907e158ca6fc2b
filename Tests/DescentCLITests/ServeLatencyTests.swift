import Foundation
import Site
import Testing
@testable import DescentCLI

/// The save-to-page probe BuildBenchmark uses: a serve session's watcher and build loop, timed
/// from each file write to the reload and to the end of the build.
@Suite struct ServeLatencyTests {
    @Test func eachSaveIsTimedToItsReloadAndItsEnd() async throws {
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-one.md", "---\ntitle: One\n---\nProse only.\n")
        var serving = book.configuration
        serving.renderMemo = RenderMemo()
        serving.liveSite = LiveSite(folder: serving.output)
        let chapter = book.chapters.appending(path: "01-one.md")
        let edits: [@Sendable () throws -> Void] = (1...2).map { round in
            { try Data("---\ntitle: One\n---\nProse, saved \(round) times.\n".utf8).write(to: chapter) }
        }
        let timings = try await ServeLatency.measure(serving, edits: edits)
        #expect(timings.count == 2)
        for timing in timings {
            #expect(timing.reload > 0 && timing.reload <= timing.done)
            #expect(timing.done < 60)
        }
        #expect(try book.page("01-one.html").contains("saved 2 times"))
    }
}
