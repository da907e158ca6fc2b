import ArgumentParser
import Foundation
import Notebook

/// `descent build [--chapters DIR] [--output DIR] [--jobs N]`.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run every chapter's experiments (reusing cached runs) and write the site.",
        discussion: """
            The site is written atomically: after any error the output folder stays as it was.
            Runs are cached in .descent-cache/ at the repository root.
            """)

    @Option(help: "The folder holding the chapter files.")
    var chapters = "chapters"

    @Option(help: "The folder the site is written to.")
    var output = "site"

    @Option(help: "How many chapters compile and run at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("The build folder holding libExperiments and Modules/.", visibility: .hidden))
    var libraryDir: String?

    @Option(help: ArgumentHelp("The cache folder.", visibility: .hidden))
    var cacheDir: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let configuration = BuildConfiguration(
            chapters: URL(filePath: chapters), output: URL(filePath: output), jobs: jobs,
            libraryDirectory: libraryDir.map { URL(filePath: $0) },
            cacheDirectory: cacheDir.map { URL(filePath: $0) })
        let interrupts = InterruptHandler.install()
        defer { interrupts.cancel() }
        let console = BuildConsole()
        let result = await SiteBuild(configuration: configuration).run { console.chapterFinished($0) }
        console.finish(result, output: output)
        if !result.succeeded { throw ExitCode(ExitStatus.contentError) }
    }
}
