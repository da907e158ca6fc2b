import ArgumentParser
import Foundation
import Notebook

/// `descent build [--chapters DIR] [--output DIR] [--jobs N] [--quiet | --verbose]`.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run every chapter's experiments (reusing cached runs) and write the site.",
        discussion: """
            The site is written atomically: after any error the output folder stays as it was.
            Runs are cached in .descent-cache/ at the repository root.
            Exit status: 0 on success, 1 when the chapters have errors, 2 on a usage error.
            """)

    @OptionGroup var book: BookOptions

    @Option(help: "The folder the site is written to.")
    var output = "site"

    @OptionGroup var printing: OutputOptions

    @Flag(help: "Say why each chapter's experiments ran (code, library, compiler, data file, no cached run) or were reused.")
    var explain = false

    @Option(name: .customLong("rerun"), help: ArgumentHelp(
        "Run this chapter's experiments even if cached: a number (05), slug or file name. Repeatable.",
        valueName: "chapter"))
    var rerun: [String] = []

    func run() async throws {
        var configuration = book.configuration(output: URL(filePath: output))
        configuration.rerun = rerun
        let interrupts = InterruptHandler.install()
        defer { interrupts.cancel() }
        guard await LibraryFreshness.ensure(configuration, terminal: .current, quiet: printing.verbosity == .quiet) else {
            throw ExitCode(ExitStatus.contentError)
        }
        let result = await Self.build(configuration, verbosity: printing.verbosity, outputName: output, explains: explain)
        if !result.succeeded { throw ExitCode(ExitStatus.contentError) }
    }

    /// Runs a build, showing its progress on the current terminal.
    static func build(
        _ configuration: BuildConfiguration, verbosity: BuildConsole.Verbosity, outputName: String, verb: String = "Built",
        reportsCached: Bool = true, explains: Bool = false,
        pagesWritten: (@Sendable (Set<String>) async -> Void)? = nil
    ) async -> SiteBuild.Result {
        let console = BuildConsole(
            terminal: .current, verbosity: verbosity, outputName: outputName, verb: verb, reportsCached: reportsCached,
            explains: explains)
        console.start(configuration)
        let result = await SiteBuild(configuration: configuration, pagesWritten: pagesWritten).run { console.handle($0) }
        console.finish(result)
        return result
    }
}
