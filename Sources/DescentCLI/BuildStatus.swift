import Foundation
import Notebook

/// The state of `descent serve`'s builds that open pages follow: a version that changes
/// on every event, the generation of the site being served (it changes on each published
/// build, which is when pages reload), whether a build is running, and the problems of the
/// last build.
///
/// Pages long-poll it (``next(after:timeout:)``): a request names the version it has seen
/// and is answered as soon as there is a newer one, or after the time-out with the same.
actor BuildStatus {
    /// One problem, as the page overlay shows it.
    struct Problem: Codable, Sendable, Equatable {
        /// `chapters/05-momentum.md:12:3`, or the file alone.
        var location: String
        /// What is wrong.
        var message: String
        /// The whole diagnostic as the terminal prints it (source line, caret, hint).
        var text: String

        init(_ diagnostic: Diagnostic) {
            var location = diagnostic.file
            if let line = diagnostic.line { location += ":\(line)" }
            if let line = diagnostic.line, let column = diagnostic.column, line > 0 { location += ":\(column)" }
            self.location = location
            message = diagnostic.message
            text = diagnostic.description
        }
    }

    /// What a page receives.
    struct Snapshot: Codable, Sendable, Equatable {
        /// Increases on every change.
        var version: Int
        /// Names the published site; pages showing another generation reload.
        var generation: String
        /// A build is running.
        var building: Bool
        /// The problems of the last build (empty when it succeeded).
        var problems: [Problem]
    }

    private let session = String(UUID().uuidString.prefix(8)).lowercased()
    private var published = 0
    private(set) var snapshot: Snapshot
    private var waiters: [UUID: CheckedContinuation<Snapshot, Never>] = [:]

    init() {
        snapshot = Snapshot(version: 0, generation: "", building: false, problems: [])
        snapshot.generation = "\(session)-0"
    }

    /// A build started.
    func buildStarted() {
        change { $0.building = true }
    }

    /// A build ended: published (the generation moves on) or failed with `problems`.
    func buildFinished(published didPublish: Bool, problems: [Diagnostic]) {
        if didPublish { published += 1 }
        let generation = "\(session)-\(published)"
        change {
            $0.building = false
            $0.problems = problems.map(Problem.init)
            if didPublish { $0.generation = generation }
        }
    }

    /// The snapshot after `version`: at once if the current one is newer, otherwise the next
    /// one, or the current one when `timeout` passes first.
    func next(after version: Int, timeout: Duration) async -> Snapshot {
        if snapshot.version != version { return snapshot }
        let id = UUID()
        return await withCheckedContinuation { continuation in
            waiters[id] = continuation
            Task { [weak self] in
                try? await Task.sleep(for: timeout)
                await self?.expire(id)
            }
        }
    }

    /// Answers every waiting request now (the server is stopping).
    func releaseAll() {
        let waiting = waiters
        waiters = [:]
        for continuation in waiting.values { continuation.resume(returning: snapshot) }
    }

    private func expire(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume(returning: snapshot)
    }

    private func change(_ update: (inout Snapshot) -> Void) {
        update(&snapshot)
        snapshot.version += 1
        releaseAll()
    }
}
