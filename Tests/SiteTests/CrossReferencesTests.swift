import Testing
@testable import Site

@Suite struct CrossReferencesTests {
    static let tooltips: [(String, String)] = [
        ("Gradient descent on the ravine $0.1x_1^2$ from (-5, -2). Left: with $\\eta = 0.4$ it bounces.",
         "Gradient descent on the ravine $0.1x_1^2$ from (-5, -2)."),
        ("Steps needed until 0.5 of the distance is gone.", "Steps needed until 0.5 of the distance is gone."),
        ("Momentum   against\nplain descent", "Momentum against plain descent"),
        ("e.g. this one. Then", "e.g. this one."),
        (String(repeating: "word ", count: 40), String(repeating: "word ", count: 24).dropLast() + "…"),
    ]

    @Test(arguments: tooltips) func figureTooltipIsTheCaptionsFirstSentence(_ caption: String, _ expected: String) {
        #expect(ReferenceTarget.tooltip(caption: caption) == expected)
    }
}
