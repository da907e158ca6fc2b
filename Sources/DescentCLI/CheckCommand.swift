import ArgumentParser
import Foundation
import Notebook

/// `descent check [--chapters DIR]`: a whole build into a temporary folder, then deleted.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify the course as build does, without writing the site.",
        discussion: """
            Compiles and runs every experiment (reusing cached runs), renders every page, and \
            checks math, cross-references and links — into a temporary folder that is deleted \
            afterwards, so site/ is never touched. Suitable for CI.
            Exit status: 0 when everything is fine, 1 when the chapters have errors, 2 on a usage error.
            """)

    @OptionGroup var book: BookOptions

    @OptionGroup var printing: OutputOptions

    func run() async throws {
        let interrupts = InterruptHandler.install()
        defer { interrupts.cancel() }
        let succeeded = await Self.check(book.configuration(output: URL(filePath: "site")), verbosity: printing.verbosity)
        if !succeeded { throw ExitCode(ExitStatus.contentError) }
    }

    /// Builds `configuration`'s book into a scratch folder under its cache folder (so the
    /// final move is a rename on the same disk) and deletes it; returns whether it built.
    static func check(_ configuration: BuildConfiguration, verbosity: BuildConsole.Verbosity) async -> Bool {
        var scratch = configuration
        let folder = configuration.cacheDirectory.appending(path: "check-\(UUID().uuidString.prefix(8))")
        scratch.output = folder.appending(path: "site")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = await BuildCommand.build(scratch, verbosity: verbosity, outputName: "", verb: "Checked")
        return result.succeeded
    }
}
