import Testing
@testable import Descent

@Suite struct VariablesTests {
    @Test(arguments: [0, 1, 2, 8, 9, 20])
    func readsInOrderAsASequence(count: Int) {
        let values = (0..<count).map { Double($0) * 1.5 - 2 }
        Variables<Double>.with(count: count, { values[$0] }) { x in
            #expect(Array(x) == values)
            #expect(x.indices == 0..<count)
            #expect(x.isEmpty == (count == 0))
            #expect(x.underestimatedCount == count)
            #expect(x.indices.map { x[$0] } == values)
            #expect(x.reduce(0, +) == values.reduce(0, +))
            #expect(Array(zip(x, x.dropFirst()).map { $1 - $0 }) == (count > 1 ? Array(repeating: 1.5, count: count - 1) : []))
        }
    }

    /// Not a `Collection`: its subscripts by range made every `x[i]` in a formula an overload the
    /// type checker had to try (an objective closure of chapter 5 took 117 ms to type-check, 15 ms
    /// without). Objectives index with `x[i]`, iterate, or use `x.indices`.
    @Test func isASequenceNotACollection() {
        #expect(!(Variables<Double>.self is any Collection.Type))
        #expect(Variables<HyperDual>.self is any Sequence.Type)
    }

    @Test func anObjectiveSumsOverItsArgumentsAsBefore() {
        let sumOfSquares = Objective("Σxᵢ²", dimension: 3) { x in x.reduce(0) { $0 + $1 * $1 } }
        let byIndex = Objective("Σxᵢ²", dimension: 3) { x in x.indices.reduce(0) { $0 + x[$1] * x[$1] } }
        let at: Vector = [1, -2, 0.5]
        #expect(sumOfSquares.value(at: at) == 5.25)
        #expect(sumOfSquares.gradient(at: at) == [2, -4, 1])
        #expect(byIndex.gradient(at: at) == sumOfSquares.gradient(at: at))
    }
}
