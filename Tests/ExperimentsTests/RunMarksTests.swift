import Testing
@testable import Experiments

@Suite struct RunMarksTests {
    @Test func trajectoryFollowsEveryIterate() throws {
        let run = try GradientDescent(learningRate: 0.4).run(on: .ravine, from: [-5, -2], steps: 10)
        let path = Trajectory(run, label: "η = 0.4")
        #expect(path.points.count == run.points.count)
        #expect(path.points.first == Point(-5, -2))
        #expect(path.points.last == Point(run.finalPoint[0], run.finalPoint[1]))
        #expect(path.label == "η = 0.4")
        #expect(path.divergedAt == nil)
    }

    @Test func trajectoryOfDivergedRunIsMarked() throws {
        let run = try GradientDescent(learningRate: 0.6).run(on: .ravine, from: [-5, -2], steps: 200)
        #expect(run.diverged)
        let path = Trajectory(run)
        #expect(path.divergedAt == run.divergedAt)
        #expect(path.label == run.optimizer)
    }

    @Test func oneDimensionalRunSitsOnTheCurve() throws {
        let run = try GradientDescent(learningRate: 0.2).run(on: .square, from: [10], steps: 5)
        let path = Trajectory(run, on: .square)
        #expect(path.points.map(\.x) == run.points.map { $0[0] })
        #expect(path.points.map(\.y) == run.values)
    }

    @Test func contourFigureHasContourRunsAndMinima() throws {
        let slow = try GradientDescent(learningRate: 0.4).run(on: .ravine, from: [-5, -2], steps: 20)
        let fast = try GradientDescent(learningRate: 0.1).run(on: .ravine, from: [-5, -2], steps: 20)
        let figure = Figure.contours(of: .ravine, runs: [slow, fast], labels: ["η = 0.4", "η = 0.1"])
        #expect(figure.marks.filter { $0 is Contour }.count == 1)
        #expect(figure.marks.compactMap { ($0 as? Trajectory)?.label } == ["η = 0.4", "η = 0.1"])
        #expect(figure.marks.filter { $0 is Minimum }.count == Objective.ravine.minima.count)
        #expect(figure.xRange == Objective.ravine.box[0])
        // Minima are drawn before the runs, so the final iterates are not hidden under a star.
        let lastMinimum = figure.marks.lastIndex { $0 is Minimum }!
        let firstRun = figure.marks.firstIndex { $0 is Trajectory }!
        #expect(lastMinimum < firstRun)
    }

    @Test func curveFigureRendersToPNG() throws {
        let run = try GradientDescent(learningRate: 0.2).run(on: .square, from: [10], steps: 8)
        let figure = Figure.curve(of: .square, runs: [run], labels: ["η = 0.2"], x: -10...10)
        let png = try figure.renderPNG(theme: .light, scale: 1)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }
}
