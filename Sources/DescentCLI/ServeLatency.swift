import Foundation

/// What an author waits for in `descent serve`, measured end to end (for `BuildBenchmark`): a
/// serve session (its file watcher and build loop, no HTTP server) runs on a configuration, and
/// each edit is timed from the moment its file is written to the moment open pages are told
/// to reload, and to the end of that build.
public enum ServeLatency {
    /// One edit's times, in seconds from the write.
    public struct Timing: Sendable {
        /// Until open pages are told to reload.
        public var reload: Double
        /// Until the build is done (print page, search bundle, stamp).
        public var done: Double
    }

    /// Runs a session on `configuration` (give it a render memo, a live site and a chapter memo,
    /// as `descent serve` does), waits for its first build, then applies each edit in turn and
    /// times it. An edit that does not lead to a published build within `timeout` ends the
    /// measurement (the times so far are returned).
    /// - Parameters:
    ///   - pollInterval: how often the watcher looks (nil: serve's).
    ///   - settleInterval: how long two looks must agree before building (nil: serve's).
    public static func measure(
        _ configuration: BuildConfiguration, edits: [@Sendable () throws -> Void], pollInterval: Duration? = nil,
        settleInterval: Duration? = nil, timeout: Duration = .seconds(120)
    ) async throws -> [Timing] {
        let status = BuildStatus()
        var session = PreviewSession(
            configuration: configuration, status: status, verbosity: .quiet, outputName: "site", libraryBuilder: nil)
        if let pollInterval { session.pollInterval = pollInterval }
        if let settleInterval { session.settleInterval = settleInterval }
        let loop = Task { await session.run() }
        defer { loop.cancel() }
        let clock = ContinuousClock()
        var snapshot = await status.snapshot
        // The first build.
        let deadline = clock.now + timeout
        while !(snapshot.generation.hasSuffix("-1") && !snapshot.building), clock.now < deadline {
            snapshot = await status.next(after: snapshot.version, timeout: .seconds(1))
        }
        var timings: [Timing] = []
        for edit in edits {
            // Never in the same modification-time tick as the last build's reads.
            try await Task.sleep(for: .milliseconds(30))
            let before = snapshot.generation
            let start = clock.now
            try edit()
            var reload: Double?
            let deadline = clock.now + timeout
            while clock.now < deadline {
                snapshot = await status.next(after: snapshot.version, timeout: .seconds(1))
                if reload == nil, snapshot.generation != before { reload = seconds(clock.now - start) }
                if let reload, !snapshot.building, await status.pending.isEmpty {
                    timings.append(Timing(reload: reload, done: seconds(clock.now - start)))
                    break
                }
            }
            if reload == nil { break }
        }
        loop.cancel()
        await loop.value
        return timings
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
