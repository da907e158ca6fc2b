import Testing
@testable import MathML

/// Bad formulas and the exact error each must produce: message, line and column.
@Suite struct MathErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var latex: String
        var message: String
        var line: Int
        var column: Int
        var display = true
        var testDescription: String { latex.debugDescription }
    }

    static let cases: [Case] = [
        Case(latex: "x + \\foo", message: "unsupported command \\foo", line: 1, column: 5),
        Case(latex: "a\n  + \\fracc{1}{2}", message: "unsupported command \\fracc", line: 2, column: 5),
        Case(latex: "x\\", message: "incomplete command \\", line: 1, column: 2),
        Case(latex: "\\frac{a", message: "missing closing brace for \\frac", line: 1, column: 6),
        Case(latex: "\\frac{a}", message: "missing argument for \\frac", line: 1, column: 1),
        Case(latex: "\\frac{a}{b", message: "missing closing brace for \\frac", line: 1, column: 9),
        Case(latex: "{x", message: "missing closing brace", line: 1, column: 1),
        Case(latex: "x^{2", message: "missing closing brace for ^", line: 1, column: 3),
        Case(latex: "x}", message: "unmatched closing brace", line: 1, column: 2),
        Case(latex: "\\sqrt", message: "missing argument for \\sqrt", line: 1, column: 1),
        Case(latex: "\\sqrt[3", message: "missing ] for \\sqrt", line: 1, column: 6),
        Case(latex: "\\hat", message: "missing argument for \\hat", line: 1, column: 1),
        Case(latex: "\\limits", message: "\\limits is only allowed after an operator such as \\sum", line: 1, column: 1),
        Case(latex: "x^", message: "missing superscript after ^", line: 1, column: 2),
        Case(latex: "x_}", message: "missing subscript after _", line: 1, column: 2),
        Case(latex: "x^1^2", message: "double superscript", line: 1, column: 4),
        Case(latex: "x_1_2", message: "double subscript", line: 1, column: 4),
        Case(latex: "a & b", message: "& outside an environment", line: 1, column: 3),
        Case(latex: "a \\\\ b", message: "\\\\ outside an environment", line: 1, column: 3),
        Case(latex: "\\left( x", message: "missing \\right for \\left", line: 1, column: 1),
        Case(latex: "x \\right)", message: "\\right without a matching \\left", line: 1, column: 3),
        Case(latex: "\\left x \\right)", message: "missing delimiter after \\left", line: 1, column: 7),
        Case(latex: "\\left(", message: "missing \\right for \\left", line: 1, column: 1),
        Case(latex: "\\middle|", message: "\\middle outside \\left … \\right", line: 1, column: 1),
        Case(latex: "\\left( {x \\right)", message: "missing closing brace", line: 1, column: 8),
        Case(latex: "\\begin{foo} x \\end{foo}", message: "unknown environment foo", line: 1, column: 1),
        Case(latex: "\\begin{matrix} a \\end{pmatrix}", message: "\\end{pmatrix} does not match \\begin{matrix}", line: 1, column: 18),
        Case(latex: "\\begin{cases} a & b", message: "missing \\end{cases}", line: 1, column: 1),
        Case(latex: "x \\end{cases}", message: "\\end without a matching \\begin", line: 1, column: 3),
        Case(latex: "\\begin{matrix} {a & b} \\end{matrix}", message: "missing closing brace", line: 1, column: 16),
        Case(latex: "\\begin{matrix} a \\\\[2pt b", message: "missing ] for \\\\[", line: 1, column: 20),
        Case(latex: "\\begin", message: "missing argument for \\begin", line: 1, column: 1),
        Case(latex: "x \\label{eq:a}", message: "\\label is only allowed in display math", line: 1, column: 3, display: false),
        Case(latex: "x \\label{a} \\label{b}", message: "a second \\label in the same equation", line: 1, column: 13),
        Case(latex: "\\label{}", message: "empty \\label", line: 1, column: 1),
        Case(latex: "x \\tag{1} \\tag{2}", message: "a second \\tag in the same equation", line: 1, column: 11),
        Case(latex: "x \\newcommand{\\a}{b}", message: "\\newcommand inside a formula", line: 1, column: 3),
        Case(latex: "\\color{rde} x", message: "unknown colour 'rde' for \\color", line: 1, column: 7),
        Case(latex: "\\begin{array}{lx} a \\end{array}", message: "unsupported column type 'x' in \\begin{array}{lx}", line: 1, column: 1),
        Case(latex: "\\begin{array}{l} a & b \\end{array}", message: "a row of the array has 2 cells, but the array declares 1 columns", line: 1, column: 1),
        Case(latex: "\\eqref{a b}", message: "\\eqref needs an equation label such as eq:update", line: 1, column: 1),
        Case(latex: "\\text{a \\b}", message: "unsupported command \\b in \\text", line: 1, column: 9),
        Case(latex: "\\text{abc", message: "missing closing brace for \\text", line: 1, column: 6),
        Case(latex: "x $ y", message: "unexpected $ inside math", line: 1, column: 3),
        Case(latex: "#1", message: "unexpected # inside math", line: 1, column: 1),
        Case(latex: "x \\limits", message: "\\limits is only allowed after an operator such as \\sum", line: 1, column: 3),
        Case(latex: "f^2'", message: "prime after a superscript", line: 1, column: 4),
        Case(latex: "\\not x", message: "\\not must be followed by a relation such as = or \\in", line: 1, column: 1),
        Case(latex: "% only a comment\n\\alpha + \\betta", message: "unsupported command \\betta", line: 2, column: 10),
        Case(latex: "é + \\foo", message: "unsupported command \\foo", line: 1, column: 5),
    ]

    @Test(arguments: cases) func errors(_ bad: Case) {
        let error = conversionError(bad.latex, display: bad.display)
        #expect(error?.message == bad.message)
        #expect(error?.line == bad.line)
        #expect(error?.column == bad.column)
        #expect(error?.hint != nil)
    }

    @Test func suggestionsForTypos() {
        #expect(conversionError("\\fracc{1}{2}")?.hint == "did you mean \\frac?")
        #expect(conversionError("\\lamda")?.hint == "did you mean \\lambda?")
        #expect(conversionError("\\mathbff{x}")?.hint == "did you mean \\mathbf?")
        #expect(conversionError("\\begin{pmatrx} a \\end{pmatrx}")?.hint == "did you mean pmatrix?")
        #expect(conversionError("\\zzzzzzzz")?.hint?.hasPrefix("did you mean") == false)
    }

    @Test func description() {
        let error = MathError(message: "unsupported command \\foo", line: 2, column: 3, hint: "did you mean \\for?")
        #expect(error.description == "2:3: unsupported command \\foo (did you mean \\for?)")
    }
}
