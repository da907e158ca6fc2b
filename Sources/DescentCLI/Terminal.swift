import Foundation
import Synchronization

/// Where the commands write, and what that place can show: live progress only on an
/// interactive terminal, colours only there and never when `NO_COLOR` is set
/// (<https://no-color.org>).
///
/// Commands write through ``current``; tests replace it (a task-local value) with a
/// ``Capture`` to read what a command printed.
public struct Terminal: Sendable {
    /// The two output streams.
    public enum Stream: Sendable {
        /// Standard output: progress and summaries.
        case output
        /// Standard error: diagnostics.
        case error
    }

    /// Writes text, as is, to a stream.
    public var write: @Sendable (String, Stream) -> Void
    /// Standard output is a terminal a person watches: progress may redraw a status line.
    public var isInteractive: Bool
    /// Escape sequences for colour and weight may be written to standard output.
    public var colorsOutput: Bool
    /// The same for standard error.
    public var colorsErrors: Bool

    /// Creates a terminal from its parts.
    public init(
        isInteractive: Bool, colorsOutput: Bool, colorsErrors: Bool,
        write: @escaping @Sendable (String, Stream) -> Void
    ) {
        self.isInteractive = isInteractive
        self.colorsOutput = colorsOutput
        self.colorsErrors = colorsErrors
        self.write = write
    }

    /// The process's standard output and error, with abilities decided by ``decide``.
    public static var standard: Terminal {
        let abilities = decide(
            environment: ProcessInfo.processInfo.environment,
            outputIsTerminal: isatty(STDOUT_FILENO) == 1, errorIsTerminal: isatty(STDERR_FILENO) == 1)
        return Terminal(
            isInteractive: abilities.interactive, colorsOutput: abilities.colorsOutput,
            colorsErrors: abilities.colorsErrors
        ) { text, stream in
            let handle = stream == .output ? FileHandle.standardOutput : FileHandle.standardError
            handle.write(Data(text.utf8))
        }
    }

    /// What a stream may show: a terminal (not `TERM=dumb`) is interactive; it gets
    /// colours unless `NO_COLOR` is set to anything non-empty.
    public static func decide(
        environment: [String: String], outputIsTerminal: Bool, errorIsTerminal: Bool
    ) -> (interactive: Bool, colorsOutput: Bool, colorsErrors: Bool) {
        let dumb = environment["TERM"] == "dumb"
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let interactive = outputIsTerminal && !dumb
        return (interactive, interactive && !noColor, errorIsTerminal && !dumb && !noColor)
    }

    /// The terminal commands write to: ``standard`` unless a caller bound another.
    @TaskLocal public static var current: Terminal = .standard

    /// Prints a line to standard output.
    public func line(_ text: String) {
        write(text + "\n", .output)
    }

    /// Prints a line to standard error.
    public func errorLine(_ text: String) {
        write(text + "\n", .error)
    }

    /// `text` in `style` on standard output, when colours are allowed there.
    func styled(_ text: String, _ style: TextStyle, on stream: Stream = .output) -> String {
        let allowed = stream == .output ? colorsOutput : colorsErrors
        return allowed ? style.apply(to: text) : text
    }

    /// A terminal that keeps everything written, for tests and tools.
    public final class Capture: Sendable {
        private let state = Mutex<(output: String, error: String)>(("", ""))

        /// Creates an empty capture.
        public init() {}

        /// Everything written to standard output so far.
        public var output: String { state.withLock { $0.output } }
        /// Everything written to standard error so far.
        public var error: String { state.withLock { $0.error } }

        /// A terminal writing into this capture.
        public func terminal(interactive: Bool = false, colors: Bool = false) -> Terminal {
            Terminal(isInteractive: interactive, colorsOutput: colors, colorsErrors: colors) { text, stream in
                self.state.withLock { if stream == .output { $0.output += text } else { $0.error += text } }
            }
        }
    }
}

/// The few ANSI styles the commands use.
enum TextStyle: String, Sendable {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case cyan = "36"

    func apply(to text: String) -> String {
        "\u{1B}[\(rawValue)m\(text)\u{1B}[0m"
    }
}
