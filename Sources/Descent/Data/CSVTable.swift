#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A CSV file that could not be read as a dataset; the message names the
/// file, the line and the column, and what to do.
public struct DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (or the name given to the text).
    public let file: String
    /// The 1-based line, or nil when the problem is the whole file.
    public let line: Int?
    /// The 1-based column, when one field is at fault.
    public let column: Int?
    /// What is wrong and what to do.
    public let reason: String

    /// An error at `file:line:column`.
    public init(file: String, line: Int?, column: Int?, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `file:line:column: reason`.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(reason)"
    }
}

/// A numeric CSV table: a header line of column names, then one row of
/// numbers per line (blank lines skipped). The loaders of ``Dataset`` and
/// ``LabeledDataset`` share it, so both report the same located errors:
/// a missing header, a ragged row, a field that is not a finite number,
/// no rows at all.
public struct CSVTable: Sendable {
    /// The file name errors and summaries use.
    public let file: String
    /// The column names from the header.
    public let columns: [String]
    /// The rows, each with one number per column.
    public let rows: [[Double]]
    /// The 1-based line of each row in the file (for errors found later, e.g. a bad label).
    public let lines: [Int]

    /// Reads and parses the file at `path` (relative paths resolve against the
    /// working directory, which `descent build` sets to the book's root).
    public init(contentsOf path: String) throws(DatasetError) {
        InputFiles.record(path)
        guard let handle = fopen(path, "r") else {
            throw DatasetError(file: path, line: nil, column: nil,
                               reason: "cannot open the file (paths are relative to the book's root, e.g. data/diabetes.csv)")
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, handle)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        try self.init(csv: String(decoding: bytes, as: UTF8.self), file: path)
    }

    /// Parses CSV text; `file` names it in errors.
    public init(csv text: String, file: String) throws(DatasetError) {
        self.file = file
        // `isNewline` covers "\n", "\r" and the single Character "\r\n".
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard let header = lines.first, !header.trimmingSpaces.isEmpty else {
            throw DatasetError(file: file, line: 1, column: nil,
                               reason: text.isEmpty ? "the file is empty: expected a header line of column names, then rows"
                                                    : "missing header line (column names, target last)")
        }
        let columns = header.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
        if let blank = columns.firstIndex(of: "") {
            throw DatasetError(file: file, line: 1, column: blank + 1, reason: "column \(blank + 1) of the header has no name")
        }
        var rows: [[Double]] = []
        var rowLines: [Int] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingSpaces.isEmpty {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == columns.count else {
                throw DatasetError(file: file, line: index + 1, column: nil,
                                   reason: "expected \(columns.count) fields like the header, found \(fields.count)")
            }
            var numbers: [Double] = []
            numbers.reserveCapacity(fields.count)
            for (c, field) in fields.enumerated() {
                let text = field.trimmingSpaces
                guard let number = Double(text), number.isFinite else {
                    let shown = text.isEmpty ? "an empty field" : "\"\(text)\""
                    throw DatasetError(file: file, line: index + 1, column: c + 1,
                                       reason: "\(shown) in column \"\(columns[c])\" is not a finite number")
                }
                numbers.append(number)
            }
            rows.append(numbers)
            rowLines.append(index + 1)
        }
        guard !rows.isEmpty else {
            throw DatasetError(file: file, line: nil, column: nil, reason: "no examples after the header")
        }
        self.columns = columns
        self.rows = rows
        self.lines = rowLines
    }

    /// The last path component, for names in summaries.
    var baseName: String { file.split(separator: "/").last.map(String.init) ?? file }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let first = s.first, first == " " || first == "\t" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
