import Testing
@testable import Descent

@Suite struct DualConstantsTests {
    /// a = 3 + 2ε; each operation with c = 4 against the hand-computed value and derivative.
    @Test(arguments: [
        ("c + a", 7.0, 2.0), ("a + c", 7.0, 2.0),
        ("c − a", 1.0, -2.0), ("a − c", -1.0, 2.0),
        ("c a", 12.0, 8.0), ("a c", 12.0, 8.0),
        ("c / a", 4.0 / 3.0, -8.0 / 9.0), ("a / c", 0.75, 0.5),
    ])
    func constantOperations(_ name: String, _ value: Double, _ derivative: Double) {
        let a = Dual<Double>(3, derivative: 2)
        let c = 4.0
        let result: Dual<Double> = switch name {
        case "c + a": c + a
        case "a + c": a + c
        case "c − a": c - a
        case "a − c": a - c
        case "c a": c * a
        case "a c": a * c
        case "c / a": c / a
        default: a / c
        }
        #expect(result.value == value)
        #expect(abs(result.derivative - derivative) < 1e-15)
    }

    /// An objective using a Double from the surrounding code: f = x₁² + κx₂².
    @Test func objectiveWithCapturedConstant() {
        let κ = 20.0
        let f = Objective("x₁² + κx₂²") { x in x[0] * x[0] + κ * x[1] * x[1] }
        #expect(f([1, 1]) == 21)
        #expect(f.gradient(at: [1, 1]) == [2, 40])
        #expect(f.hessian(at: [1, 1])[1, 1] == 2 * κ)
        #expect(f.hessian(at: [1, 1])[0, 1] == 0)
    }
}
