#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The CPU time, in seconds, that the calling thread spends running `body`.
///
/// Unlike wall-clock time it does not count the time the thread waits while
/// other programs run, so timings of library code stay comparable on a busy
/// machine (a chapter's cost measurements use it; take the best of several).
///
/// ```swift
/// let seconds = cpuSeconds { for t in 0..<1000 { sgd.step(&w, &state, &batches, t: t) } } / 1000
/// ```
public func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
    let start = threadCPUTime()
    try body()
    return threadCPUTime() - start
}

/// The calling thread's CPU time so far, in seconds.
func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}
