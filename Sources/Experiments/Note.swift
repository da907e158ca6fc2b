/// Notes a value for the chapter's prose: `{{name}}` in the text, a caption or alt text
/// becomes the value, so a number the prose quotes is the number the run produced.
///
/// ```swift
/// note("steps", run.steps.count)                  // {{steps}} → "27"
/// note("eta", η, decimals: 3)                     // {{eta}} → "0.516"
/// note("ratio", ratio, significant: 2)            // {{ratio}} → "0.0031"
/// note("winner", "Adam")                          // {{winner}} → "Adam"
/// ```
///
/// A name starts with a letter and holds letters, digits, `-`, `_` and `.`; each name is
/// noted once per chapter, by any block (prose anywhere in the chapter may use it).
public func note(_ name: String, _ value: String, file: StaticString = #file, line: UInt = #line, column: UInt = #column) {
    guard isValidNoteName(name) else {
        fatalError("note(\"\(name)\", …): a name starts with a letter and holds letters, digits, -, _ and .",
                   file: file, line: line)
    }
    OutputChannel.shared.recordNote(name: name, value: value, line: Int(line), column: Int(column))
}

/// Notes an integer for the prose (see the `String` form).
public func note(_ name: String, _ value: Int, file: StaticString = #file, line: UInt = #line, column: UInt = #column) {
    note(name, String(value), file: file, line: line, column: column)
}

/// Notes a number for the prose with `decimals` digits after the point, as
/// ``fixed(_:_:)`` writes it: `note("eta", 0.51649, decimals: 3)` → `"0.516"`.
public func note(
    _ name: String, _ value: Double, decimals: Int,
    file: StaticString = #file, line: UInt = #line, column: UInt = #column
) {
    guard (0...20).contains(decimals) else {
        fatalError("note(\"\(name)\", …, decimals: \(decimals)): use 0 to 20 decimals", file: file, line: line)
    }
    note(name, fixed(value, decimals), file: file, line: line, column: column)
}

/// Notes a number for the prose rounded to `significant` digits:
/// `note("ratio", 0.0031416, significant: 2)` → `"0.0031"`, `note("n", 12345.0, significant: 3)` → `"12300"`.
public func note(
    _ name: String, _ value: Double, significant: Int,
    file: StaticString = #file, line: UInt = #line, column: UInt = #column
) {
    guard (1...17).contains(significant) else {
        fatalError("note(\"\(name)\", …, significant: \(significant)): use 1 to 17 digits", file: file, line: line)
    }
    note(name, significantText(value, significant), file: file, line: line, column: column)
}

/// A `Double` needs a format: the prose should show the digits the author chose, not
/// seventeen of them.
@available(*, unavailable, message: "say how to write the number: note(name, x, decimals: 3) or note(name, x, significant: 3)")
public func note(_ name: String, _ value: Double, file: StaticString = #file, line: UInt = #line, column: UInt = #column) {}

/// Whether `name` can be used as `{{name}}`: a letter, then letters, digits, `-`, `_`, `.`.
func isValidNoteName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
    return name.unicodeScalars.allSatisfy {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == ".")
    }
}
