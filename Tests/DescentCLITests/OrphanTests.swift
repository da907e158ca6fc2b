#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import DescentCLI
import Notebook

/// Killing `descent` — with SIGKILL, which it cannot catch, or SIGHUP, as a closed terminal
/// sends — leaves no experiment running, not even a child the experiment `setsid()`ed away.
@Suite(.serialized) struct OrphanTests {
    @Test(arguments: [SIGKILL, SIGHUP])
    func killingTheBuilderKillsItsExperiments(signal number: Int32) async throws {
        guard Library.isBuilt() else { return }
        let descent = Library.directory.appending(path: "descent")
        guard FileManager.default.isExecutableFile(atPath: descent.path) else {
            Issue.record("build the descent product in the tests' build folder first (swift build --build-tests does)")
            return
        }
        guard !Containment.current.pidNamespace.isEmpty else { return }
        let book = try TestBook()
        defer { book.remove() }
        let marker = "\(8000 + Int(number))\(Int.random(in: 100...999))"
        try book.write("01-spin.md", """
            ---
            title: Spin
            ---
            ```swift experiment
            import Foundation
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/bin/sh")
            child.arguments = ["-c", "setsid sleep \(marker) & sleep \(marker)"]
            try child.run()
            var spins = 0
            while true { spins &+= 1 }
            ```
            """)
        let process = Process()
        process.executableURL = descent
        process.arguments = book.arguments("build")
        process.standardOutput = FileHandle.nullDevice
        let log = book.folder.appending(path: "descent.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        // Wait for the experiment's children: compiling takes a while, and minutes when the whole
        // suite builds packages and chapters on two cores (this book's clang modules are built afresh).
        let deadline = ContinuousClock.now + .seconds(300)
        while Self.sleepers(marker).count < 2, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(Self.sleepers(marker).count == 2, """
            the experiment never started its children; descent \(process.isRunning ? "is still running" : "exited with \(process.terminationStatus)"), and said:
            \((try? String(contentsOf: log, encoding: .utf8)) ?? "")
            """)
        kill(process.processIdentifier, number)
        process.waitUntilExit()
        try await Task.sleep(for: .milliseconds(500))
        #expect(Self.sleepers(marker).isEmpty, "children outlived descent")
        #expect(Self.processes(mentioning: book.folder.path).isEmpty, "the experiment outlived descent")
    }

    static func sleepers(_ marker: String) -> [pid_t] {
        processes { words in words.count >= 2 && words[0].hasSuffix("sleep") && words[1] == marker }
    }

    static func processes(mentioning path: String) -> [pid_t] {
        processes { words in words.contains { $0.contains(path) } }
    }

    /// Living (not zombie) processes whose command line satisfies `matches`.
    static func processes(where matches: ([String]) -> Bool) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry), pid != getpid(),
                  let command = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"),
                  let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return nil }
            let words = command.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            let state = stat.split(separator: ")").last?.split(separator: " ").first
            return state != "Z" && matches(words) ? pid : nil
        }
    }
}
