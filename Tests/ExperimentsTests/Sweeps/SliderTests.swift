import Testing
@testable import Experiments

/// Sliders and the order in which `showSweep` runs its settings.
@Suite struct SliderTests {
    @Test func labelsAreShortAndTheDefaultIsFound() {
        let rates = (1...6).map { 0.05 * Double($0) }   // 0.15000000000000002, …
        let slider = Slider("η", rates, default: 0.15)
        #expect(slider.labels == ["0.05", "0.1", "0.15", "0.2", "0.25", "0.3"])
        #expect(slider.defaultIndex == 2)
        #expect(Slider("warm-up", [0, 10, 20], default: 20).labels == ["0", "10", "20"])
        #expect(Slider("ε", [1e-8, 1e-4], default: 1e-4, label: { $0 < 1e-6 ? "10⁻⁸" : "10⁻⁴" }).labels == ["10⁻⁸", "10⁻⁴"])
    }

    @Test func twoSlidersRunEveryPairFirstParameterOutermost() throws {
        var seen: [String] = []
        try showSweep(Slider("η", [0.1, 0.2, 0.3], default: 0.2), Slider("β", [0.0, 0.9], default: 0.9),
                      caption: "test") { η, β in
            seen.append("\(η),\(β)")
            return SweepFrame(Figure(), readout: "", alt: "empty")
        }
        #expect(seen == ["0.1,0.0", "0.1,0.9", "0.2,0.0", "0.2,0.9", "0.3,0.0", "0.3,0.9"])
    }

    struct Boom: Error, CustomStringConvertible { var description: String { "the run blew up" } }

    @Test func anErrorInOneFrameNamesTheSetting() {
        #expect {
            try showSweep(Slider("η", [0.1, 0.5, 0.9], default: 0.1), caption: "test") { η in
                if η > 0.4 { throw Boom() }
                return SweepFrame(Figure(), readout: "", alt: "empty")
            }
        } throws: { error in
            "\(error)" == "sweep frame η = 0.5: the run blew up"
        }
    }
}
