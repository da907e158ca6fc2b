/// A classification dataset: n examples, each a feature vector and a class
/// index 0..<``classCount``.
///
/// Loaded from CSV with the class label in one column (the last by default):
/// the distinct label values, in increasing order, become the class indices,
/// so the digits 0–9 are classes 0–9 and labels {3, 7} would be classes {0, 1}.
///
/// ```swift
/// let digits = try LabeledDataset(csvFile: "data/digits.csv").scaled(by: 1.0 / 16)
/// let (training, test) = try digits.split(testFraction: 0.2, seed: 1)   // 1438 / 359
/// ```
public struct LabeledDataset: Sendable {
    /// A short name for summaries (the file name).
    public var name: String
    /// The feature vectors xᵢ.
    public var inputs: [Vector]
    /// The class index of each example, in 0..<classCount.
    public var labels: [Int]
    /// The label value in the file of each class index (e.g. the digit).
    public var classLabels: [Double]

    /// The number of examples n.
    public var count: Int { inputs.count }
    /// The number of features d.
    public var features: Int { inputs[0].count }
    /// The number of classes.
    public var classCount: Int { classLabels.count }

    /// A dataset from its rows; every input must have the same dimension and every label be in 0..<classCount.
    public init(name: String, inputs: [Vector], labels: [Int], classCount: Int) throws(InvalidArgument) {
        guard !inputs.isEmpty else {
            throw InvalidArgument(parameter: "inputs", value: "[]", requirement: "must contain at least one example")
        }
        guard inputs.count == labels.count else {
            throw InvalidArgument(parameter: "labels", value: "\(labels.count) values", requirement: "must match the \(inputs.count) inputs")
        }
        if let bad = inputs.firstIndex(where: { $0.count != inputs[0].count }) {
            throw InvalidArgument(parameter: "inputs[\(bad)]", value: "dimension \(inputs[bad].count)",
                                  requirement: "must have dimension \(inputs[0].count) like inputs[0]")
        }
        if let bad = labels.firstIndex(where: { $0 < 0 || $0 >= classCount }) {
            throw InvalidArgument(parameter: "labels[\(bad)]", value: "\(labels[bad])", requirement: "must be in 0..<\(classCount)")
        }
        self.name = name
        self.inputs = inputs
        self.labels = labels
        self.classLabels = (0..<classCount).map(Double.init)
    }

    /// Loads a CSV file whose column `labelColumn` (default: the last) holds
    /// integer class labels and whose other columns are the features.
    ///
    /// Errors name the file, line and column: a ragged row, a non-number, an
    /// empty file, a label that is not an integer, an unknown label column.
    public init(csvFile path: String, labelColumn: String? = nil) throws(DatasetError) {
        try self.init(table: CSVTable(contentsOf: path), labelColumn: labelColumn)
    }

    /// Parses CSV text (see ``init(csvFile:labelColumn:)``); `file` names it in errors.
    public init(csv text: String, file: String, labelColumn: String? = nil) throws(DatasetError) {
        try self.init(table: CSVTable(csv: text, file: file), labelColumn: labelColumn)
    }

    /// The classification dataset of a parsed table.
    public init(table: CSVTable, labelColumn: String? = nil) throws(DatasetError) {
        guard table.columns.count >= 2 else {
            throw DatasetError(file: table.file, line: 1, column: nil,
                               reason: "expected at least 2 columns (features and a label), found \(table.columns.count)")
        }
        let labelIndex: Int
        if let labelColumn {
            guard let index = table.columns.firstIndex(of: labelColumn) else {
                throw DatasetError(file: table.file, line: 1, column: nil,
                                   reason: "no column named \"\(labelColumn)\"; the columns are \(table.columns.joined(separator: ", "))")
            }
            labelIndex = index
        } else {
            labelIndex = table.columns.count - 1
        }
        for (row, line) in zip(table.rows, table.lines) where row[labelIndex].rounded() != row[labelIndex] {
            throw DatasetError(file: table.file, line: line, column: labelIndex + 1,
                               reason: "label \(row[labelIndex]) in column \"\(table.columns[labelIndex])\" is not an integer class label")
        }
        let classLabels = Set(table.rows.map { $0[labelIndex] }).sorted()
        var classIndex: [Double: Int] = [:]
        for (i, label) in classLabels.enumerated() { classIndex[label] = i }
        self.name = table.baseName
        self.inputs = table.rows.map { row in
            var features = row
            features.remove(at: labelIndex)
            return Vector(features)
        }
        self.labels = table.rows.map { classIndex[$0[labelIndex]]! }
        self.classLabels = classLabels
    }

    /// Every feature multiplied by `factor` (e.g. 1/16 maps the digits' pixel counts to [0, 1]).
    public func scaled(by factor: Double) -> LabeledDataset {
        var copy = self
        copy.inputs = inputs.map { factor * $0 }
        return copy
    }

    /// The examples at `indices`, in that order.
    public func subset(_ indices: some Sequence<Int>, name: String? = nil) -> LabeledDataset {
        var copy = self
        let chosen = Array(indices)
        copy.inputs = chosen.map { inputs[$0] }
        copy.labels = chosen.map { labels[$0] }
        if let name { copy.name = name }
        return copy
    }

    /// A seeded random split into a training and a test set; the test set
    /// holds ⌊fraction · n⌉ examples, and the same seed gives the same split.
    public func split(testFraction: Double, seed: UInt64) throws(InvalidArgument) -> (training: LabeledDataset, test: LabeledDataset) {
        guard testFraction > 0 && testFraction < 1 else {
            throw InvalidArgument(parameter: "testFraction", value: "\(testFraction)", requirement: "must be strictly between 0 and 1")
        }
        var random = Random(seed: seed)
        let order = random.permutation(count)
        let testCount = Swift.max(1, Swift.min(count - 1, Int((testFraction * Double(count)).rounded())))
        return (subset(order[testCount...].sorted(), name: "\(name) (training)"),
                subset(order[..<testCount].sorted(), name: "\(name) (test)"))
    }
}
