import RealModule

// The elementary and real functions on reverse-mode numbers. Each derivative is
// written once, in `Dual+Functions.swift`: a function evaluated on the dual
// x + 1ε gives f(x) + f′(x)ε, and f′(x) is the partial recorded on the tape.
extension Reverse: ElementaryFunctions, RealFunctions, Real {
    /// eˣ.
    @inlinable public static func exp(_ x: Reverse) -> Reverse { through(x, Dual.exp) }
    /// eˣ − 1.
    @inlinable public static func expMinusOne(_ x: Reverse) -> Reverse { through(x, Dual.expMinusOne) }
    /// cosh x.
    @inlinable public static func cosh(_ x: Reverse) -> Reverse { through(x, Dual.cosh) }
    /// sinh x.
    @inlinable public static func sinh(_ x: Reverse) -> Reverse { through(x, Dual.sinh) }
    /// tanh x.
    @inlinable public static func tanh(_ x: Reverse) -> Reverse { through(x, Dual.tanh) }
    /// cos x.
    @inlinable public static func cos(_ x: Reverse) -> Reverse { through(x, Dual.cos) }
    /// sin x.
    @inlinable public static func sin(_ x: Reverse) -> Reverse { through(x, Dual.sin) }
    /// tan x.
    @inlinable public static func tan(_ x: Reverse) -> Reverse { through(x, Dual.tan) }
    /// ln x.
    @inlinable public static func log(_ x: Reverse) -> Reverse { through(x) { Dual.log($0) } }
    /// ln(1 + x).
    @inlinable public static func log(onePlus x: Reverse) -> Reverse { through(x) { Dual.log(onePlus: $0) } }
    /// arcosh x.
    @inlinable public static func acosh(_ x: Reverse) -> Reverse { through(x, Dual.acosh) }
    /// arsinh x.
    @inlinable public static func asinh(_ x: Reverse) -> Reverse { through(x, Dual.asinh) }
    /// artanh x.
    @inlinable public static func atanh(_ x: Reverse) -> Reverse { through(x, Dual.atanh) }
    /// arccos x.
    @inlinable public static func acos(_ x: Reverse) -> Reverse { through(x, Dual.acos) }
    /// arcsin x.
    @inlinable public static func asin(_ x: Reverse) -> Reverse { through(x, Dual.asin) }
    /// arctan x.
    @inlinable public static func atan(_ x: Reverse) -> Reverse { through(x, Dual.atan) }
    /// xʸ for x > 0.
    @inlinable public static func pow(_ x: Reverse, _ y: Reverse) -> Reverse { through(x, y) { Dual.pow($0, $1) } }
    /// xⁿ for an integer n (negative x allowed).
    @inlinable public static func pow(_ x: Reverse, _ n: Int) -> Reverse {
        n == 0 ? Reverse(1) : through(x) { Dual.pow($0, n) }
    }
    /// √x.
    @inlinable public static func sqrt(_ x: Reverse) -> Reverse { through(x, Dual.sqrt) }
    /// The n-th root.
    @inlinable public static func root(_ x: Reverse, _ n: Int) -> Reverse { through(x) { Dual.root($0, n) } }
    /// atan2(y, x), the angle of (x, y).
    @inlinable public static func atan2(y: Reverse, x: Reverse) -> Reverse { through(y, x) { Dual.atan2(y: $0, x: $1) } }
    /// erf x.
    @inlinable public static func erf(_ x: Reverse) -> Reverse { through(x, Dual.erf) }
    /// erfc x.
    @inlinable public static func erfc(_ x: Reverse) -> Reverse { through(x, Dual.erfc) }
    /// 2ˣ.
    @inlinable public static func exp2(_ x: Reverse) -> Reverse { through(x, Dual.exp2) }
    /// 10ˣ.
    @inlinable public static func exp10(_ x: Reverse) -> Reverse { through(x, Dual.exp10) }
    /// √(x² + y²).
    @inlinable public static func hypot(_ x: Reverse, _ y: Reverse) -> Reverse { through(x, y) { Dual.hypot($0, $1) } }
    /// Γ(x).
    @inlinable public static func gamma(_ x: Reverse) -> Reverse { through(x, Dual.gamma) }
    /// log₂ x.
    @inlinable public static func log2(_ x: Reverse) -> Reverse { through(x, Dual.log2) }
    /// log₁₀ x.
    @inlinable public static func log10(_ x: Reverse) -> Reverse { through(x, Dual.log10) }
    /// ln |Γ(x)|.
    @inlinable public static func logGamma(_ x: Reverse) -> Reverse { through(x, Dual.logGamma) }
    /// The sign of Γ at the value.
    @inlinable public static func signGamma(_ x: Reverse) -> FloatingPointSign { Value.signGamma(x.value) }
}
