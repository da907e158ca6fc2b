import Foundation
import Testing
@testable import DescentCLI

/// Which `swift build` rebuilds the library in use, and how its errors are read.
@Suite struct LibraryBuilderTests {
    @Test func configurationAndBuildFolderComeFromTheLibraryFolder() throws {
        let root = URL(filePath: "/repo")
        let release = try #require(LibraryBuilder(libraryDirectory: URL(filePath: "/repo/.build/x86_64-unknown-linux-gnu/release"), root: root))
        #expect(release.configuration == "release")
        #expect(release.scratchPath.path == "/repo/.build")
        #expect(release.arguments == ["swift", "build", "-c", "release", "--scratch-path", "/repo/.build", "--product", "Experiments"])
        let debug = try #require(LibraryBuilder(libraryDirectory: URL(filePath: "/repo/.build-cli/debug"), root: root))
        #expect(debug.configuration == "debug")
        #expect(debug.scratchPath.path == "/repo/.build-cli")
        #expect(LibraryBuilder(libraryDirectory: URL(filePath: "/opt/lib"), root: root) == nil)
    }

    @Test func compilerErrorsBecomeDiagnosticsRelativeToTheRoot() {
        let output = """
            Building for production...
            /repo/Sources/Descent/Optimizers/Momentum.swift:12:9: error: cannot find 'velocty' in scope
            /repo/Sources/Descent/Optimizers/Momentum.swift:12:9: error: cannot find 'velocty' in scope
            /repo/Sources/Plotting/Line.swift:3:1: warning: unused
            """
        let found = LibraryBuilder.diagnostics(in: output, root: URL(filePath: "/repo"), command: ["swift", "build"])
        #expect(found.map(\.description) == ["Sources/Descent/Optimizers/Momentum.swift:12:9: error: cannot find 'velocty' in scope"])
    }

    @Test func otherFailuresKeepTheEndOfTheOutput() {
        let found = LibraryBuilder.diagnostics(in: "error: manifest parse failed\n", root: URL(filePath: "/repo"), command: ["swift", "build"])
        #expect(found.count == 1)
        #expect(found[0].hint?.contains("manifest parse failed") == true)
    }
}
