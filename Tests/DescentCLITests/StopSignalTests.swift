import Foundation
import Testing
@testable import DescentCLI

/// Ctrl-C stops `descent serve` cleanly: the real executable, as a terminal would run it.
@Suite struct StopSignalTests {
    @Test func serveStopsOnInterruptWithStatusZero() async throws {
        let executable = Library.directory.appending(path: "descent")
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            Issue.record("build the descent executable in the tests' build folder first (swift build --product descent)")
            return
        }
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-one.md", "---\ntitle: One\n---\nProse only.\n")
        let process = Process()
        process.executableURL = executable
        process.arguments = book.arguments("serve") + ["--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // Wait for the first build, then interrupt.
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while !text.contains("Built 1 chapter"), Date() < deadline {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        #expect(text.contains("Serving http://127.0.0.1:"))
        kill(process.processIdentifier, SIGINT)
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        text += String(decoding: rest, as: UTF8.self)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(text.contains("Stopped."))
    }
}
