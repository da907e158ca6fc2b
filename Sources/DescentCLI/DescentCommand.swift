import ArgumentParser
import Foundation
import Synchronization

/// The `descent` command: builds the course site from its chapters (`build`), previews it
/// while it is edited (`serve`), verifies it for CI (`check`), and starts a chapter (`new`).
///
/// Exit status, for every subcommand: 0 on success, 1 when the content has errors (every
/// diagnostic is printed), 2 on a usage error.
public struct DescentCommand: AsyncParsableCommand {
    /// The command's name, summary and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "descent",
        abstract: "Build the Descent course: run the chapters' experiments and write the site.",
        discussion: "Exit status: 0 on success, 1 when the chapters have errors, 2 on a usage error.",
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self])

    /// Creates the command (ArgumentParser fills it in).
    public init() {}

    /// Parses the command line and runs the chosen subcommand, with the exit statuses
    /// above (ArgumentParser's own default for usage errors is 64).
    public static func main() async {
        await main(CommandLine.arguments.dropFirst().map { $0 })
    }

    /// The same, for callers that resolve to the synchronous overload (`main.swift`'s
    /// `await DescentCommand.main()` does on Linux, where ArgumentParser's synchronous
    /// `main()` outranks the asynchronous one): runs the command on the concurrency pool
    /// and waits for it.
    public static func main() {
        let arguments = CommandLine.arguments.dropFirst().map { $0 }
        let finished = DispatchSemaphore(value: 0)
        let status = Mutex<Int32>(0)
        Task.detached {
            let code = await run(arguments)
            status.withLock { $0 = code }
            finished.signal()
        }
        finished.wait()
        Foundation.exit(status.withLock { $0 })
    }

    /// ``main()`` for explicit arguments, for tests and tools.
    public static func main(_ arguments: [String]) async {
        let code = await run(arguments)
        Foundation.exit(code)
    }

    /// Runs the command line and returns its exit status instead of exiting.
    public static func run(_ arguments: [String]) async -> Int32 {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            return report(error)
        }
        do {
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            // Help requested below the root, or a validation error, surfaces here.
            return report(error, otherwise: ExitStatus.contentError)
        }
    }

    /// Prints what ArgumentParser has to say about `error` — help on standard output, an
    /// error on standard error — and returns the exit status: 0 for help, the usage status
    /// for parse and validation errors, `otherwise` for anything else.
    private static func report(_ error: any Error, otherwise: Int32 = ExitStatus.usage) -> Int32 {
        let status = exitCode(for: error)
        let message = fullMessage(for: error)
        if status == .success {
            Terminal.current.line(message)
            return 0
        }
        Terminal.current.errorLine(message)
        return status == .validationFailure ? ExitStatus.usage : otherwise
    }
}

/// The statuses `descent` exits with.
public enum ExitStatus {
    /// The content (chapters, experiments, references) has errors.
    public static let contentError: Int32 = 1
    /// The command line is wrong.
    public static let usage: Int32 = 2
}
