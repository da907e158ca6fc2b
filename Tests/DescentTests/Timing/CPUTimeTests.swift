import Testing
import Descent
import Foundation

@Suite struct CPUTimeTests {
    /// Work costs CPU time; sleeping costs (almost) none, although wall-clock time passes.
    @Test func countsWorkNotWaiting() {
        var sum = 0.0
        let working = cpuSeconds { for i in 0..<2_000_000 { sum += Double(i).squareRoot() } }
        #expect(sum > 0 && working > 0)
        let sleeping = cpuSeconds { Thread.sleep(forTimeInterval: 0.05) }
        #expect(sleeping >= 0 && sleeping < 0.02)
    }

    @Test func rethrowsWhatTheBodyThrows() {
        struct Failure: Error {}
        #expect(throws: Failure.self) { _ = try cpuSeconds { throw Failure() } }
    }
}
