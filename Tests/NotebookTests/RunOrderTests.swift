import Foundation
import Testing
@testable import Notebook

@Suite struct RunOrderTests {
    /// A chapter whose one experiment block holds `bytes` bytes of code.
    private func chapter(_ path: String, codeBytes bytes: Int) throws -> Chapter {
        let code = "let x = \"" + String(repeating: "a", count: max(0, bytes - 10)) + "\""
        return try Fixtures.chapter("---\ntitle: T\n---\n```swift experiment\n\(code)\n```\n", path: path)
    }

    @Test func recordedTimesStartLongestFirstAndTiesKeepFileOrder() throws {
        let chapters = try (1...5).map { try chapter("chapters/0\($0)-c.md", codeBytes: 100) }
        let seconds: [String: Double] = ["chapters/01-c.md": 1, "chapters/02-c.md": 5, "chapters/03-c.md": 0.5,
                                         "chapters/04-c.md": 5, "chapters/05-c.md": 2]
        #expect(RunOrder.longestFirst(chapters) { seconds[$0.path] } == [1, 3, 4, 0, 2])
    }

    @Test func aChapterNeverRunIsEstimatedFromItsCode() throws {
        // 40 kB of code ≈ 4 s: before a chapter recorded at 3 s, after one at 5 s.
        let chapters = [try chapter("chapters/01-a.md", codeBytes: 100), try chapter("chapters/02-b.md", codeBytes: 40_000),
                        try chapter("chapters/03-c.md", codeBytes: 100)]
        let seconds: [String: Double] = ["chapters/01-a.md": 3, "chapters/03-c.md": 5]
        #expect(RunOrder.longestFirst(chapters) { seconds[$0.path] } == [2, 1, 0])
        // With nothing recorded (a fresh clone), the most code first.
        #expect(RunOrder.longestFirst(chapters) { _ in nil } == [1, 0, 2])
    }

    @Test func theCacheRemembersRunTimes() throws {
        let cache = ExperimentCache(directory: try Fixtures.temporaryDirectory())
        #expect(cache.lastRunSeconds(of: "01-intro") == nil)
        cache.recordRunSeconds(2.5, of: "01-intro")
        #expect(cache.lastRunSeconds(of: "01-intro") == 2.5)
        cache.recordRunSeconds(0.75, of: "01-intro")
        #expect(cache.lastRunSeconds(of: "01-intro") == 0.75)
        // A slug that could leave the cache folder is not written.
        cache.recordRunSeconds(1, of: "../x")
        #expect(cache.lastRunSeconds(of: "../x") == nil)
    }
}
