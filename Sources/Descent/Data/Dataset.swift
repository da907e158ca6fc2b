/// A regression dataset: n examples, each d features (any d) and a target.
///
/// Generated deterministically from a seed (``regression(examples:features:weights:noise:seed:)``)
/// or loaded from CSV (``init(csvFile:)``).
public struct Dataset: Sendable {
    /// A short name for summaries (the file name, or "synthetic n × d").
    public var name: String
    /// The feature vectors xᵢ.
    public var inputs: [Vector]
    /// The targets yᵢ.
    public var targets: [Double]
    /// The weights the data were generated from, when known.
    public var trueWeights: Vector?

    /// A dataset from its rows; every input must have the same dimension.
    public init(name: String, inputs: [Vector], targets: [Double], trueWeights: Vector? = nil) throws(InvalidArgument) {
        guard !inputs.isEmpty else {
            throw InvalidArgument(parameter: "inputs", value: "[]", requirement: "must contain at least one example")
        }
        guard inputs.count == targets.count else {
            throw InvalidArgument(parameter: "targets", value: "\(targets.count) values",
                                  requirement: "must match the \(inputs.count) inputs")
        }
        let d = inputs[0].count
        if let bad = inputs.firstIndex(where: { $0.count != d }) {
            throw InvalidArgument(parameter: "inputs[\(bad)]", value: "\(inputs[bad])",
                                  requirement: "must have dimension \(d) like inputs[0]")
        }
        self.name = name
        self.inputs = inputs
        self.targets = targets
        self.trueWeights = trueWeights
    }

    /// The number of examples n.
    public var count: Int { inputs.count }
    /// The number of features d.
    public var features: Int { inputs[0].count }

    /// Synthetic least-squares data: xᵢ ~ N(0, I), yᵢ = ⟨w, xᵢ⟩ + σ·ξᵢ with ξᵢ ~ N(0, 1),
    /// all drawn from one generator seeded with `seed`. When `weights` is nil
    /// the true weights are wⱼ = j + 1 with alternating sign: (1, −2, 3, −4, …).
    public static func regression(
        examples n: Int, features d: Int, weights: Vector? = nil, noise σ: Double = 0.1, seed: UInt64
    ) throws(InvalidArgument) -> Dataset {
        _ = try Check.count(n, "examples", atLeast: 1)
        _ = try Check.count(d, "features", atLeast: 1)
        _ = try Check.nonNegative(σ, "noise")
        let w = weights ?? Vector((0..<d).map { Double($0 + 1) * ($0 % 2 == 0 ? 1 : -1) })
        guard w.count == d else {
            throw InvalidArgument(parameter: "weights", value: "\(w)", requirement: "must have dimension \(d)")
        }
        var random = Random(seed: seed)
        var inputs: [Vector] = []
        var targets: [Double] = []
        inputs.reserveCapacity(n)
        targets.reserveCapacity(n)
        for _ in 0..<n {
            let x = random.normalVector(count: d)
            inputs.append(x)
            targets.append(Vector.dot(w, x) + σ * random.normal())
        }
        return try Dataset(name: "synthetic \(n) × \(d)", inputs: inputs, targets: targets, trueWeights: w)
    }
}
