import MathML
import Notebook

/// Turns the math spans of a chapter into MathML through the `MathML` module, and maps a
/// converter error's position inside the LaTeX back to the chapter file.
struct MathTypesetter {
    /// Converts one span; the error, if any, is located in `file`.
    func typeset(_ span: ProtectedSpan, latex: String, display: Bool, file: String) throws(Diagnostic) -> MathResult {
        do {
            var result = try Self.convert(latex, display: display)
            result.mathML = Self.compact(result.mathML)
            return result
        } catch {
            throw Self.diagnostic(for: error, in: span, file: file)
        }
    }

    /// The chapter-file position of a position inside the span's LaTeX: the first LaTeX line
    /// starts at the span's column, later lines at column 1 of their own file line.
    static func diagnostic(for error: MathError, in span: ProtectedSpan, file: String) -> Diagnostic {
        let lineIndex = min(max(error.line - 1, 0), span.fileLines.count - 1)
        var column: Int? = nil
        if let start = span.column { column = error.line <= 1 ? start + error.column - 1 : error.column }
        return Diagnostic(
            file: file, line: span.fileLines[lineIndex], column: column,
            message: error.message, hint: error.hint)
    }

    /// Drops what an HTML page does not need — the MathML namespace (implied in HTML) and the
    /// `<semantics>` wrapper with its LaTeX annotation — which is about a third of the markup
    /// and keeps math-heavy chapters within the page budget.
    static func compact(_ mathML: String) -> String {
        var text = mathML.replacingOccurrences(of: " xmlns=\"http://www.w3.org/1998/Math/MathML\"", with: "")
        guard text.contains("<semantics>") else { return text }
        while let open = text.range(of: "<annotation"), let close = text[open.upperBound...].range(of: "</annotation>") {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return text.replacingOccurrences(of: "<semantics>", with: "").replacingOccurrences(of: "</semantics>", with: "")
    }

    private static func convert(_ latex: String, display: Bool) throws(MathError) -> MathResult {
        try MathConverter().convert(latex, display: display)
    }
}

import Foundation
