import Testing
@testable import MathML

@Suite struct EnvironmentsTests {
    static func open(_ text: String) -> String { "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">\(text)</mo>" }
    static func close(_ text: String) -> String { "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\">\(text)</mo>" }
    static let grid = "<mtable><mtr><mtd>" + mi("a") + "</mtd><mtd>" + mi("b") + "</mtd></mtr><mtr><mtd>" + mi("c")
        + "</mtd><mtd>" + mi("d") + "</mtd></mtr></mtable>"
    static let right = "<mtd style=\"text-align:right;text-align:-webkit-right;padding-left:0;padding-right:0\">"
    static let left = "<mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0;padding-right:0\">"

    static let cases: [(String, String)] = [
        ("\\begin{matrix} a & b \\\\ c & d \\end{matrix}", grid),
        ("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", "<mrow>" + open("(") + grid + close(")") + "</mrow>"),
        ("\\begin{bmatrix} a & b \\\\ c & d \\\\ \\end{bmatrix}", "<mrow>" + open("[") + grid + close("]") + "</mrow>"),
        ("\\begin{Bmatrix} a & b \\\\ c & d \\end{Bmatrix}", "<mrow>" + open("{") + grid + close("}") + "</mrow>"),
        ("\\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix}", "<mrow>" + open("|") + grid + close("|") + "</mrow>"),
        ("\\begin{Vmatrix} a & b \\\\ c & d \\end{Vmatrix}", "<mrow>" + open("‖") + grid + close("‖") + "</mrow>"),
        ("\\begin{matrix} \\end{matrix}", "<mtable><mtr><mtd></mtd></mtr></mtable>"),
        ("\\begin{matrix} a & \\\\ & d \\end{matrix}", "<mtable><mtr><mtd>" + mi("a") + "</mtd><mtd></mtd></mtr><mtr><mtd></mtd><mtd>"
            + mi("d") + "</mtd></mtr></mtable>"),
        ("\\begin{aligned} x &= 1 \\\\ &= 2 \\end{aligned}", "<mtable displaystyle=\"true\"><mtr>" + right + mi("x") + "</mtd>" + left
            + mo("=") + mn("1") + "</mtd></mtr><mtr>" + right + "</mtd>" + left + mo("=") + mn("2") + "</mtd></mtr></mtable>"),
        ("\\begin{split} a &= b & c &= d \\end{split}", "<mtable displaystyle=\"true\"><mtr>" + right + mi("a") + "</mtd>" + left + mo("=")
            + mi("b") + "</mtd><mtd style=\"text-align:right;text-align:-webkit-right;padding-left:1em;padding-right:0\">" + mi("c") + "</mtd>" + left + mo("=")
            + mi("d") + "</mtd></mtr></mtable>"),
        ("\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}", "<mrow>" + open("{") + "<mtable><mtr>"
            + "<mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0\">" + mn("1") + "</mtd><mtd style=\"text-align:left;text-align:-webkit-left;padding-left:1em\">" + mi("x")
            + mo("&gt;") + mn("0") + "</mtd></mtr><mtr><mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0\">" + mn("0")
            + "</mtd><mtd style=\"text-align:left;text-align:-webkit-left;padding-left:1em\"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow>"),
        ("\\begin{matrix} a \\\\[2pt] b \\end{matrix}", "<mtable><mtr><mtd>" + mi("a") + "</mtd></mtr><mtr><mtd>" + mi("b") + "</mtd></mtr></mtable>"),
        ("\\begin{gathered} a \\\\ b \\end{gathered}", "<mtable displaystyle=\"true\"><mtr><mtd>" + mi("a") + "</mtd></mtr><mtr><mtd>"
            + mi("b") + "</mtd></mtr></mtable>"),
    ]

    @Test(arguments: cases) func environments(_ latex: String, _ expected: String) throws {
        #expect(try body(latex, display: true) == expected)
    }

    @Test func cellsOfAlignedAreInDisplayStyleAndMatrixCellsAreNot() throws {
        #expect(try body("\\begin{aligned} \\sum_i \\end{aligned}").contains("<munder>"))
        #expect(try body("\\begin{matrix} \\sum_i \\end{matrix}", display: true).contains("<msub>"))
    }

    @Test func nestedEnvironments() throws {
        let output = try body("\\begin{pmatrix} \\begin{matrix} a \\end{matrix} & b \\end{pmatrix}")
        #expect(output.components("<mtable>") == 2)
    }
}

extension String {
    /// How many times `part` occurs.
    func components(_ part: String) -> Int {
        var count = 0
        var rest = self[...]
        while let range = rest.firstRange(of: part) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }

    @Test func arrayColumnsAlignAndRule() throws {
        let markup = try body("\\begin{array}{l|cr} a & b & c \\\\ d & e & f \\end{array}")
        #expect(markup.hasPrefix("<mtable><mtr><mtd style=\"text-align:left;text-align:-webkit-left;border-right:1px solid\">"))
        #expect(markup.contains("<mtd style=\"text-align:center\">" + mi("e") + "</mtd>"))
        #expect(markup.contains("<mtd style=\"text-align:right;text-align:-webkit-right\">" + mi("f") + "</mtd>"))
        #expect(try ArrayColumns.parse("|c|c|", at: Token(kind: .end, position: .init(line: 1, column: 1)))
            == [.init(alignment: .center, ruleBefore: true, ruleAfter: true), .init(alignment: .center, ruleAfter: true)])
    }
}
