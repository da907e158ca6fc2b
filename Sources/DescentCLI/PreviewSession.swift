import Foundation
import Notebook

/// The build loop of `descent serve`: builds once, then watches the chapters and the library
/// sources and rebuilds after every save — the Experiments library first when its sources
/// changed — telling open pages (through ``BuildStatus``) and the terminal how it went. A
/// failed build publishes nothing, so the last good site stays served.
struct PreviewSession: Sendable {
    /// Where to read and write.
    var configuration: BuildConfiguration
    /// Pages follow this.
    var status: BuildStatus
    /// How much the terminal is told.
    var verbosity: BuildConsole.Verbosity
    /// How the output folder is named in messages.
    var outputName: String
    /// Rebuilds the library when its sources change; nil when the library is not a SwiftPM
    /// build folder (then such changes only re-run the chapters).
    var libraryBuilder: LibraryBuilder?
    /// How often files are looked at: an edit is noticed 25 ms after the save on average
    /// (a look costs under a millisecond, ``SourceWatcher``: 1–2 % of a core).
    var pollInterval: Duration = .milliseconds(50)
    /// After a change is seen, how long two looks must agree before the build starts (an
    /// editor may save in several steps); it waits again while files keep changing, up to
    /// ``longestSettle``. (It was a fixed 80 ms: with the 100 ms polls, 130 ms of every edit
    /// went by before its build started, more than a prose edit's whole build.)
    var settleInterval: Duration = .milliseconds(20)
    /// The longest wait for files to stop changing before building anyway.
    var longestSettle: Duration = .milliseconds(500)

    private var watcher: SourceWatcher {
        SourceWatcher(folders: [configuration.chapters] + configuration.librarySources)
    }

    /// Builds, then rebuilds on every change until the task is cancelled.
    func run() async {
        var seen = watcher.snapshot()
        await build(libraryChanged: false, reason: nil)
        while !Task.isCancelled {
            do { try await Task.sleep(for: pollInterval) } catch { return }
            var now = watcher.snapshot()
            guard now != seen else { continue }
            // Let an editor finish writing (some save in several steps): build once two looks agree.
            var waited: Duration = .zero
            while waited < longestSettle {
                do { try await Task.sleep(for: settleInterval) } catch { return }
                waited += settleInterval
                let later = watcher.snapshot()
                if later == now { break }
                now = later
            }
            let changed = SourceWatcher.changes(from: seen, to: now)
            seen = now
            guard !changed.isEmpty else { continue }
            let library = configuration.librarySources.map { $0.standardizedFileURL.path + "/" }
            let libraryChanged = changed.contains { path in library.contains { path.hasPrefix($0) } }
            await build(libraryChanged: libraryChanged, reason: describe(changed))
        }
    }

    /// One rebuild; returns whether it published.
    @discardableResult
    func build(libraryChanged: Bool, reason: String?) async -> Bool {
        let terminal = Terminal.current
        await status.buildStarted()
        if let reason, verbosity != .quiet {
            terminal.line("")
            terminal.line(terminal.styled("↻ \(reason)", .cyan))
        }
        if libraryChanged, let libraryBuilder {
            if verbosity != .quiet { terminal.line(terminal.styled("rebuilding the Experiments library…", .dim)) }
            let start = ContinuousClock.now
            let problems = await libraryBuilder.build()
            if Task.isCancelled { return false }
            guard problems.isEmpty else {
                let text = problems.map { BuildConsole.describe($0, terminal: terminal) }.joined(separator: "\n\n")
                terminal.write("\n" + text + "\n\n", .error)
                terminal.errorLine(terminal.styled("The library did not build; still serving the last good site.", .red, on: .error))
                await status.buildFinished(published: false, problems: problems)
                return false
            }
            if verbosity == .verbose {
                terminal.line(terminal.styled("library built in \(BuildConsole.format(Self.seconds(ContinuousClock.now - start))) s", .dim))
            }
        }
        let result = await BuildCommand.build(
            configuration, verbosity: verbosity, outputName: outputName, reportsCached: reason == nil,
            pagesWritten: { [status] pending in await status.pagesPublished(pending: pending) })
        if Task.isCancelled { return false }
        if !result.succeeded {
            terminal.errorLine(terminal.styled("Still serving the last good site.", .red, on: .error))
        }
        await status.buildFinished(published: result.succeeded, problems: result.diagnostics)
        return result.succeeded
    }

    private func describe(_ paths: [String]) -> String {
        let root = configuration.root.standardizedFileURL.path + "/"
        let names = paths.map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }
        let shown = names.prefix(3).joined(separator: ", ")
        return names.count > 3 ? "\(shown) and \(names.count - 3) more changed" : "\(shown) changed"
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
