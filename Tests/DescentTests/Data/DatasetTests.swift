import Testing
import Descent
import Foundation

@Suite struct DatasetTests {
    @Test func syntheticDataIsDeterministic() throws {
        let a = try Dataset.regression(examples: 100, features: 3, seed: 5)
        let b = try Dataset.regression(examples: 100, features: 3, seed: 5)
        let c = try Dataset.regression(examples: 100, features: 3, seed: 6)
        #expect(a.inputs == b.inputs && a.targets == b.targets)
        #expect(a.targets != c.targets)
        #expect(a.trueWeights == [1, -2, 3] && a.count == 100 && a.features == 3)
    }

    @Test func leastSquaresRecoversTheWeights() throws {
        let data = try Dataset.regression(examples: 1000, features: 5, noise: 0.01, seed: 1)
        let problem = LeastSquares(data)
        #expect(close(problem.solution, data.trueWeights!, 1e-2))
        #expect(problem.exactGradient(at: problem.solution).norm < 1e-10)
    }

    @Test func gradientsAreExact() throws {
        let data = try Dataset(name: "tiny", inputs: [[1, 2], [3, -1]], targets: [1, 2])
        let problem = LeastSquares(data)
        let w: Vector = [0.5, 1]
        // residuals: 0.5 + 2 − 1 = 1.5 and 1.5 − 1 − 2 = −1.5
        #expect(problem.gradient(at: w, example: 0) == [1.5, 3])
        #expect(problem.gradient(at: w, example: 1) == [-4.5, 1.5])
        #expect(problem.gradient(at: w, batch: [0, 1]) == [-1.5, 2.25])
        #expect(problem.exactGradient(at: w) == [-1.5, 2.25])
        #expect(problem.value(at: w) == (2.25 + 2.25) / 4)
        #expect(problem.hessian(at: w).rows == [[5, -0.5], [-0.5, 2.5]])
    }

    @Test func minibatchSampling() throws {
        let data = try Dataset.regression(examples: 10, features: 2, seed: 3)
        var epochs = try Minibatches(LeastSquares(data), batchSize: 5, sampling: .shuffledEpochs, seed: 9)
        let first = Array(epochs.nextBatch()) + Array(epochs.nextBatch())
        #expect(first.sorted() == Array(0..<10))  // one epoch visits every example once
        var replacement = try Minibatches(LeastSquares(data), batchSize: 10, sampling: .withReplacement, seed: 9)
        let drawn = Array(replacement.nextBatch())
        #expect(drawn.count == 10 && Set(drawn).count < 10 && drawn.allSatisfy { (0..<10).contains($0) })
    }

    @Test func minibatchRunsAreSeeded() throws {
        let data = try Dataset.regression(examples: 1000, features: 5, seed: 42)
        func run(_ seed: UInt64, _ sampling: Minibatches.Sampling) throws -> Run {
            let batches = try Minibatches(LeastSquares(data), batchSize: 10, sampling: sampling, seed: seed)
            return try StochasticGradientDescent(learningRate: 0.05).run(on: batches, from: Vector(zeros: 5), steps: 300)
        }
        for sampling in [Minibatches.Sampling.withReplacement, .shuffledEpochs] {
            #expect(try run(1, sampling).points == run(1, sampling).points)
            #expect(try run(1, sampling).points != run(2, sampling).points)
            #expect(try run(1, sampling).values.last! < 0.02)
        }
    }

    @Test func csvLoading() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("descent-\(UUID()).csv").path
        try "x1,x2,y\n1,2,3\n\n4, 5 ,6\r\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let data = try Dataset(csvFile: path)
        #expect(data.inputs == [[1, 2], [4, 5]] && data.targets == [3, 6])
    }

    static let badFiles: [(String, String)] = [
        ("x1,y\n1,2\n3,abc\n", "data.csv:3:2: \"abc\" in column \"y\" is not a finite number"),
        ("x1,y\n1,2,3\n", "data.csv:2: expected 2 fields like the header, found 3"),
        ("x1,x2,y\n1,2,3\n4,5\n", "data.csv:3: expected 3 fields like the header, found 2"),
        ("x1,y\n1,\n", "data.csv:2:2: an empty field in column \"y\" is not a finite number"),
        ("", "data.csv:1: the file is empty: expected a header line of column names, then rows"),
        ("\n1,2\n", "data.csv:1: missing header line (column names, target last)"),
        ("x,,y\n1,2,3\n", "data.csv:1:2: column 2 of the header has no name"),
        ("y\n1\n", "data.csv:1: expected at least 2 columns (features, then the target), found 1"),
        ("x,y\n", "data.csv: no examples after the header"),
        ("x,y\n\n\n", "data.csv: no examples after the header"),
        ("x,y\nnan,1\n", "data.csv:2:1: \"nan\" in column \"x\" is not a finite number"),
        ("x,y\n1e999,1\n", "data.csv:2:1: \"1e999\" in column \"x\" is not a finite number"),
    ]

    static let badLabelledFiles: [(String, String?, String)] = [
        ("p0,label\n0.5,2.5\n", nil, "digits.csv:2:2: label 2.5 in column \"label\" is not an integer class label"),
        ("p0,label\n1,2\n", "digit", "digits.csv:1: no column named \"digit\"; the columns are p0, label"),
        ("label\n1\n", nil, "digits.csv:1: expected at least 2 columns (features and a label), found 1"),
        ("p0,label\n1,x\n", nil, "digits.csv:2:2: \"x\" in column \"label\" is not a finite number"),
        ("", nil, "digits.csv:1: the file is empty: expected a header line of column names, then rows"),
    ]

    @Test(arguments: badLabelledFiles)
    func labelledCSVErrorsNameFileLineAndColumn(_ text: String, _ column: String?, _ message: String) {
        #expect {
            _ = try LabeledDataset(csv: text, file: "digits.csv", labelColumn: column)
        } throws: { error in
            let text = (error as? DatasetError)?.description
            if text != message { Issue.record("got \(text ?? "\(error)")") }
            return text == message
        }
    }

    @Test func labelsBecomeClassIndices() throws {
        let data = try LabeledDataset(csv: "a,label,b\n1,7,2\n3,3,4\n5,7,6\n", file: "t.csv", labelColumn: "label")
        #expect(data.labels == [1, 0, 1] && data.classLabels == [3, 7] && data.classCount == 2)
        #expect(data.inputs == [[1, 2], [3, 4], [5, 6]])
        let (training, test) = try data.split(testFraction: 0.34, seed: 1)
        #expect(training.count == 2 && test.count == 1)
        let again = try data.split(testFraction: 0.34, seed: 1)
        #expect(again.test.inputs == test.inputs)
        #expect(Set(training.inputs + test.inputs) == Set(data.inputs))
    }

    @Test(arguments: badFiles)
    func csvErrorsNameFileLineAndColumn(_ text: String, _ message: String) {
        #expect {
            _ = try Dataset(csv: text, file: "data.csv")
        } throws: { error in
            let text = (error as? DatasetError)?.description
            if text != message { Issue.record("got \(text ?? "\(error)")") }
            return text == message
        }
    }

    @Test func missingFile() {
        #expect { _ = try Dataset(csvFile: "/nonexistent/d.csv") } throws: {
            ($0 as? DatasetError)?.description == "/nonexistent/d.csv: cannot open the file (paths are relative to the book's root, e.g. data/diabetes.csv)"
        }
    }

    /// The repository's data folder (tests run from anywhere).
    static let dataFolder: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)   // Tests/DescentTests/Data/DatasetTests.swift
        return parts.joined(separator: "/") + "/data"
    }()

    @Test func diabetesHasTenFeatures() throws {
        let data = try Dataset(csvFile: Self.dataFolder + "/diabetes.csv")
        #expect(data.count == 442 && data.features == 10)
        #expect(data.inputs[0][0] == 59 && data.targets[0] == 151)   // first patient: age 59, progression 151
        // Least squares in 10-D: the normal-equation solution has a zero gradient.
        let problem = LeastSquares(data)
        let w = problem.solution
        #expect(w.count == 10)
        #expect(problem.exactGradient(at: w).norm < 1e-6 * problem.exactGradient(at: Vector(zeros: 10)).norm)
        // Beyond eight features the sums run over a row-major copy; they agree with the per-example vectors.
        let u = Vector(count: 10) { 0.01 * Double($0 + 1) }
        let perExample = 0.5 * (problem.gradient(at: u, example: 3) + problem.gradient(at: u, example: 7))
        #expect(close(problem.gradient(at: u, batch: [3, 7][...]), perExample, 1e-12))
        var sum = 0.0
        for i in 0..<data.count { let r = Vector.dot(u, data.inputs[i]) - data.targets[i]; sum += r * r }
        #expect(close(problem.value(at: u), sum / (2 * 442), 1e-12))
    }

    @Test func digitsHaveSixtyFourPixels() throws {
        let data = try Dataset(csvFile: Self.dataFolder + "/digits.csv")
        #expect(data.count == 1797 && data.features == 64)
        #expect(data.inputs.allSatisfy { $0.allSatisfy { (0...16).contains($0) } })
        #expect(Set(data.targets) == Set((0...9).map(Double.init)))
    }

    @Test func digitsLoadAsTenClasses() throws {
        let digits = try LabeledDataset(csvFile: Self.dataFolder + "/digits.csv")
        #expect(digits.count == 1797 && digits.features == 64 && digits.classCount == 10)
        #expect(digits.classLabels == (0...9).map(Double.init))
        #expect(Dictionary(grouping: digits.labels, by: { $0 }).values.allSatisfy { $0.count > 170 })
    }
}
