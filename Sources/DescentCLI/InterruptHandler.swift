import Dispatch
import Foundation
import Notebook

/// On Ctrl-C, SIGTERM, SIGHUP (the terminal closed) or SIGQUIT, kills the compilers and experiments still running (they are in
/// their own process groups, out of the terminal's reach) before exiting, so nothing keeps
/// running after the build is gone. The published site is untouched: it is only ever
/// replaced by an atomic swap.
struct InterruptHandler {
    private let sources: [DispatchSourceSignal]

    /// The signals handled.
    static let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Starts handling ``signals``.
    static func install() -> InterruptHandler {
        let sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                RunningGroups.shared.killAll()
                FileHandle.standardError.write(Data("\ninterrupted\n".utf8))
                Foundation.exit(128 + number)
            }
            source.resume()
            return source
        }
        return InterruptHandler(sources: sources)
    }

    /// Restores the default handling.
    func cancel() {
        sources.forEach { $0.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}
