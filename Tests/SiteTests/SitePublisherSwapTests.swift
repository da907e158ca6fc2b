#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import Site

/// The swap is one atomic exchange on Linux, and folders a killed build left are removed.
@Suite struct SitePublisherSwapTests {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("descent-swap-\(UUID().uuidString.prefix(8))")

    private func site(_ name: String, _ text: String) throws -> URL {
        let url = base.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url.appendingPathComponent("index.html"))
        return url
    }

    @Test func theOutputNeverDisappears() async throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let output = try site("site", "0")
        let index = output.appendingPathComponent("index.html").path
        let stop = Task.detached { () -> Int in
            var missing = 0
            while !Task.isCancelled { if access(index, F_OK) != 0 { missing += 1 } }
            return missing
        }
        var swaps: [SitePublisher.Swap] = []
        for round in 1...200 {
            swaps.append(try SitePublisher.publish(staging: try site("staging-\(round)", "\(round)"), to: output))
        }
        stop.cancel()
        #if os(Linux)
        #expect(Set(swaps) == [.exchange])
        #expect(await stop.value == 0, "a reader saw no site between two renames")
        #endif
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "200")
        let left = try FileManager.default.contentsOfDirectory(atPath: base.path)
        #expect(left == ["site"])
    }

    @Test func leftoversOfAKilledBuildAreRemoved() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let output = try site("site", "old")
        let dead = try site(".site.previous-999999999-abcd", "x")
        let old = try site(".site.incoming-ABCDEF12", "x")
        let mine = try site(".site.previous-\(getpid())-abcd", "x")
        try SitePublisher.publish(staging: try site("staging", "new"), to: output)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(!FileManager.default.fileExists(atPath: old.path))
        #expect(FileManager.default.fileExists(atPath: mine.path))
    }
}
