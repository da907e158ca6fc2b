import Foundation
import Testing
@testable import Notebook

@Suite struct ExperimentToolchainTests {
    /// A rebuilt library changes the fingerprint, so cached runs compiled against the old
    /// one are not reused — even for a book outside the library's package.
    @Test func fingerprintFollowsTheBuiltLibrary() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "toolchain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appending(path: "Modules"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = folder.appending(path: "libExperiments.so")
        try Data("old build".utf8).write(to: library)
        let toolchain = ExperimentToolchain(libraryDirectory: folder, root: folder, swiftc: "/nonexistent/swiftc")
        let before = toolchain.fingerprint
        #expect(toolchain.fingerprint == before)

        try Data("a new, longer build".utf8).write(to: library)
        let afterLibrary = toolchain.fingerprint
        #expect(afterLibrary != before)

        try Data("module".utf8).write(to: folder.appending(path: "Modules/Descent.swiftmodule"))
        #expect(toolchain.fingerprint != afterLibrary)
    }

    @Test func fingerprintFollowsTheFlags() {
        let folder = FileManager.default.temporaryDirectory
        let plain = ExperimentToolchain(libraryDirectory: folder, root: folder, swiftc: "/nonexistent/swiftc")
        let optimized = ExperimentToolchain(libraryDirectory: folder, root: folder, swiftc: "/nonexistent/swiftc",
                                            flags: ["-O"])
        #expect(plain.fingerprint != optimized.fingerprint)
    }
}
