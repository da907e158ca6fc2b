import Foundation
import Testing
@testable import Notebook

/// End-to-end: fixture chapters compiled with swiftc against the built Experiments
/// library and run.
@Suite struct ExperimentRunnerTests {
    @Test func typeErrorPointsAtTheChapterLineAndColumn() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "type-error") else { return }
        defer { sandbox.remove() }
        let outcomes = try await sandbox.run()
        let problem = try #require(outcomes.first?.problems.first)
        #expect(problem.file == "chapters/01-types.md")
        #expect(problem.line == 8)
        #expect(problem.column == 32)
        #expect(problem.message.contains("'Int'"))
        #expect(problem.sourceLine == #"let label: String = "runs: " + count"#)
        #expect(problem.description.hasPrefix("chapters/01-types.md:8:32: error: "))
    }

    @Test func anExpressionSlowToTypeCheckIsAWarningAtItsLine() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox() else { return }
        defer { sandbox.remove() }
        // Two sums compared inside a closure: with the library's extra `+` and `<` overloads
        // the solver takes seconds (chapter 10 had this one); bound to `let`s it takes milliseconds.
        try sandbox.write(chapter: "01-slow.md", """
            ---
            title: Slow
            ---
            ```swift experiment
            let curves: [(Double, [Double])] = [(1, [3, 2, 1])]
            let falling = curves.allSatisfy { $0.1.suffix(1).reduce(0, +) < $0.1.dropLast(1).suffix(1).reduce(0, +) }
            print(falling)
            ```
            """)
        let run = try #require(try await sandbox.run().first?.value)
        #expect(run.outputs[0].text == "true\n")
        let warning = try #require(run.warnings.first)
        #expect(warning.isWarning)
        #expect(warning.line == 6)
        #expect(warning.column == 15)
        #expect(warning.message.hasPrefix("this expression takes "))
        #expect(warning.message.hasSuffix(" ms to type-check, on every build of the chapter"))
        #expect(warning.hint?.contains("let") == true)
    }

    @Test func trapNamesTheBlockAndLine() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "trap") else { return }
        defer { sandbox.remove() }
        let outcomes = try await sandbox.run()
        let problem = try #require(outcomes.first?.problems.first)
        #expect(problem.file == "chapters/01-trap.md")
        #expect(problem.line == 13)
        #expect(problem.message.hasPrefix("block 2 (line 11) crashed: Unexpectedly found nil"))
        #expect(problem.sourceLine == "print(missing! + 1)")
        #expect(problem.hint?.contains("about to trap") == true)
    }

    @Test func aFigureIdUsedTwiceStopsAtTheSecondFigure() async throws {
        // `show` and `showSweep` share one id space and one message.
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "figure-id") else { return }
        defer { sandbox.remove() }
        let outcomes = try await sandbox.run()
        let problem = try #require(outcomes.first?.problems.first)
        #expect(problem.file == "chapters/01-figure-id.md")
        #expect(problem.line == 12)
        #expect(problem.message.contains(#"showSweep(…, id: "line"): this id is already used by another figure of the chapter"#))
    }

    @Test func aFigureThatCannotBeDrawnStopsItsBlockAtTheShowLine() async throws {
        // Checked on the chapter's thread before the figure is rendered in the background, so
        // the block named is the figure's, not the one running when a render would have failed.
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "bad-figure") else { return }
        defer { sandbox.remove() }
        let outcomes = try await sandbox.run()
        let problem = try #require(outcomes.first?.problems.first)
        #expect(problem.file == "chapters/01-bad-figure.md")
        #expect(problem.line == 6)
        #expect(problem.message.hasPrefix("block 1 (line 5) crashed: the figure could not be rendered: Plotting: invalid y range: "))
        #expect(problem.sourceLine?.hasPrefix("show(figure") == true)
    }

    @Test func aRenderFailingInTheBackgroundStopsTheRunAtTheShowLine() async throws {
        // The figure's first file cannot be written (a folder has its name): the background
        // render stops the program with the message `show` gave when it drew in line.
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "render-failure") else { return }
        defer { sandbox.remove() }
        let outcomes = try await sandbox.run()
        let problem = try #require(outcomes.first?.problems.first)
        #expect(problem.file == "chapters/01-render-failure.md")
        #expect(problem.line == 9)
        #expect(problem.message.contains(" crashed: could not write figure-1-light.png into "), "\(problem.message)")
        #expect(problem.sourceLine?.hasPrefix("show(Figure(") == true)
    }

    @Test func aTrapWhileFiguresRenderFailsTheRunAsBefore() async throws {
        // Renders still pending when a later block traps die with the program: the run fails
        // with the trap, at its line, and nothing waits for them.
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "trap-after-figures") else { return }
        defer { sandbox.remove() }
        let outcomes = try await sandbox.run()
        let problem = try #require(outcomes.first?.problems.first)
        #expect(problem.file == "chapters/01-trap-after-figures.md")
        #expect(problem.line == 15)
        #expect(problem.message.hasPrefix("block 2 (line 14) crashed: Unexpectedly found nil"))
    }

    @Test func infiniteLoopIsStoppedAtTheTimeLimit() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "forever") else { return }
        defer { sandbox.remove() }
        let start = ContinuousClock.now
        let outcomes = try await sandbox.run()
        let problem = try #require(outcomes.first?.problems.first)
        #expect(problem.file == "chapters/01-forever.md")
        #expect(problem.message == "the experiments did not finish within the time limit of 1 s; stopped in block 2 (line 10)")
        // The bound covers compiling the chapter too, which takes tens of seconds when the
        // whole suite runs in parallel on two cores; a limit that did not fire would hang here.
        #expect(ContinuousClock.now - start < .seconds(120))
    }

    @Test func hideFoldIdTextAndFigures() async throws {
        guard let sandbox = try BuiltLibrary.Sandbox(copying: "options") else { return }
        defer { sandbox.remove() }
        let outcomes = try await sandbox.run()
        let run = try #require(outcomes.first?.value, "\(outcomes.first?.problems ?? [])")
        let blocks = run.chapter.experiments
        #expect(blocks.map(\.hidden) == [true, false, false])
        #expect(blocks.map(\.folded) == [false, true, false])
        #expect(blocks.map(\.id) == ["setup", nil, "last"])
        #expect(run.outputs.map(\.text) == ["", "square(3) = 9.0\n", "line one\nline two\n"])
        #expect(run.outputs.map(\.figures.count) == [0, 1, 1])
        let figure = run.outputs[1].figures[0]
        #expect(figure.id == "parabola")
        #expect(figure.caption == "Three points on $y = x^2$")
        #expect(figure.alt == "Three points rising to the right")
        #expect((figure.width, figure.height) == (200, 150))
        for name in [figure.lightFile, figure.darkFile, run.outputs[2].figures[0].darkFile] {
            let data = try Data(contentsOf: run.figureDirectory.appending(path: name))
            #expect(Array(data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        }
        #expect(!run.reusedFromCache)
        #expect(run.compileSeconds > 0 && run.runSeconds > 0)
    }
}
