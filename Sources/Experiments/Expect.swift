#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Pins a claim the chapter's prose makes about a run: when `condition` is false, the
/// build fails at this line with `message` (after the chapter has run, so every failed
/// expectation of the chapter is reported at once).
///
/// ```swift
/// let run = try GradientDescent(learningRate: 0.6).run(on: .ravine, from: [-5, -2], steps: 20)
/// expect(run.last.value > run.first.value, "with η = 0.6 the iterates diverge")
/// ```
///
/// Write the message as the claim itself ("the loss halves within 10 steps"): it is what
/// the author reads when the claim stops being true.
public func expect(
    _ condition: @autoclosure () -> Bool, _ message: String,
    file: StaticString = #file, line: UInt = #line, column: UInt = #column
) {
    guard !condition() else { return }
    let channel = OutputChannel.shared
    if channel.directory == nil {
        // Outside `descent build`: say it on standard error, where a terminal shows it.
        fputs("\(file):\(line):\(column): expectation failed: \(message)\n", stderr)
        return
    }
    channel.recordFailedExpectation(message: message, line: Int(line), column: Int(column))
}
