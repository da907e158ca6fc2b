import Dispatch
import Foundation

/// Waits for Ctrl-C (SIGINT), SIGTERM, SIGHUP (the terminal closed) or SIGQUIT, for commands that stop cleanly rather than exit
/// on the spot (`descent serve`).
/// (`@unchecked`: the dispatch sources are set once in `init` and only cancelled after.)
final class StopSignal: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let stream: AsyncStream<Int32>
    private let continuation: AsyncStream<Int32>.Continuation

    /// Starts catching the signals.
    init() {
        (stream, continuation) = AsyncStream<Int32>.makeStream()
        let continuation = continuation
        sources = InterruptHandler.signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
    }

    /// Returns when a signal arrives (or the waiting task is cancelled).
    func wait() async {
        for await _ in stream { return }
    }

    /// Restores the default handling.
    func cancel() {
        sources.forEach { $0.cancel() }
        continuation.finish()
        for number in InterruptHandler.signals { signal(number, SIG_DFL) }
    }
}
