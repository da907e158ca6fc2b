import DescentCLI
import Foundation
import Notebook

/// The experiment edit, side by side: chapter programs compiled through `swiftc` (the
/// driver) and through the compile plan (the frontend and linker run directly), alternated
/// round by round so that both see the same machine, each round a new edit of the chapter.
/// Prints the median edit-to-site time of each and the median compile time of the chapter.
func compareDriverAndPlan(rounds: Int, configuration: BuildConfiguration, edit: (Int) throws -> Void) async throws {
    print("\nExperiment edit, chapter compiled through swiftc vs directly (\(rounds) rounds alternated, medians):")
    var whole: [Bool: [Double]] = [:]
    var compile: [Bool: [Double]] = [:]
    var round = 0
    for _ in 0..<rounds {
        for direct in [false, true] {
            round += 1
            try edit(round)
            if direct { unsetenv(ExperimentToolchain.driverEnvironmentKey) } else { setenv(ExperimentToolchain.driverEnvironmentKey, "1", 1) }
            let start = ContinuousClock.now
            let result = await SiteBuild(configuration: configuration).run()
            let elapsed = ContinuousClock.now - start
            guard result.succeeded else {
                print("  build failed at \(result.failedStep ?? "?")"); result.diagnostics.forEach { print($0) }; exit(1)
            }
            whole[direct, default: []].append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            compile[direct, default: []].append(result.chapters.compactMap(\.run).filter { !$0.reusedFromCache }.map(\.compileSeconds).reduce(0, +))
        }
    }
    unsetenv(ExperimentToolchain.driverEnvironmentKey)
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    for direct in [false, true] {
        let label = direct ? "directly (compile plan)" : "through swiftc"
        print("  \(label.padding(toLength: 24, withPad: " ", startingAt: 0)) edit to site \(format(median(whole[direct]!))) · compile \(format(median(compile[direct]!)))")
    }
}
