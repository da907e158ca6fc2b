import Testing
import Foundation  // imported on purpose: free `cos`, `sqrt`… must not become ambiguous
import Descent
import RealModule

@Suite struct DualTests {
    typealias D = Dual<Double>
    let x = D(0.7, derivative: 1)

    @Test func arithmeticFollowsTheRules() {
        let y = D(2, derivative: 1)
        #expect((x * y).derivative == 0.7 + 2)            // product rule
        #expect(close((x / y).derivative, (2 - 0.7) / 4)) // quotient rule
        #expect((x - y).derivative == 0)
        #expect((3 * x).derivative == 3)
        #expect((-x).value == -0.7)
        #expect(D(2.5).derivative == 0)
    }

    /// (function, f(a), f′(a)) hand-derived at a = 0.7.
    static let table: [(String, @Sendable (D) -> D, Double, Double)] = [
        ("exp", { exp($0) }, exp(0.7), exp(0.7)),
        ("log", { log($0) }, log(0.7), 1 / 0.7),
        ("sin", { sin($0) }, sin(0.7), cos(0.7)),
        ("cos", { cos($0) }, cos(0.7), -sin(0.7)),
        ("tan", { tan($0) }, tan(0.7), 1 / (cos(0.7) * cos(0.7))),
        ("tanh", { tanh($0) }, tanh(0.7), 1 - tanh(0.7) * tanh(0.7)),
        ("cosh", { cosh($0) }, cosh(0.7), sinh(0.7)),
        ("sinh", { sinh($0) }, sinh(0.7), cosh(0.7)),
        ("sqrt", { sqrt($0) }, sqrt(0.7), 0.5 / sqrt(0.7)),
        ("pow n", { pow($0, 3) }, 0.343, 3 * 0.49),
        ("pow y", { pow($0, D(2.5)) }, pow(0.7, 2.5), 2.5 * pow(0.7, 1.5)),
        ("atan", { D.atan($0) }, atan(0.7), 1 / 1.49),
        ("asin", { D.asin($0) }, asin(0.7), 1 / sqrt(0.51)),
        ("erf", { D.erf($0) }, erf(0.7), 2 / sqrt(Double.pi) * exp(-0.49)),
        ("logGamma", { D.logGamma($0) }, lgamma(0.7), -1.2200235536979349), // ψ(0.7)
        ("gamma", { D.gamma($0) }, tgamma(0.7), tgamma(0.7) * -1.2200235536979349),
        ("log(onePlus:)", { D.log(onePlus: $0) }, log1p(0.7), 1 / 1.7),
        ("abs", { $0.magnitude }, 0.7, 1),
    ]

    @Test(arguments: 0..<table.count)
    func elementaryDerivatives(_ i: Int) {
        let (name, f, value, derivative) = Self.table[i]
        let y = f(x)
        #expect(close(y.value, value), "\(name) value")
        #expect(close(y.derivative, derivative, 1e-10), "\(name) derivative \(y.derivative) vs \(derivative)")
    }

    @Test func nestedDualsGiveSecondDerivatives() {
        // f(x) = x·cos(πx): f″(x) = −2π sin(πx) − π²x cos(πx).
        let a = 0.3
        let h = HyperDual(Dual(a, derivative: 1), derivative: Dual(1))
        let y = h * cos(.pi * h)
        let expected = -2 * .pi * sin(.pi * a) - .pi * .pi * a * cos(.pi * a)
        #expect(close(y.derivative.derivative, expected))
        #expect(close(y.value.derivative, cos(.pi * a) - .pi * a * sin(.pi * a)))
    }

    @Test func comparisonsLookAtValues() {
        #expect(D(1, derivative: 5) == D(1, derivative: -5))
        #expect(D(1) < D(2, derivative: -9))
    }

    /// Exactly one of isFinite, isInfinite, isNaN holds for every dual, as for the real it
    /// stands for; hasFiniteParts also looks at the derivatives.
    @Test(arguments: [(1.0, 2.0), (1, .infinity), (1, .nan), (.infinity, 0), (-.infinity, .nan), (.nan, 1), (0, 0)])
    func classificationIsByValue(_ value: Double, _ derivative: Double) {
        let d = D(value, derivative: derivative)
        #expect([d.isFinite, d.isInfinite, d.isNaN].filter { $0 }.count == 1)
        #expect(d.isFinite == value.isFinite && d.isInfinite == value.isInfinite && d.isNaN == value.isNaN)
        #expect(d.hasFiniteParts == (value.isFinite && derivative.isFinite))
        let nested = HyperDual(Dual(value), derivative: Dual(1, derivative: derivative))
        #expect(nested.hasFiniteParts == (value.isFinite && derivative.isFinite))
    }
}
