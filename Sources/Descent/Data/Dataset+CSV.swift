#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A CSV file that could not be read as a dataset; the message names the
/// file, the line and the column.
public struct DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (or the name given to the text).
    public let file: String
    /// The 1-based line, or nil when the problem is the whole file.
    public let line: Int?
    /// The 1-based column, when one field is at fault.
    public let column: Int?
    /// What is wrong and what to do.
    public let reason: String

    /// `file:line:column: reason`.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(reason)"
    }
}

extension Dataset {
    /// Loads a CSV file: a header line of column names, then one example
    /// per line, all fields numbers; the last column is the target, the
    /// others are the features (any number). Blank lines are skipped.
    public init(csvFile path: String) throws(DatasetError) {
        InputFiles.record(path)
        guard let handle = fopen(path, "r") else {
            throw DatasetError(file: path, line: nil, column: nil, reason: "cannot open the file")
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

    /// Parses CSV text (see ``init(csvFile:)``); `file` names it in errors.
    public init(csv text: String, file: String) throws(DatasetError) {
        // `isNewline` covers "\n", "\r" and the single Character "\r\n".
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard let header = lines.first, !header.trimmingSpaces.isEmpty else {
            throw DatasetError(file: file, line: 1, column: nil, reason: "missing header line (column names, target last)")
        }
        let columns = header.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
        guard columns.count >= 2 else {
            throw DatasetError(file: file, line: 1, column: nil,
                               reason: "expected at least 2 columns (features, then the target), found \(columns.count)")
        }
        var inputs: [Vector] = []
        var targets: [Double] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingSpaces.isEmpty {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == columns.count else {
                throw DatasetError(file: file, line: index + 1, column: nil,
                                   reason: "expected \(columns.count) fields, found \(fields.count)")
            }
            var numbers: [Double] = []
            for (c, field) in fields.enumerated() {
                let text = field.trimmingSpaces
                guard let number = Double(text), number.isFinite else {
                    throw DatasetError(file: file, line: index + 1, column: c + 1,
                                       reason: "\"\(text)\" in column \"\(columns[c])\" is not a finite number")
                }
                numbers.append(number)
            }
            inputs.append(Vector(numbers.dropLast()))
            targets.append(numbers[numbers.count - 1])
        }
        guard !inputs.isEmpty else {
            throw DatasetError(file: file, line: nil, column: nil, reason: "no examples after the header")
        }
        let base = file.split(separator: "/").last.map(String.init) ?? file
        do {
            try self.init(name: base, inputs: inputs, targets: targets)
        } catch {
            throw DatasetError(file: file, line: nil, column: nil, reason: error.description)
        }
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let first = s.first, first == " " || first == "\t" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
