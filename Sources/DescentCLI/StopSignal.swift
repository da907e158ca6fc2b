import Dispatch
import Foundation

/// Waits for Ctrl-C (SIGINT) or SIGTERM, for commands that stop cleanly rather than exit
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
        sources = [SIGINT, SIGTERM].map { number in
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
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
