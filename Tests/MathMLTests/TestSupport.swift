@testable import MathML

/// The MathML of a formula's top-level row, without the `<math>`/`<semantics>` wrapper.
func body(_ latex: String, display: Bool = false) throws -> String {
    var parser = Parser(latex, displayMode: display)
    return try parser.parseFormula().map(\.markup).joined()
}

/// The error a formula produces, or nil when it converts.
func conversionError(_ latex: String, display: Bool = true) -> MathError? {
    do {
        _ = try MathConverter().convert(latex, display: display)
        return nil
    } catch {
        return error
    }
}

/// `<mi>x</mi>` and friends, to keep expected outputs readable.
func mi(_ text: String) -> String { "<mi>\(text)</mi>" }
func mn(_ text: String) -> String { "<mn>\(text)</mn>" }
func mo(_ text: String) -> String { "<mo>\(text)</mo>" }
let thin = "<mspace width=\"0.1667em\"/>"
let apply = "<mo>\u{2061}</mo>"

/// An ordinary symbol drawn with `<mo>`: no space on either side, as in TeX.
func ord(_ text: String) -> String { "<mo lspace=\"0em\" rspace=\"0em\">\(text)</mo>" }
/// A bar used bare (`|`, `\|`): not stretched, no space.
func bar(_ text: String) -> String { "<mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">\(text)</mo>" }
