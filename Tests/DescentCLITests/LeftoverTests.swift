#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import DescentCLI

/// What a killed build leaves in `.descent-cache/staging/` is removed by the next one.
@Suite struct LeftoverTests {
    @Test func stagingFoldersOfDeadBuildsAreRemoved() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "descent-staging-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dead = folder.appending(path: "999999999-\(UUID().uuidString)")
        let old = folder.appending(path: UUID().uuidString)
        let mine = folder.appending(path: "\(getpid())-\(UUID().uuidString)")
        for url in [dead, old, mine] {
            try FileManager.default.createDirectory(at: url.appending(path: "figures"), withIntermediateDirectories: true)
        }
        SiteBuild.removeStaleStaging(in: folder)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(!FileManager.default.fileExists(atPath: old.path))
        #expect(FileManager.default.fileExists(atPath: mine.path))
    }

    @Test func aBuildRemovesWhatAKilledBuildLeft() async throws {
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-one.md", "---\ntitle: One\n---\nNo experiments.\n")
        let staging = book.cache.appending(path: "staging/999999999-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let previous = book.folder.appending(path: ".site.previous-999999999-abcd1234")
        try FileManager.default.createDirectory(at: previous, withIntermediateDirectories: true)
        let result = await runCaptured(book.arguments("build"))
        #expect(result.status == 0, "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        #expect(!FileManager.default.fileExists(atPath: previous.path))
    }
}
