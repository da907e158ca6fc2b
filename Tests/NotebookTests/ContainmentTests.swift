#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import Notebook

/// Experiments are contained: memory and output limits, and nothing they start outlives them.
@Suite struct ContainmentTests {
    @Test func unboundedAllocationStopsAtTheMemoryLimitWithALocatedError() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox() else { return }
        defer { sandbox.remove() }
        try sandbox.write(chapter: "01-hog.md", """
            ---
            title: Hog
            memory-limit: 256 MiB
            ---
            ```swift experiment
            print("before")
            ```

            ```swift experiment
            var chunks: [[UInt8]] = []
            while true { chunks.append([UInt8](repeating: 1, count: 8 << 20)) }
            ```
            """)
        let problem = try #require(try await sandbox.run().first?.problems.first)
        #expect(problem.file == "chapters/01-hog.md")
        #expect(problem.line == 10)
        #expect(problem.message.hasPrefix("block 2 (line 10) went over the memory limit of 256 MiB"), "\(problem.message)")
        #expect(problem.hint?.contains("memory-limit:") == true)
    }

    @Test func aBlockPrintingWithoutEndIsCutNotHeld() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox() else { return }
        defer { sandbox.remove() }
        // 20 MB in one block, then a block printing one line.
        try sandbox.write(chapter: "01-chatty.md", """
            ---
            title: Chatty
            ---
            ```swift experiment
            let line = String(repeating: "x", count: 99)
            for _ in 0..<200_000 { print(line) }
            ```

            ```swift experiment
            print("after")
            ```
            """)
        let run = try #require(try await sandbox.run().first?.value)
        let first = run.outputs[0]
        #expect(first.text.utf8.count <= Chapter.defaultOutputLimit)
        #expect(first.text.hasPrefix(String(repeating: "x", count: 99) + "\n"))
        #expect(first.text.hasSuffix("x\n"))
        #expect(first.omittedBytes == 20_000_000 - first.text.utf8.count)
        #expect(run.outputs[1].text == "after\n")
        #expect(run.outputs[1].omittedBytes == nil)
        let warning = try #require(run.warnings.first)
        #expect(warning.isWarning)
        #expect(warning.line == 5)
        #expect(warning.description.contains("warning: block 1 printed at least"))
        // The cut survives the cache.
        let cached = try #require(try await sandbox.run().first?.value)
        #expect(cached.reusedFromCache)
        #expect(cached.outputs[0].omittedBytes == first.omittedBytes)
    }

    @Test func standardOutputPastTheCapIsRefusedAndTheProgramGoesOn() async throws {
        guard Containment.current.prlimit != nil else { return }
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "out").path
        let process = ChildProcess(
            executable: "/bin/sh", arguments: ["-c", "head -c 5000000 /dev/zero; echo done >&2"],
            standardOutput: output, standardError: folder.appending(path: "err").path, timeLimit: 30,
            containment: .current, fileSizeLimit: 1 << 20)
        let (termination, _) = try await process.run()
        #expect(termination != .signaled(SIGXFSZ))
        #expect(BoundedFile(path: output).size == 1 << 20)
        let errors = BoundedFile(path: folder.appending(path: "err").path).text(limit: 1000)
        #expect(errors.contains("File too large"))
        #expect(errors.hasSuffix("done\n"))
    }

    @Test func aChildThatCallsSetsidDiesWithTheRunAtTheTimeLimit() async throws {
        guard !Containment.current.pidNamespace.isEmpty else { return }
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appending(path: "escaped.pid").path
        // An argument no other test run (of this or another checkout, at the same time) uses.
        let marker = String(Int.random(in: 100_000...999_999))
        let process = ChildProcess(
            executable: "/bin/sh",
            arguments: ["-c", "setsid sh -c 'echo $$ > \(pidFile); exec sleep \(marker)' & sleep 1000"],
            standardOutput: "/dev/null", standardError: "/dev/null", timeLimit: 1,
            containment: .current, ownNamespace: true)
        let (termination, _) = try await process.run()
        #expect(termination == .timedOut)
        let escaped = try #require(pid_t(try String(contentsOfFile: pidFile, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        // Its pid is the namespace's; look the sleeper up by its unusual argument instead.
        _ = escaped
        try await Task.sleep(for: .milliseconds(300))
        #expect(Self.livingProcesses(withArgument: marker).isEmpty)
    }

    @Test func experimentsHaveNoNetwork() async throws {
        guard Containment.current.pidNamespace.contains("--net") else { return }
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "out").path
        let process = ChildProcess(
            executable: "/bin/cat", arguments: ["/proc/net/dev"], standardOutput: output,
            standardError: "/dev/null", timeLimit: 30, containment: .current, ownNamespace: true)
        #expect(try await process.run().termination == .exited(0))
        // Two header lines and the loopback, nothing else.
        let interfaces = BoundedFile(path: output).text(limit: 10_000).split(separator: "\n").dropFirst(2)
        #expect(interfaces.map { $0.split(separator: ":").first?.trimmingCharacters(in: .whitespaces) } == ["lo"])
    }

    @Test func sigquitIsNotLeftIgnored() async throws {
        let previous = signal(SIGQUIT, SIG_IGN)
        defer { signal(SIGQUIT, previous) }
        let process = ChildProcess(
            executable: "/bin/sh", arguments: ["-c", "kill -QUIT $$; sleep 5"],
            standardOutput: "/dev/null", standardError: "/dev/null", timeLimit: 20)
        // Left ignored, the shell would survive its own SIGQUIT and exit 0 after the sleep.
        let (termination, _) = try await process.run()
        #expect(termination == .signaled(SIGQUIT))
    }

    @Test(arguments: [("memory-limit: 512 MiB", 512 << 20), ("memory-limit: 8 GiB", 8 << 30), ("memory-limit: 2GB", 2 << 30)])
    func theMemoryLimitIsSetInFrontMatter(line: String, bytes: Int) throws {
        #expect(try Fixtures.chapter("---\ntitle: T\n\(line)\n---\nText.\n").memoryLimit == bytes)
        #expect(try Fixtures.chapter("---\ntitle: T\n---\nText.\n").memoryLimit == Chapter.defaultMemoryLimit)
    }

    @Test(arguments: ["lots", "10 MiB", "2 TB", "-1 GiB", "4 parsecs"])
    func aBadMemoryLimitIsLocated(value: String) {
        let problem = Fixtures.problems("---\ntitle: T\nmemory-limit: \(value)\n---\nText.\n").first
        #expect(problem?.line == 3)
        #expect(problem?.column == 15)
        #expect(problem?.message.hasPrefix("`memory-limit` must be an amount of memory between 64 MiB and 1024 GiB") == true)
    }

    @Test func memoryOfAProcessTreeIsMeasured() throws {
        #if os(Linux)
        let mine = try #require(ProcessTreeMemory.residentBytes(of: getpid()))
        #expect(mine > 1 << 20)
        #expect(ProcessTreeMemory.residentBytes(of: 999_999_999) == nil)
        #endif
    }

    /// Processes (not zombies) whose command line has `argument` as its second word.
    static func livingProcesses(withArgument argument: String) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                  let command = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"),
                  let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return nil }
            let words = command.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            let state = stat.split(separator: ")").last?.split(separator: " ").first
            guard words.count >= 2, words[0].hasSuffix("sleep"), words[1] == argument, state != "Z" else { return nil }
            return pid
        }
    }
}
