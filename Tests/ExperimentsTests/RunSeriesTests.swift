import Testing
@testable import Experiments

@Suite struct RunSeriesTests {
    @Test func coordinateFollowsEveryIterate() throws {
        let run = try GradientDescent(learningRate: 0.4).run(on: .ravine, from: [-5, -2], steps: 10)
        #expect(run.coordinate(0) == run.points.map { $0[0] })
        #expect(run.coordinate(1).count == 11)
        #expect(run.coordinate(1).first == -2)
        // x₂ is multiplied by 1 − 4η = −0.6 at every step.
        #expect(abs(run.coordinate(1)[1] - 1.2) < 1e-12)
    }

    @Test func coordinateKeepsTheFirstSteps() throws {
        let run = try GradientDescent(learningRate: 0.4).run(on: .ravine, from: [-5, -2], steps: 10)
        #expect(run.coordinate(0, steps: 3) == Array(run.points.prefix(4).map { $0[0] }))
        #expect(run.coordinate(0, steps: 50).count == 11)
    }

    @Test func lossesDrawOneLinePerRun() throws {
        let slow = try GradientDescent(learningRate: 0.1).run(on: .ravine, from: [-5, -2], steps: 30)
        let fast = try GradientDescent(learningRate: 0.4).run(on: .ravine, from: [-5, -2], steps: 30)
        let figure = Figure.losses(of: [slow, fast], labels: ["η = 0.1", "η = 0.4"], steps: 20)
        let lines = figure.marks.compactMap { $0 as? Line }
        #expect(lines.map(\.label) == ["η = 0.1", "η = 0.4"])
        #expect(lines.allSatisfy { $0.points.count == 21 })
        #expect(lines[0].points.map(\.y) == Array(slow.values.prefix(21)))
        #expect(figure.yScale == .log)
        #expect(figure.xLabel == "step t")
    }

    @Test func lossesDefaultToOptimizerNamesAndRender() throws {
        let run = try GradientDescent(learningRate: 0.2).run(on: .square, from: [1.5], steps: 8)
        let figure = Figure.losses(of: [run])
        #expect(figure.marks.compactMap { ($0 as? Line)?.label } == [run.optimizer])
        let png = try figure.renderPNG(theme: .light, scale: 1)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }
}
