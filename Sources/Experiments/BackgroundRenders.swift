// Implementation-only, like CCairo in Plotting: chapter programs compiled against this module
// must not load Foundation's modules (type-checking time); only `availableCores` uses it.
#if canImport(FoundationEssentials)
@_implementationOnly import FoundationEssentials
#else
@_implementationOnly import Foundation
#endif
import Dispatch

/// Figure renders running on other threads while the chapter goes on computing.
///
/// `show` and `showSweep` check a figure and record it at the caller's line, in order, then
/// hand the drawing and writing of its files to ``submit(_:)``. At most ``limit`` renders run at
/// once — as many as the process may use cores — and `submit` blocks the chapter while that
/// many are in flight, so no queue of figures grows behind a fast chapter: what is held at any
/// moment is the running renders' figures. ``waitForAll()`` (called before the run's end event
/// is written) returns when every render submitted so far has finished.
///
/// A render that fails stops the program from its own thread with `fatalError`, naming the
/// `show` line, so a failure is as fatal as before; only the moment differs.
final class BackgroundRenders: Sendable {
    /// The renders of this process, one per core available to it.
    static let shared = BackgroundRenders(limit: availableCores())

    /// The most renders that run at once.
    let limit: Int
    private let slots: DispatchSemaphore
    private let pending = DispatchGroup()
    private let queue = DispatchQueue(label: "descent.figure-renders", attributes: .concurrent)

    init(limit: Int) {
        self.limit = max(1, limit)
        slots = DispatchSemaphore(value: self.limit)
    }

    /// Runs `render` on another thread, first waiting while ``limit`` renders are running.
    func submit(_ render: @escaping @Sendable () -> Void) {
        slots.wait()
        queue.async(group: pending) { [slots] in
            render()
            slots.signal()
        }
    }

    /// Blocks until every render submitted so far has finished.
    func waitForAll() {
        pending.wait()
    }
}

/// The cores this process may use, as `ProcessInfo.activeProcessorCount` counts them.
func availableCores() -> Int {
    max(1, ProcessInfo.processInfo.activeProcessorCount)
}
