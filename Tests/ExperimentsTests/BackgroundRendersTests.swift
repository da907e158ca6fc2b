import Dispatch
import Foundation
import Synchronization
import Testing
@testable import Experiments

/// The background renders' queue: bounded, blocking when full, and drained by `waitForAll`.
@Suite struct BackgroundRendersTests {
    @Test func atMostLimitRunAtOnceAndAllFinish() {
        let renders = BackgroundRenders(limit: 2)
        let state = Mutex((running: 0, most: 0, done: 0))
        for _ in 0..<12 {
            renders.submit {
                state.withLock { $0.running += 1; $0.most = max($0.most, $0.running) }
                usleep(5_000)
                state.withLock { $0.running -= 1; $0.done += 1 }
            }
        }
        renders.waitForAll()
        let final = state.withLock { $0 }
        #expect(final.done == 12)
        #expect(final.running == 0)
        #expect(final.most <= 2)
    }

    @Test func submitBlocksWhileTheQueueIsFull() {
        let renders = BackgroundRenders(limit: 1)
        let gate = DispatchSemaphore(value: 0)
        renders.submit { gate.wait() }
        let returned = Mutex(false)
        let submitter = DispatchGroup()
        DispatchQueue.global().async(group: submitter) {
            renders.submit {}
            returned.withLock { $0 = true }
        }
        // Nothing can let the second submit return while the first render holds the only slot.
        usleep(50_000)
        #expect(!returned.withLock { $0 })
        gate.signal()
        submitter.wait()
        renders.waitForAll()
        #expect(returned.withLock { $0 })
    }

    @Test func waitForAllWithNothingSubmittedReturns() {
        BackgroundRenders(limit: 3).waitForAll()
    }

    @Test func theProcessRendersOnAsManyThreadsAsItHasCores() {
        #expect(BackgroundRenders.shared.limit == max(1, ProcessInfo.processInfo.activeProcessorCount))
    }
}
