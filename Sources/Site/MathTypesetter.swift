import MathML
import Notebook

/// Turns the math spans of a chapter into MathML through the `MathML` module, and maps a
/// converter error's position inside the LaTeX back to the chapter file.
struct MathTypesetter {
    /// The book's macros (`chapters/macros.tex`).
    var macros = MathMacros()
    /// Converts one span; the error, if any, is located in `file`.
    func typeset(_ span: ProtectedSpan, latex: String, display: Bool, file: String) throws(Diagnostic) -> MathResult {
        do {
            return try convert(latex, display: display)
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

    private func convert(_ latex: String, display: Bool) throws(MathError) -> MathResult {
        // The HTML wrapper: no namespace (implied in HTML), no `<semantics>` with the LaTeX
        // annotation (about a third of the markup), no top-level `<mrow>` — which keeps
        // math-heavy chapters within the page budget.
        try MathConverter(wrapper: .html, macros: macros).convert(latex, display: display)
    }
}

import Foundation
