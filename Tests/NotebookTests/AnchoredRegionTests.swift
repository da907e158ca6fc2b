import Testing
@testable import Notebook

@Suite struct AnchoredRegionTests {
    @Test func nestedMarkersOfOtherAnchorsAreDropped() {
        let text = "a\n  // ANCHOR: outer\n    x\n    // ANCHOR: inner\n      y\n    // ANCHOR_END: inner\n  // ANCHOR_END: outer\n"
        #expect(AnchoredRegion.extract("outer", from: text) == .success("x\n  y"))
        #expect(AnchoredRegion.extract("inner", from: text) == .success("y"))
        #expect(AnchoredRegion.extract("none", from: text) == .failure(.missing(available: ["outer", "inner"])))
    }

    @Test func markersInOtherCommentStyles() {
        let text = "# ANCHOR: a\nprint(1)\n# ANCHOR_END: a"
        #expect(AnchoredRegion.extract("a", from: text) == .success("print(1)"))
    }
}
