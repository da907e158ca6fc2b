import Foundation
import Testing
@testable import Notebook

/// What chapter programs get from the built library, and the runner's reuse of a chapter's
/// last run when a library edit left that unchanged.
@Suite struct LibraryCodeTests {
    /// A copy of the tests' built library folder (the library file and its modules).
    static func copyOfLibrary() throws -> URL? {
        let source = BuiltLibrary.directory
        guard FileManager.default.fileExists(atPath: source.appending(path: "libExperiments.so").path) else { return nil }
        let folder = FileManager.default.temporaryDirectory.appending(path: "library-code-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder.appending(path: "Modules"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source.appending(path: "libExperiments.so"), to: folder.appending(path: "libExperiments.so"))
        for name in ["Experiments", "Descent"] {
            try FileManager.default.copyItem(at: source.appending(path: "Modules/\(name).swiftmodule"),
                                             to: folder.appending(path: "Modules/\(name).swiftmodule"))
        }
        return folder
    }

    static func flipByte(in file: URL, at offset: Int) throws {
        var bytes = [UInt8](try Data(contentsOf: file))
        bytes[offset] ^= 0xFF
        try Data(bytes).write(to: file)
    }

    @Test func onlyLoadedBytesAndModulesCount() throws {
        guard let folder = try Self.copyOfLibrary() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = folder.appending(path: "libExperiments.so")
        let sections = try #require(LibraryCode.loadedSections(of: try Data(contentsOf: library)))
        #expect(sections.contains { $0.name == ".text" })
        #expect(!sections.contains { $0.name.hasPrefix(".debug") })
        let before = try #require(LibraryCode.digest(libraryDirectory: folder))
        #expect(LibraryCode.digest(libraryDirectory: folder) == before)

        // The build id identifies the build, not its code: ignored.
        let buildID = try #require(sections.first { $0.name == ".note.gnu.build-id" }?.bytes)
        try Self.flipByte(in: library, at: buildID.upperBound - 1)
        #expect(LibraryCode.digest(libraryDirectory: folder) == before)

        // A changed instruction is a different library.
        let text = try #require(sections.first { $0.name == ".text" }?.bytes)
        try Self.flipByte(in: library, at: text.lowerBound + text.count / 2)
        let changedCode = LibraryCode.digest(libraryDirectory: folder)
        #expect(changedCode != before && changedCode != nil)

        // So is a changed module interface.
        try Data("changed".utf8).write(to: folder.appending(path: "Modules/Descent.swiftmodule"))
        #expect(LibraryCode.digest(libraryDirectory: folder) != changedCode)
    }

    @Test func notALibraryHasNoDigest() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "library-code-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(LibraryCode.digest(libraryDirectory: folder) == nil)
        try Data("\u{7F}ELF but not really".utf8).write(to: folder.appending(path: "libExperiments.so"))
        #expect(LibraryCode.digest(libraryDirectory: folder) == nil)
        #expect(LibraryCode.loadedSections(of: Data([0x7F, 0x45, 0x4C, 0x46])) == nil)
    }

    /// A library source edit after which the library is (re)built and gives programs the same
    /// code — here: the source file is older than the library — reuses the runs; a source
    /// newer than the library (not rebuilt yet) runs them, as does any change of the code.
    @Test func aLibraryEditThatLeavesTheCodeReusesTheRuns() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "cache") else { return }
        defer { sandbox.remove() }
        let first = try await sandbox.run()
        #expect(first.allSatisfy { $0.value?.reusedFromCache == false })
        let keyBefore = try #require(ExperimentCache(directory: sandbox.cache).lastKeyParts(of: "01-first"))

        let source = sandbox.librarySources.appending(path: "Library.swift")
        try Data("let version = 1 // a comment\n".utf8).write(to: source)
        let past = Date(timeIntervalSinceNow: -365 * 24 * 3600)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: source.path)
        let reused = try await sandbox.run()
        #expect(reused.allSatisfy { $0.value?.reusedFromCache == true }, "\(reused.map(\.problems))")
        #expect(reused.map { $0.value?.outputs } == first.map { $0.value?.outputs })
        let keyAfter = try #require(ExperimentCache(directory: sandbox.cache).lastKeyParts(of: "01-first"))
        #expect(keyAfter.library != keyBefore.library && keyAfter.code == keyBefore.code)
        // Stored under the new key: the next build is an ordinary hit.
        #expect(try await sandbox.run().allSatisfy { $0.value?.reusedFromCache == true })

        // A source newer than the library: it may not be built yet, so the chapters run.
        try Data("let version = 2\n".utf8).write(to: source)
        let ran = try await sandbox.run()
        #expect(ran.allSatisfy { $0.value?.reusedFromCache == false })
        #expect(ran.map(\.value?.reason) == [.libraryChanged, .libraryChanged])
    }
}

/// `descent serve` remembers the built library's digest between builds: never after a file changed.
@Suite struct RememberedLibraryDigestTests {
    @Test func aRebuiltModuleIsNeverTakenForTheOldOne() throws {
        let built = BuiltLibrary.directory
        guard FileManager.default.fileExists(atPath: built.appending(path: "libExperiments.so").path) else { return }
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appending(path: "Modules"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: built.appending(path: "libExperiments.so"), to: folder.appending(path: "libExperiments.so"))
        let module = folder.appending(path: "Modules/Descent.swiftmodule")
        try FileManager.default.copyItem(at: built.appending(path: "Modules/Descent.swiftmodule"), to: module)
        let first = try #require(LibraryCode.rememberedDigest(libraryDirectory: folder))
        #expect(LibraryCode.rememberedDigest(libraryDirectory: folder) == first)
        #expect(LibraryCode.digest(libraryDirectory: folder) == first)

        // Another build of the module, with its old modification time put back.
        let attributes = try FileManager.default.attributesOfItem(atPath: module.path)
        var bytes = try Data(contentsOf: module)
        bytes[bytes.count - 1] ^= 0xff
        try bytes.write(to: module)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: module.path)
        let second = try #require(LibraryCode.rememberedDigest(libraryDirectory: folder))
        #expect(second != first)
        #expect(second == LibraryCode.digest(libraryDirectory: folder))
    }
}
