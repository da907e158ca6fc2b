extension Dataset {
    /// Loads a regression table from CSV: a header line of column names, then
    /// one example per line, all fields numbers; the last column is the
    /// target, the others are the features (any number). Blank lines are skipped.
    ///
    /// ```swift
    /// let diabetes = try Dataset(csvFile: "data/diabetes.csv")   // 442 examples, 10 features
    /// ```
    ///
    /// Errors name the file, line and column: a ragged row, a field that is not
    /// a finite number, an empty file, no rows (see ``DatasetError``).
    public init(csvFile path: String) throws(DatasetError) {
        try self.init(table: CSVTable(contentsOf: path))
    }

    /// Parses CSV text (see ``init(csvFile:)``); `file` names it in errors.
    public init(csv text: String, file: String) throws(DatasetError) {
        try self.init(table: CSVTable(csv: text, file: file))
    }

    /// The dataset of a parsed table: the last column is the target.
    public init(table: CSVTable) throws(DatasetError) {
        guard table.columns.count >= 2 else {
            throw DatasetError(file: table.file, line: 1, column: nil,
                               reason: "expected at least 2 columns (features, then the target), found \(table.columns.count)")
        }
        do {
            try self.init(name: table.baseName, inputs: table.rows.map { Vector($0.dropLast()) },
                          targets: table.rows.map { $0[$0.count - 1] })
        } catch {
            throw DatasetError(file: table.file, line: nil, column: nil, reason: error.description)
        }
    }
}
