import Testing
@testable import Descent
import Foundation

@Suite struct RandomTests {
    @Test func xoshiroReferenceVector() {
        // Reference outputs of xoshiro256** from state (1, 2, 3, 4).
        var r = Random(seed: 0)
        r.state = (1, 2, 3, 4)
        let expected: [UInt64] = [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360,
                                  607_988_272_756_665_600, 16_172_922_978_634_559_625, 8_476_171_486_693_032_832]
        #expect((0..<8).map { _ in r.next() } == expected)
    }

    @Test func sameSeedSameSequenceDifferentSeedDifferent() {
        var a = Random(seed: 42), b = Random(seed: 42), c = Random(seed: 43)
        let xs = (0..<100).map { _ in a.normal() }
        #expect(xs == (0..<100).map { _ in b.normal() })
        #expect(xs != (0..<100).map { _ in c.normal() })
    }

    @Test func pinnedOutputsAcrossMachines() {
        // Recorded once; a change here means every seeded figure of the course changes.
        var r = Random(seed: 2024)
        #expect(r.next() == Self.pinned)
    }
    static let pinned: UInt64 = 1_029_197_146_548_041_518

    @Test func distributions() {
        var r = Random(seed: 7)
        let n = 200_000
        let u = (0..<n).map { _ in r.uniform() }
        #expect(u.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(u.reduce(0, +) / Double(n) - 0.5) < 0.005)
        let z = (0..<n).map { _ in r.normal() }
        let mean = z.reduce(0, +) / Double(n)
        let variance = z.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n)
        #expect(abs(mean) < 0.01 && abs(variance - 1) < 0.01)
        let k = (0..<n).map { _ in r.integer(below: 3) }
        for v in 0..<3 { #expect(abs(Double(k.count(where: { $0 == v })) / Double(n) - 1.0 / 3) < 0.01) }
    }

    @Test func portableLogMatchesTheSystemLog() {
        for x in [1e-300, 1e-10, 0.001, 0.3, 0.5, 0.999_999, 1, 2, 10, 12345.678] {
            #expect(abs(portableLog(x) - log(x)) <= 4e-16 * max(1, abs(log(x))), "\(x)")
        }
    }

    @Test func noisyGradientsAreSeeded() throws {
        func run(_ seed: UInt64) throws -> Run {
            try GradientDescent(learningRate: 0.1).run(on: Objective.bowl.withGradientNoise(standardDeviation: 0.5, seed: seed),
                                                      from: [-5, -2], steps: 50)
        }
        #expect(try run(1).points == run(1).points)
        #expect(try run(1).points != run(2).points)
        #expect(try run(1).values.last! < 1)
    }
}
