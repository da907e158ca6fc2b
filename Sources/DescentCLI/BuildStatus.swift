import Foundation
import Notebook

/// The state of `descent serve`'s builds that open pages follow: a version that changes
/// on every event, the generation of the site being served (it changes on each published
/// build, which is when pages reload), whether a build is running, and the problems of the
/// last build.
///
/// Pages long-poll it (``next(after:timeout:)``): a request names the version it has seen
/// and is answered as soon as there is a newer one, or after the time-out with the same.
///
/// A build that updates the site in place publishes in two steps: once the changed pages are
/// written (``pagesPublished(pending:)``) the generation moves on and pages reload, while the
/// files that need the whole book (print page, search bundle) are still being made; the
/// server holds a request for one of those (``waitUntilWritten(_:)``) until the build ends.
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
    /// Site paths the running build has still to write, after its pages were published.
    private(set) var pending: Set<String> = []
    private var pendingWaiters: [CheckedContinuation<Void, Never>] = []
    /// Whether the running build already moved the generation on.
    private var publishedPages = false

    init() {
        snapshot = Snapshot(version: 0, generation: "", building: false, problems: [])
        snapshot.generation = "\(session)-0"
    }

    /// A build started.
    func buildStarted() {
        publishedPages = false
        change { $0.building = true }
    }

    /// The running build wrote its changed pages: the generation moves on and pages reload;
    /// `pending` (site paths) are written before the build ends.
    func pagesPublished(pending: Set<String>) {
        published += 1
        publishedPages = true
        self.pending = pending
        let generation = "\(session)-\(published)"
        change {
            $0.building = false
            $0.problems = []
            $0.generation = generation
        }
    }

    /// Returns once `path` (relative to the site) is not waiting to be written by the running build.
    func waitUntilWritten(_ path: String) async {
        guard pending.contains(path) else { return }
        await withCheckedContinuation { pendingWaiters.append($0) }
    }

    /// A build ended: published (the generation moves on, unless its pages already did) or
    /// failed with `problems`.
    func buildFinished(published didPublish: Bool, problems: [Diagnostic]) {
        if didPublish && !publishedPages { published += 1 }
        publishedPages = false
        pending = []
        let waiting = pendingWaiters
        pendingWaiters = []
        for continuation in waiting { continuation.resume() }
        let generation = "\(session)-\(published)"
        change {
            $0.building = false
            $0.problems = problems.map(Problem.init)
            $0.generation = generation
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
