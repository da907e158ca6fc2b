import RealModule

// The elementary and real functions on duals, each by the chain rule:
// f(a + a′ε) = f(a) + f′(a)·a′ε. Derivatives are written with the
// underlying type's own functions, so nested duals differentiate them again.
extension Dual: ElementaryFunctions, RealFunctions, Real {
    @inlinable @inline(__always)
    static func chain(_ x: Dual, _ f: Value, _ fPrime: Value) -> Dual {
        Dual(f, derivative: fPrime * x.derivative)
    }

    /// eˣ; derivative eˣ.
    @inlinable public static func exp(_ x: Dual) -> Dual {
        let e = Value.exp(x.value); return chain(x, e, e)
    }
    /// eˣ − 1; derivative eˣ.
    @inlinable public static func expMinusOne(_ x: Dual) -> Dual {
        chain(x, Value.expMinusOne(x.value), Value.exp(x.value))
    }
    /// cosh x; derivative sinh x.
    @inlinable public static func cosh(_ x: Dual) -> Dual {
        chain(x, Value.cosh(x.value), Value.sinh(x.value))
    }
    /// sinh x; derivative cosh x.
    @inlinable public static func sinh(_ x: Dual) -> Dual {
        chain(x, Value.sinh(x.value), Value.cosh(x.value))
    }
    /// tanh x; derivative 1 − tanh² x.
    @inlinable public static func tanh(_ x: Dual) -> Dual {
        let t = Value.tanh(x.value); return chain(x, t, 1 - t * t)
    }
    /// cos x; derivative −sin x.
    @inlinable public static func cos(_ x: Dual) -> Dual {
        chain(x, Value.cos(x.value), -Value.sin(x.value))
    }
    /// sin x; derivative cos x.
    @inlinable public static func sin(_ x: Dual) -> Dual {
        chain(x, Value.sin(x.value), Value.cos(x.value))
    }
    /// tan x; derivative 1 + tan² x.
    @inlinable public static func tan(_ x: Dual) -> Dual {
        let t = Value.tan(x.value); return chain(x, t, 1 + t * t)
    }
    /// ln x; derivative 1/x.
    @inlinable public static func log(_ x: Dual) -> Dual {
        chain(x, Value.log(x.value), 1 / x.value)
    }
    /// ln(1 + x); derivative 1/(1 + x).
    @inlinable public static func log(onePlus x: Dual) -> Dual {
        chain(x, Value.log(onePlus: x.value), 1 / (1 + x.value))
    }
    /// arcosh x; derivative 1/√(x² − 1).
    @inlinable public static func acosh(_ x: Dual) -> Dual {
        chain(x, Value.acosh(x.value), 1 / Value.sqrt(x.value * x.value - 1))
    }
    /// arsinh x; derivative 1/√(x² + 1).
    @inlinable public static func asinh(_ x: Dual) -> Dual {
        chain(x, Value.asinh(x.value), 1 / Value.sqrt(x.value * x.value + 1))
    }
    /// artanh x; derivative 1/(1 − x²).
    @inlinable public static func atanh(_ x: Dual) -> Dual {
        chain(x, Value.atanh(x.value), 1 / (1 - x.value * x.value))
    }
    /// arccos x; derivative −1/√(1 − x²).
    @inlinable public static func acos(_ x: Dual) -> Dual {
        chain(x, Value.acos(x.value), -1 / Value.sqrt(1 - x.value * x.value))
    }
    /// arcsin x; derivative 1/√(1 − x²).
    @inlinable public static func asin(_ x: Dual) -> Dual {
        chain(x, Value.asin(x.value), 1 / Value.sqrt(1 - x.value * x.value))
    }
    /// arctan x; derivative 1/(1 + x²).
    @inlinable public static func atan(_ x: Dual) -> Dual {
        chain(x, Value.atan(x.value), 1 / (1 + x.value * x.value))
    }
    /// xʸ = exp(y ln x) for x > 0; both arguments may carry derivatives.
    @inlinable public static func pow(_ x: Dual, _ y: Dual) -> Dual {
        let p = Value.pow(x.value, y.value)
        var d = y.value * Value.pow(x.value, y.value - 1) * x.derivative
        if y.derivative != 0 { d += p * Value.log(x.value) * y.derivative }
        return Dual(p, derivative: d)
    }
    /// xⁿ for an integer n, valid for negative x; derivative n·xⁿ⁻¹.
    @inlinable public static func pow(_ x: Dual, _ n: Int) -> Dual {
        if n == 0 { return Dual(1) }
        return chain(x, Value.pow(x.value, n), Value(n) * Value.pow(x.value, n - 1))
    }
    /// √x; derivative 1/(2√x).
    @inlinable public static func sqrt(_ x: Dual) -> Dual {
        let r = Value.sqrt(x.value); return chain(x, r, 1 / (2 * r))
    }
    /// The n-th root; derivative root(x, n)/(n·x).
    @inlinable public static func root(_ x: Dual, _ n: Int) -> Dual {
        let r = Value.root(x.value, n); return chain(x, r, r / (Value(n) * x.value))
    }
    /// atan2(y, x), the angle of (x, y); derivative (x·y′ − y·x′)/(x² + y²).
    @inlinable public static func atan2(y: Dual, x: Dual) -> Dual {
        let r2 = x.value * x.value + y.value * y.value
        return Dual(Value.atan2(y: y.value, x: x.value),
                    derivative: (x.value * y.derivative - y.value * x.derivative) / r2)
    }
    /// erf x; derivative 2/√π · e^(−x²).
    @inlinable public static func erf(_ x: Dual) -> Dual {
        chain(x, Value.erf(x.value), 2 / Value.sqrt(.pi) * Value.exp(-x.value * x.value))
    }
    /// erfc x; derivative −2/√π · e^(−x²).
    @inlinable public static func erfc(_ x: Dual) -> Dual {
        chain(x, Value.erfc(x.value), -2 / Value.sqrt(.pi) * Value.exp(-x.value * x.value))
    }
    /// 2ˣ; derivative ln 2 · 2ˣ.
    @inlinable public static func exp2(_ x: Dual) -> Dual {
        let p = Value.exp2(x.value); return chain(x, p, Value.log(2) * p)
    }
    /// 10ˣ; derivative ln 10 · 10ˣ.
    @inlinable public static func exp10(_ x: Dual) -> Dual {
        let p = Value.exp10(x.value); return chain(x, p, Value.log(10) * p)
    }
    /// √(x² + y²); derivative (x·x′ + y·y′)/√(x² + y²).
    @inlinable public static func hypot(_ x: Dual, _ y: Dual) -> Dual {
        let h = Value.hypot(x.value, y.value)
        return Dual(h, derivative: (x.value * x.derivative + y.value * y.derivative) / h)
    }
    /// Γ(x); derivative Γ(x)·ψ(x) with ψ the digamma function.
    @inlinable public static func gamma(_ x: Dual) -> Dual {
        let g = Value.gamma(x.value); return chain(x, g, g * digamma(x.value))
    }
    /// log₂ x; derivative 1/(x ln 2).
    @inlinable public static func log2(_ x: Dual) -> Dual {
        chain(x, Value.log2(x.value), 1 / (x.value * Value.log(2)))
    }
    /// log₁₀ x; derivative 1/(x ln 10).
    @inlinable public static func log10(_ x: Dual) -> Dual {
        chain(x, Value.log10(x.value), 1 / (x.value * Value.log(10)))
    }
    /// ln |Γ(x)|; derivative ψ(x).
    @inlinable public static func logGamma(_ x: Dual) -> Dual {
        chain(x, Value.logGamma(x.value), digamma(x.value))
    }
    /// The sign of Γ at the value.
    @inlinable public static func signGamma(_ x: Dual) -> FloatingPointSign { Value.signGamma(x.value) }
}

/// The digamma function ψ(x) = Γ′(x)/Γ(x), written over any `Real` so that
/// nested duals differentiate it too: reflection for x < ½, the recurrence
/// ψ(x) = ψ(x + 1) − 1/x up to x ≥ 6, then the asymptotic series.
@inlinable
func digamma<T: Real>(_ x: T) -> T {
    if x < T(1) / 2 {
        return digamma(1 - x) - T.pi / T.tan(T.pi * x)
    }
    var x = x
    var shift: T = 0
    while x < 6 { shift -= 1 / x; x += 1 }
    let r = 1 / (x * x)
    // Bernoulli-number series: 1/12 r − 1/120 r² + 1/252 r³ − 1/240 r⁴ + 1/132 r⁵.
    let c5: T = r / 132
    let c4: T = T(1) / 240 - c5
    let c3: T = T(1) / 252 - r * c4
    let c2: T = T(1) / 120 - r * c3
    let tail: T = r * (T(1) / 12 - r * c2)
    return shift + T.log(x) - 1 / (2 * x) - tail
}
