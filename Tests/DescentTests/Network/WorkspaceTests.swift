import Testing
@testable import Descent

@Suite struct WorkspaceTests {
    /// The views the passes use, against the parameter layout of `Network`: Wₗ row-major
    /// (nₗ × nₗ₋₁) then bₗ, layer after layer; columns are the transposed copy.
    @Test func viewsFollowTheParameterLayout() throws {
        let network = try Network(layers: [3, 4, 2])
        let w = (0..<network.parameterCount).map(Double.init)     // parameter k has value k
        w.withUnsafeBufferPointer { w in
            let workspace = Workspace<Double>(network, parameters: w)
            // W₁ is parameters 0..<12 (4 rows of 3), b₁ is 12..<16; W₂ is 16..<24 (2 rows of 4), b₂ 24..<26.
            #expect(Array(workspace.row(1, ofLayer: 1, in: w)) == [3, 4, 5])
            #expect(Array(workspace.bias(ofLayer: 1, in: w)) == [12, 13, 14, 15])
            #expect(Array(workspace.row(0, ofLayer: 2, in: w)) == [16, 17, 18, 19])
            #expect(Array(workspace.bias(ofLayer: 2, in: w)) == [24, 25])
            #expect(Array(workspace.column(2, ofLayer: 1)) == [2, 5, 8, 11])
            #expect(Array(workspace.column(3, ofLayer: 2)) == [19, 23])
            #expect(workspace.layer(0).count == 3 && workspace.layer(1).count == 4 && workspace.layer(2).count == 2)
            #expect(workspace.delta(2).count == 2)
            // Layers do not overlap: writing one leaves the others alone.
            for l in 0...2 { for j in workspace.layer(l).indices { workspace.layer(l)[j] = Double(10 * l + j) } }
            #expect(Array(workspace.layer(1)) == [10, 11, 12, 13] && Array(workspace.layer(2)) == [20, 21])
        }
    }

    @Test func indexOfLargestTakesTheFirstOnATie() {
        var values: [Double] = [1, 3, 2, 3, .nan]
        values.withUnsafeMutableBufferPointer { #expect($0.indexOfLargest == 1) }
        values = [.nan, 1, 2]
        values.withUnsafeMutableBufferPointer { #expect($0.indexOfLargest == 0) }   // as `predict`: NaN is never beaten
    }
}
