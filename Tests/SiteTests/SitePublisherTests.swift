import Foundation
import Testing
@testable import Site

@Suite struct SitePublisherTests {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("descent-publish-\(UUID().uuidString.prefix(8))")

    private func folder(_ name: String, file: String, contents: String) throws -> URL {
        let url = base.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try contents.write(to: url.appendingPathComponent(file), atomically: true, encoding: .utf8)
        return url
    }

    private func read(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

    @Test func firstPublishMovesStagingIntoPlace() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let staging = try folder("staging", file: "index.html", contents: "new")
        let output = base.appendingPathComponent("site")
        try SitePublisher.publish(staging: staging, to: output)
        #expect(read(output.appendingPathComponent("index.html")) == "new")
        #expect(!FileManager.default.fileExists(atPath: staging.path))
    }

    @Test func replacesThePreviousSiteAndLeavesNoBackup() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let output = try folder("site", file: "old.html", contents: "old")
        let staging = try folder("staging", file: "index.html", contents: "new")
        try SitePublisher.publish(staging: staging, to: output)
        #expect(read(output.appendingPathComponent("index.html")) == "new")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("old.html").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: base.path)
        #expect(leftovers == ["site"])
    }

    @Test func thePreviousSiteCanBeHandedOverInsteadOfDeleted() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let output = try folder("site", file: "old.html", contents: "old")
        let staging = try folder("staging", file: "index.html", contents: "new")
        var handed: [URL] = []
        try SitePublisher.publish(staging: staging, to: output) { handed.append($0) }
        #expect(read(output.appendingPathComponent("index.html")) == "new")
        #expect(handed.count == 1)
        // The caller deletes it when it likes (serve: on another thread); until then it is whole.
        #expect(read(handed[0].appendingPathComponent("old.html")) == "old")
        #expect(handed[0].standardizedFileURL != output.standardizedFileURL)
    }

    @Test func aMissingStagingFolderLeavesTheOldSite() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let output = try folder("site", file: "index.html", contents: "old")
        #expect(throws: (any Error).self) {
            try SitePublisher.publish(staging: base.appendingPathComponent("nothing"), to: output)
        }
        #expect(read(output.appendingPathComponent("index.html")) == "old")
    }

    @Test func aFailedBuildNeverReachesTheOutput() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let output = try folder("site", file: "index.html", contents: "old")
        var runs = try FixtureBook.runs()
        runs[0].chapter.body += "\nSee @fig:missing.\n"
        let staging = base.appendingPathComponent("staging")
        #expect(throws: SiteBuildError.self) {
            try SiteRenderer(title: "T", introduction: "").render(runs, into: staging)
            try SitePublisher.publish(staging: staging, to: output)
        }
        #expect(read(output.appendingPathComponent("index.html")) == "old")
    }
}
