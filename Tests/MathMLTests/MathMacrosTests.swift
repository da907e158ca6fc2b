import Testing
@testable import MathML

@Suite struct MathMacrosTests {
    static let definitions = """
        % The course's notation.
        \\newcommand{\\vx}{\\mathbf{x}}
        \\newcommand\\R{\\mathbb{R}}
        \\newcommand{\\norm}[1]{\\left\\lVert #1 \\right\\rVert}
        \\newcommand{\\pair}[2]{(#1, #2)}
        \\newcommand{\\E}[1][x]{\\mathbb{E}_{#1}}
        \\newcommand{\\vxi}{\\vx_i}
        \\renewcommand{\\epsilon}{\\varepsilon}
        \\DeclareMathOperator{\\tr}{tr}
        \\DeclareMathOperator*{\\esssup}{ess\\,sup}
        """

    static func convert(_ latex: String, display: Bool = false) throws -> String {
        let macros = try MathMacros.parse(definitions)
        var parser = Parser(latex, displayMode: display, macros: macros)
        return try parser.parseFormula().map(\.markup).joined()
    }

    /// Each macro use gives exactly what its expansion, typed out, gives.
    static let cases: [(String, String)] = [
        ("\\vx", "\\mathbf{x}"),
        ("\\vx_i^2", "\\mathbf{x}_i^2"),
        ("\\hat\\vx", "\\hat{\\mathbf{x}}"),
        ("x \\in \\R^n", "x \\in \\mathbb{R}^n"),
        ("\\norm{\\vx - y}", "\\left\\lVert \\mathbf{x} - y \\right\\rVert"),
        ("\\norm x", "\\left\\lVert x \\right\\rVert"),
        ("\\pair{a}{b+c}", "(a, b+c)"),
        ("\\pair ab", "(a, b)"),
        ("\\E f", "\\mathbb{E}_{x} f"),
        ("\\E[\\xi] f", "\\mathbb{E}_{\\xi} f"),
        ("\\vxi", "\\mathbf{x}_i"),
        ("\\epsilon", "\\varepsilon"),
        ("\\tr A", "\\operatorname{tr} A"),
        ("\\frac{\\vx}{2}", "\\frac{\\mathbf{x}}{2}"),
    ]

    @Test(arguments: cases) func expands(_ latex: String, _ expansion: String) throws {
        #expect(try Self.convert(latex) == (try body(expansion)))
    }

    @Test func operatorWithLimitsGoesUnderInDisplay() throws {
        #expect(try Self.convert("\\esssup_x f", display: true).hasPrefix("<munder><mrow><mi>ess</mi><mspace width=\"0.1667em\"/><mi>sup</mi></mrow>"))
    }

    @Test func namesAreListed() throws {
        #expect(try MathMacros.parse(Self.definitions).names == ["E", "R", "epsilon", "esssup", "norm", "pair", "tr", "vx", "vxi"])
    }

    @Test func aConverterUsesItsMacros() throws {
        let converter = MathConverter(wrapper: .html, macros: try MathMacros.parse("\\newcommand{\\vw}{\\mathbf{w}}"))
        #expect(try converter.convert("\\vw", display: false).mathML == "<math><mi>𝐰</mi></math>")
        #expect(throws: MathError.self) { try MathConverter(wrapper: .html).convert("\\vw", display: false) }
    }

    @Test func errorsInAMacroUseAreReportedAtTheUse() throws {
        let macros = try MathMacros.parse("\\newcommand{\\half}[1]{\\frac{#1}}")
        var parser = Parser("a + \\half{x}", displayMode: false, macros: macros)
        #expect(throws: MathError(message: "missing argument for \\frac", line: 1, column: 5,
                                  hint: "write the argument in braces, e.g. \\frac{…}")) { try parser.parseFormula() }
        var missing = Parser("x \\pair{a}", displayMode: false, macros: try MathMacros.parse(Self.definitions))
        #expect(throws: MathError.self) { try missing.parseFormula() }
    }

    @Test func aRunawayMacroIsAnErrorNotAHang() throws {
        let macros = try MathMacros.parse("\\newcommand{\\loop}{\\loop}\n\\newcommand{\\grow}{x\\grow}")
        for latex in ["\\loop", "\\grow", "{\\grow}"] {
            var parser = Parser(latex, displayMode: false, macros: macros)
            #expect(throws: MathError.self) { try parser.parseFormula() }
        }
    }

    @Test func unknownCommandsSuggestMacros() throws {
        var parser = Parser("\\nrom{x}", displayMode: false, macros: try MathMacros.parse(Self.definitions))
        #expect(throws: MathError(message: "unsupported command \\nrom", line: 1, column: 1, hint: "did you mean \\norm?")) {
            try parser.parseFormula()
        }
    }

    struct BadFile: Sendable, CustomTestStringConvertible {
        var source: String
        var message: String
        var line: Int
        var column: Int
        var testDescription: String { source }
    }

    static let badFiles: [BadFile] = [
        BadFile(source: "\\newcommand{\\a}{x}\n\\newcommand{\\a}{y}", message: "\\a is defined twice", line: 2, column: 13),
        BadFile(source: "\\newcommand{\\frac}{x}", message: "\\frac is already a command", line: 1, column: 13),
        BadFile(source: "\\renewcommand{\\vx}{x}", message: "\\renewcommand for \\vx, which is not a built-in command", line: 1, column: 15),
        BadFile(source: "\\newcommand{\\a}{#1}", message: "# must be followed by an argument number from 1 to 1", line: 1, column: 17),
        BadFile(source: "\\newcommand{\\a}[2]{#3}", message: "# must be followed by an argument number from 1 to 2", line: 1, column: 20),
        BadFile(source: "\\newcommand{\\a}[x]{y}", message: "the argument count must be a digit from 1 to 9", line: 1, column: 17),
        BadFile(source: "\\newcommand{\\a}{x", message: "missing } for \\newcommand", line: 1, column: 16),
        BadFile(source: "\\newcommand{a}{x}", message: "\\newcommand needs a macro name such as \\vx", line: 1, column: 13),
        BadFile(source: "\\newcommand{\\a}", message: "missing body for \\newcommand", line: 1, column: 16),
        BadFile(source: "% notation\n\n\\def\\a{x}", message: "expected \\newcommand, \\renewcommand or \\DeclareMathOperator, found \\def", line: 3, column: 1),
        BadFile(source: "\\DeclareMathOperator{\\max}{m}", message: "\\max is already a command", line: 1, column: 22),
    ]

    @Test(arguments: badFiles) func badDefinitionsAreLocated(_ bad: BadFile) {
        do {
            _ = try MathMacros.parse(bad.source)
            Issue.record("no error for \(bad.source)")
        } catch {
            #expect(error.message == bad.message)
            #expect(error.line == bad.line)
            #expect(error.column == bad.column)
            #expect(error.hint != nil)
        }
    }

    @Test func definitionsInAFormulaPointToTheFile() {
        #expect(conversionError("\\newcommand{\\a}{b}")?.hint?.contains("chapters/macros.tex") == true)
    }
}
