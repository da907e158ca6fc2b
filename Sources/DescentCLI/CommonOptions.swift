import ArgumentParser
import Foundation

/// The options every command that runs the book shares: where the chapters are, how many
/// run at once, and the hidden folders tests and tools point elsewhere.
struct BookOptions: ParsableArguments {
    @Option(help: "The folder holding the chapter files.")
    var chapters = "chapters"

    // Optional, so that the help states the default once, in words: ArgumentParser would
    // otherwise append this machine's core count as a second "(default: N)".
    @Option(help: "How many chapters compile and run at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("The build folder holding libExperiments and Modules/.", visibility: .hidden))
    var libraryDir: String?

    @Option(help: ArgumentHelp("The cache folder.", visibility: .hidden))
    var cacheDir: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: chapters, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("no chapters folder at '\(chapters)': run from the repository root, or pass --chapters DIR")
        }
    }

    /// The number of chapters run at once: `--jobs`, or the number of cores.
    var jobCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    /// The build configuration writing to `output`.
    func configuration(output: URL) -> BuildConfiguration {
        BuildConfiguration(
            chapters: URL(filePath: chapters), output: output, jobs: jobCount,
            libraryDirectory: libraryDir.map { URL(filePath: $0) },
            cacheDirectory: cacheDir.map { URL(filePath: $0) })
    }
}

/// `--quiet` and `--verbose`.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print the folders used, block counts and the time of each step.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    var verbosity: BuildConsole.Verbosity {
        quiet ? .quiet : verbose ? .verbose : .normal
    }
}
