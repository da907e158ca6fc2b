import Foundation
import Testing
@testable import Notebook

@Suite struct CompilePlanTests {
    private let folder = URL(filePath: "/scratch/plan-1")
    /// What `swiftc -###` prints on Linux for a chapter program (shortened).
    private var driverJobs: String {
        """
        /opt/swift/usr/bin/swift-frontend -frontend -c -primary-file /scratch/plan-1/main.swift -target x86_64-unknown-linux-gnu -I /lib/Modules -Onone -module-name ChapterExperiments -o /tmp/TemporaryDirectory.AbC/main-1.o
        /opt/swift/usr/bin/swift-autolink-extract /tmp/TemporaryDirectory.AbC/main-1.o -o /tmp/TemporaryDirectory.AbC/ChapterExperiments-1.autolink
        /opt/swift/usr/bin/clang -fuse-ld=lld -pie /opt/swift/usr/lib/swift/linux/x86_64/swiftrt.o /tmp/TemporaryDirectory.AbC/main-1.o @/tmp/TemporaryDirectory.AbC/ChapterExperiments-1.autolink -L /lib -lExperiments -o /scratch/plan-1/experiments

        """
    }

    /// What `clang -###` prints for a link line: its settings, then the linker command quoted.
    private func clangOutput(_ command: [String]) -> String {
        var linker = ["/opt/swift/usr/bin/ld.lld", "-pie", "-o", "/scratch/plan-1/experiments", "/lib/Scrt1.o"]
        linker += command.filter { $0.hasSuffix(".o") || $0.hasPrefix("-l") }
        return "clang version 21.0.0\nTarget: x86_64-unknown-linux-gnu\nInstalledDir: /opt/swift/usr/bin\n"
            + " " + linker.map { "\"\($0)\"" }.joined(separator: " ") + "\n"
    }

    @Test func runsTheFrontendAndTheLinkerOfTheDriversJobsInTheWorkFolder() throws {
        var asked: [String] = []
        let plan = try #require(CompilePlan.parse(swiftJobs: driverJobs, in: folder) { command in
            asked = command
            return clangOutput(command)
        })
        // clang was asked about its own link line, the object moved to the work folder and
        // the autolink file replaced by the placeholder.
        #expect(asked.first == "/opt/swift/usr/bin/clang")
        #expect(asked.contains("/scratch/plan-1/main.o"))
        #expect(asked.contains(CompilePlan.autolinkPlaceholder))
        #expect(!asked.contains { $0.contains("TemporaryDirectory") })

        let work = URL(filePath: "/cache/tmp/work-01")
        let frontend = plan.frontendCommand(work: work)
        #expect(frontend.first == "/opt/swift/usr/bin/swift-frontend")
        #expect(frontend.contains("/cache/tmp/work-01/main.swift"))
        let output = try #require(frontend.firstIndex(of: "-o"))
        #expect(frontend[output + 1] == "/cache/tmp/work-01/main.o")
        #expect(!frontend.contains { $0.contains("/scratch/plan-1") || $0.contains("TemporaryDirectory") })

        let link = plan.linkCommand(work: work, autolink: ["-lswiftCore", "-lExperiments"])
        #expect(link == ["/opt/swift/usr/bin/ld.lld", "-pie", "-o", "/cache/tmp/work-01/experiments", "/lib/Scrt1.o",
                         "/opt/swift/usr/lib/swift/linux/x86_64/swiftrt.o", "/cache/tmp/work-01/main.o",
                         "-lswiftCore", "-lExperiments", "-lExperiments"])
    }

    @Test func aPlanSurvivesEncoding() throws {
        let plan = try #require(CompilePlan.parse(swiftJobs: driverJobs, in: folder, clangLinkLine: clangOutput))
        let decoded = try JSONDecoder().decode(CompilePlan.self, from: JSONEncoder().encode(plan))
        #expect(decoded == plan)
    }

    /// Anything but the expected shape means the driver keeps the job.
    @Test(arguments: [
        "two frontend jobs", "another source", "a whole-module job without -primary-file", "a fourth job",
        "no link job", "a link through another program", "an open quote", "a link that ignores the autolink entries",
    ])
    func anUnexpectedJobListGivesNoPlan(_ change: String) throws {
        let jobs = driverJobs
        let changed = switch change {
        case "two frontend jobs":
            jobs.replacingOccurrences(of: "/opt/swift/usr/bin/swift-autolink-extract", with: "/opt/swift/usr/bin/swift-frontend -frontend -c")
        case "another source": jobs.replacingOccurrences(of: "/scratch/plan-1/main.swift", with: "/elsewhere/main.swift")
        case "a whole-module job without -primary-file": jobs.replacingOccurrences(of: "-primary-file ", with: "")
        case "a fourth job": jobs + "/usr/bin/strip /scratch/plan-1/experiments\n"
        case "no link job": jobs.split(separator: "\n").prefix(2).joined(separator: "\n")
        case "a link through another program": jobs.replacingOccurrences(of: "/opt/swift/usr/bin/clang ", with: "/usr/bin/gcc ")
        case "an open quote": jobs.replacingOccurrences(of: "-Onone", with: "'-Onone")
        case "a link that ignores the autolink entries":
            jobs.replacingOccurrences(of: "@/tmp/TemporaryDirectory.AbC/ChapterExperiments-1.autolink", with: "")
        default: jobs
        }
        try #require(changed != jobs)
        #expect(CompilePlan.parse(swiftJobs: changed, in: folder, clangLinkLine: clangOutput) == nil)
    }

    @Test func clangThatWouldRunMoreThanTheLinkerGivesNoPlan() {
        let twice: ([String]) -> String? = { command in
            let once = clangOutput(command)
            return once + once.split(separator: "\n").last! + "\n"
        }
        #expect(CompilePlan.parse(swiftJobs: driverJobs, in: folder, clangLinkLine: twice) == nil)
        #expect(CompilePlan.parse(swiftJobs: driverJobs, in: folder, clangLinkLine: { _ in nil }) == nil)
    }

    /// On macOS (no autolink job) the link line has no autolink file.
    @Test func withoutAnAutolinkJobTheLinkTakesNone() throws {
        let jobs = driverJobs.split(separator: "\n").enumerated().filter { $0.offset != 1 }.map { $0.element }
            .joined(separator: "\n").replacingOccurrences(of: " @/tmp/TemporaryDirectory.AbC/ChapterExperiments-1.autolink", with: "")
        let plan = try #require(CompilePlan.parse(swiftJobs: jobs, in: folder, clangLinkLine: clangOutput))
        #expect(!plan.link.contains(CompilePlan.autolinkPlaceholder))
    }
}

/// The plan against the real toolchain: chapters compile through it, and a plan that no
/// longer works falls back to the driver without the author noticing.
@Suite struct CompilePlanEndToEndTests {
    private let chapterText = """
        ---
        title: Planned
        ---
        ```swift experiment
        let squares = (1...4).map { $0 * $0 }
        print(squares)
        ```
        """

    @Test func aBuildCompilesThroughThePlanAndKeepsIt() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox() else { return }
        defer { sandbox.remove() }
        try sandbox.write(chapter: "01-planned.md", chapterText)
        let run = try #require(try await sandbox.run().first?.value)
        #expect(run.outputs[0].text == "[1, 4, 9, 16]\n")
        let runner = sandbox.runner()
        let saved = try Data(contentsOf: runner.cache.compilePlanFile)
        #expect(String(decoding: saved, as: UTF8.self).contains("swift-frontend"))
    }

    private func execute(with plan: CompilePlan?, in sandbox: BuiltLibrary.Sandbox, text: String? = nil) async throws
        -> (Result<ChapterExecutor.Execution, Diagnostics>, discarded: Bool) {
        try sandbox.write(chapter: "01-planned.md", text ?? chapterText)
        let chapter = try #require(try sandbox.load().first)
        let cache = sandbox.runner().cache
        let work = try cache.makeTemporaryDirectory(label: "work")
        let output = try cache.makeTemporaryDirectory(label: "run")
        final class Flag: @unchecked Sendable { var raised = false }
        let discarded = Flag()
        var executor = ChapterExecutor(toolchain: sandbox.toolchain, moduleCache: cache.moduleCacheDirectory, workingDirectory: sandbox.folder)
        executor.plan = plan
        executor.planFailed = { discarded.raised = true }
        return (try await executor.execute(chapter, work: work, output: output), discarded.raised)
    }

    private func realPlan(_ sandbox: BuiltLibrary.Sandbox) throws -> CompilePlan {
        let cache = sandbox.runner().cache
        return try #require(CompilePlans.shared.plan(
            for: sandbox.toolchain, moduleCache: cache.moduleCacheDirectory, file: cache.compilePlanFile,
            scratch: { try cache.makeTemporaryDirectory(label: "plan") }))
    }

    @Test func aLinkerThatFailsFallsBackToTheDriver() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox() else { return }
        defer { sandbox.remove() }
        var plan = try realPlan(sandbox)
        plan.link = ["/bin/false"] + plan.link.dropFirst()
        let (result, discarded) = try await execute(with: plan, in: sandbox)
        #expect(result.value?.outputs[0].text == "[1, 4, 9, 16]\n")
        #expect(discarded)
    }

    @Test func aFrontendThatRejectsItsArgumentsFallsBackToTheDriver() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox() else { return }
        defer { sandbox.remove() }
        var plan = try realPlan(sandbox)
        plan.frontend.append("-no-such-flag-in-any-swift")
        let (result, discarded) = try await execute(with: plan, in: sandbox)
        #expect(result.value?.outputs[0].text == "[1, 4, 9, 16]\n")
        #expect(discarded)
    }

    @Test func aChaptersOwnErrorIsReportedFromThePlanWithoutTheDriver() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox() else { return }
        defer { sandbox.remove() }
        let plan = try realPlan(sandbox)
        let (result, discarded) = try await execute(
            with: plan, in: sandbox, text: "---\ntitle: Broken\n---\n```swift experiment\nlet n: Int = \"four\"\n```\n")
        let problem = try #require(result.problems.first)
        #expect(problem.line == 5)
        #expect(problem.message.contains("String"))
        #expect(!discarded)
    }
}
