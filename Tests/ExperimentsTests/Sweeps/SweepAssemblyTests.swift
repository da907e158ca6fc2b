import Foundation
import Testing
@testable import Experiments
import RunProtocol

/// The frame set of a sweep: complete, in order, deterministic, with its files named.
@Suite struct SweepAssemblyTests {
    static let rates = [0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55]

    static func frame(_ η: Double) throws -> SweepFrame {
        let run = try GradientDescent(learningRate: η).run(on: .ravine, from: [-5, -2], steps: 12)
        let readout = run.divergedAt.map { "diverged at step \($0)" } ?? "f = \(significant(run.finalValue, digits: 3)) after 12 steps"
        return SweepFrame(Figure.contours(of: .ravine, runs: [run], labels: ["η = \(η)"], width: 320, height: 220),
                          readout: readout, alt: "Gradient descent with η = \(η): \(readout).")
    }

    static func assembly(number: Int = 3) throws -> SweepAssembly {
        let slider = Slider("η", rates, default: 0.4)
        return try SweepAssembly(
            number: number,
            parameters: [.init(name: slider.name, labels: slider.labels, defaultIndex: slider.defaultIndex)],
            frames: rates.map(frame), defaultFrame: slider.defaultIndex)
    }

    @Test func everyFrameIsInTheFramesFile() throws {
        let sweep = try Self.assembly()
        let files = try sweep.renderFiles()
        #expect(files.map(\.name) == ["figure-3-light.png", "figure-3-dark.png", "figure-3-base-light.png",
                                     "figure-3-base-dark.png", "figure-3-frames.js"])
        let script = String(decoding: files[4].bytes, as: UTF8.self)
        #expect(script.hasPrefix("DescentSweep.load({") && script.hasSuffix("});\n"))
        let json = try JSONSerialization.jsonObject(with: Data(script.dropFirst("DescentSweep.load(".count).dropLast(3).utf8)) as! [String: Any]
        let frames = json["f"] as! [[Any]], readouts = json["r"] as! [String], alts = json["a"] as! [String]
        #expect(frames.count == Self.rates.count && readouts.count == Self.rates.count && alts.count == Self.rates.count)
        #expect(frames.allSatisfy { !$0.isEmpty })
        #expect(readouts == (try Self.rates.map { try Self.frame($0).readout }))
        #expect(Set(readouts).count == readouts.count, "every setting ends elsewhere")
        #expect(json["key"] as? String == "figure-3-frames.js")
        #expect(sweep.alt == (try Self.frame(0.4).alt))
        #expect(sweep.record.parameters.map(\.defaultIndex) == [3])
        #expect(sweep.record.readout == (try Self.frame(0.4).readout))
        #expect(sweep.record.framesFile == "figure-3-frames.js" && sweep.record.backgroundDarkFile == "figure-3-base-dark.png")
    }

    @Test func theSameCodeGivesTheSameBytes() throws {
        let a = try Self.assembly(), b = try Self.assembly()
        #expect(try a.renderFiles().map(\.bytes) == b.renderFiles().map(\.bytes))
        #expect(a.record == b.record)
    }

    @Test func theStaticImageIsTheDefaultFrameOnTheSharedAxes() throws {
        let sweep = try Self.assembly()
        let fixed = try Figure.sharingAxes(try Self.rates.map { try Self.frame($0).figure })
        let files = try sweep.renderFiles()
        #expect(files[0].bytes == (try fixed[3].renderPNG(theme: .light, scale: 2)))
        #expect(files[1].bytes == (try fixed[3].renderPNG(theme: .dark, scale: 2)))
    }

    /// Re-records the sweep fixture the Site tests use (a real sweep's files):
    /// `DESCENT_RECORD_FIXTURES=1 swift test --filter SweepAssemblyTests`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DESCENT_RECORD_FIXTURES"] != nil))
    func recordSiteFixture() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SiteTests/Fixtures/book/figures")
        let sweep = try Self.assembly(number: 9)
        for (name, bytes) in try sweep.renderFiles() { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        try Data(sweep.record.json.text.utf8).write(to: folder.appendingPathComponent("figure-9-sweep.json"))
    }
}
