/// Names a reader types for the symbols of a formula, so that a search for "kappa",
/// "learning rate" or "nabla" finds the `κ`, `η` and `∇` of the math, which the index keeps as
/// characters (see ``SearchIndex``).
enum MathVocabulary {
    /// Words for each symbol: its name first, then what the course uses it for.
    static let names: [Character: String] = [
        "α": "alpha", "β": "beta momentum", "γ": "gamma", "δ": "delta", "ϵ": "epsilon", "ε": "epsilon",
        "ζ": "zeta", "η": "eta learning rate step size", "θ": "theta parameters", "ϑ": "theta", "ι": "iota",
        "κ": "kappa condition number", "λ": "lambda eigenvalue", "μ": "mu", "ν": "nu", "ξ": "xi", "π": "pi",
        "ρ": "rho", "σ": "sigma", "τ": "tau", "υ": "upsilon", "ϕ": "phi", "φ": "phi", "χ": "chi", "ψ": "psi",
        "ω": "omega", "Γ": "Gamma", "Δ": "Delta", "Θ": "Theta", "Λ": "Lambda", "Ξ": "Xi", "Π": "Pi product",
        "Σ": "Sigma", "Φ": "Phi", "Ψ": "Psi", "Ω": "Omega",
        "∇": "nabla gradient", "∂": "partial derivative", "∑": "sum", "∏": "product", "∫": "integral",
        "√": "sqrt square root", "∞": "infinity", "≈": "approx approximately", "≤": "leq", "≥": "geq",
        "≠": "neq", "∈": "in", "→": "to", "←": "gets", "⊤": "transpose", "⊺": "transpose", "‖": "norm",
        "⟨": "inner product", "ℓ": "ell loss", "∘": "circ", "⊙": "odot elementwise", "×": "times",
        "⋅": "cdot", "ℝ": "real numbers",
    ]

    /// The names of the symbols in `text`, each once, in the order of ``names``' first appearance in `text`.
    static func words(in text: String) -> String {
        var seen: Set<Character> = []
        var words: [String] = []
        for character in text where names[character] != nil && seen.insert(character).inserted {
            words.append(names[character]!)
        }
        return words.joined(separator: " ")
    }
}
