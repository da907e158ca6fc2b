import Testing
@testable import MathML

@Suite struct StylesTests {
    @Test func displaystyleAppliesToTheRestOfTheGroup() throws {
        #expect(try body("a \\displaystyle \\sum_i x") == mi("a")
            + "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><munder><mo>∑</mo>" + mi("i") + "</munder>" + mi("x") + "</mstyle>")
        #expect(try body("{\\textstyle \\sum_i} x", display: true) == "<mstyle displaystyle=\"false\" scriptlevel=\"0\"><msub><mo>∑</mo>"
            + mi("i") + "</msub></mstyle>" + mi("x"))
        #expect(try body("\\scriptstyle x") == "<mstyle displaystyle=\"false\" scriptlevel=\"1\">" + mi("x") + "</mstyle>")
    }

    @Test func labelIsRecordedAndRemoved() throws {
        let result = try MathConverter().convert("x = 1 \\label{eq:one}", display: true)
        #expect(result.label == "eq:one")
        #expect(result.mathML.contains("<mrow><mi>x</mi><mo>=</mo><mn>1</mn></mrow><annotation"))
        #expect(!result.mathML.contains("<mi>l</mi>"))
    }

    @Test func labelInsideAnEnvironment() throws {
        let result = try MathConverter().convert("\\begin{aligned} a &= b \\label{eq:ab} \\end{aligned}", display: true)
        #expect(result.label == "eq:ab")
    }

    @Test func nonumberDrawsNothing() throws {
        #expect(try body("x \\nonumber") == mi("x"))
    }

    @Test func tagSetsTheNumberAndDrawsNothing() throws {
        let result = try MathConverter(wrapper: .html).convert("x = 1 \\tag{A.1} \\label{eq:one}", display: true)
        #expect(result.tag == "(A.1)")
        #expect(result.label == "eq:one")
        #expect(result.mathML == "<math display=\"block\"><mi>x</mi><mo>=</mo><mn>1</mn></math>")
        #expect(try MathConverter().convert("x \\tag*{A}", display: true).tag == "A")
        #expect(try MathConverter().convert("x", display: true).tag == nil)
        #expect(conversionError("x \\tag{1}", display: false)?.message == "\\tag is only allowed in display math")
    }

    @Test func eqrefLeavesAMarkedNumberForTheSite() throws {
        let result = try MathConverter(wrapper: .html).convert("\\text{by } \\eqref{eq:update} \\text{ and } \\eqref{newton}", display: false)
        #expect(result.equationReferences == ["eq:update", "newton"])
        #expect(result.mathML.contains("<mtext data-eqref=\"eq:update\">(eq:update)</mtext>"))
    }
}
