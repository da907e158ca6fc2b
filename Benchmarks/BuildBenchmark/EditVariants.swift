import DescentCLI
import Foundation
import Notebook

/// The experiment edit of one chapter, side by side in one run: the chapter program compiled
/// through `swiftc` or directly (the compile plan), and its figures all drawn or the
/// unchanged ones taken from the figure memo. Variants alternate round by round so that all
/// see the same machine; each round is a new edit of the chapter (a statement at the top of
/// its first experiment block, which changes no figure). Prints medians of the edit-to-site
/// time and of the chapter's compile and run.
func compareEditVariants(chapter: URL, rounds: Int, configuration: BuildConfiguration) async throws {
    struct Variant { var name: String; var driver: Bool; var memo: Bool }
    let variants = [
        Variant(name: "swiftc, every figure drawn", driver: true, memo: false),
        Variant(name: "direct, every figure drawn", driver: false, memo: false),
        Variant(name: "direct, figure memo", driver: false, memo: true),
    ]
    print("\nExperiment edit of \(chapter.lastPathComponent), \(rounds) rounds alternated (medians):")
    var whole: [[Double]] = Array(repeating: [], count: variants.count)
    var compile = whole, run = whole
    let original = try String(contentsOf: chapter, encoding: .utf8)
    defer { try? Data(original.utf8).write(to: chapter) }
    var round = 0
    for _ in 0..<rounds {
        for (index, variant) in variants.enumerated() {
            round += 1
            guard let fence = original.range(of: "```swift experiment") else { return }
            let lineEnd = original[fence.upperBound...].firstIndex(of: "\n") ?? original.endIndex
            let edited = original.replacingCharacters(in: lineEnd..<lineEnd, with: "\nlet benchmarkVariantEdit = \(round)")
            try Data(edited.utf8).write(to: chapter)
            func set(_ key: String, _ on: Bool) { if on { setenv(key, "1", 1) } else { unsetenv(key) } }
            set(ExperimentToolchain.driverEnvironmentKey, variant.driver)
            set(ExperimentRunner.noFigureMemoEnvironmentKey, !variant.memo)
            let start = ContinuousClock.now
            let result = await quietly { await SiteBuild(configuration: configuration).run() }
            let elapsed = ContinuousClock.now - start
            guard result.succeeded else {
                print("  build failed at \(result.failedStep ?? "?")"); result.diagnostics.forEach { print($0) }; exit(1)
            }
            let ran = result.chapters.compactMap(\.run).filter { !$0.reusedFromCache }
            whole[index].append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            compile[index].append(ran.map(\.compileSeconds).reduce(0, +))
            run[index].append(ran.map(\.runSeconds).reduce(0, +))
        }
    }
    unsetenv(ExperimentToolchain.driverEnvironmentKey)
    unsetenv(ExperimentRunner.noFigureMemoEnvironmentKey)
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    for (index, variant) in variants.enumerated() {
        print("  \(variant.name.padding(toLength: 28, withPad: " ", startingAt: 0)) edit to site \(format(median(whole[index]))) · compile \(format(median(compile[index]))) · run \(format(median(run[index])))")
    }
}
