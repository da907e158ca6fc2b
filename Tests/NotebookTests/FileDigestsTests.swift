import Foundation
import Testing
@testable import Notebook

@Suite struct FileDigestsTests {
    private func write(_ text: String, to url: URL, modified: Date) throws {
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path)
    }

    /// A file rewritten with the same size and its old modification time still gets its new
    /// digest: the change time (which no one can set back) is part of what is compared.
    @Test func aRewrittenFileIsDigestedAgainEvenWithItsOldTimeAndSize() async throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "data.csv")
        let longAgo = Date(timeIntervalSinceNow: -3600)
        try write("1,2,3", to: file, modified: longAgo)
        // Its change time is now: wait until it is a second old, so the digest is remembered.
        try await Task.sleep(for: .milliseconds(1100))
        let digests = FileDigests()
        let first = try #require(digests.digest(ofFileAt: file.path))
        #expect(digests.digest(ofFileAt: file.path) == first)
        try write("1,2,4", to: file, modified: longAgo)
        let second = try #require(digests.digest(ofFileAt: file.path))
        #expect(second != first)
        #expect(SHA256.hexString(second) == SHA256.hex(Array("1,2,4".utf8)))
    }

    @Test func aMissingFileHasNoDigest() {
        #expect(FileDigests().digest(ofFileAt: "/nonexistent/\(UUID())") == nil)
    }

    /// The library digest covers nested folders, ignores hidden files and symbolic links.
    @Test func theSourceDigestSeesNestedFilesNotHiddenOnes() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nested = folder.appending(path: "Optimizers")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data("struct Adam {}".utf8).write(to: nested.appending(path: "Adam.swift"))
        let first = SourceDigest.compute([folder])
        try Data("x".utf8).write(to: folder.appending(path: ".DS_Store"))
        try FileManager.default.createSymbolicLink(at: folder.appending(path: "link.swift"), withDestinationURL: nested.appending(path: "Adam.swift"))
        #expect(SourceDigest.compute([folder]) == first)
        try Data("struct Adam { var β = 0.9 }".utf8).write(to: nested.appending(path: "Adam.swift"))
        #expect(SourceDigest.compute([folder]) != first)
    }
}
