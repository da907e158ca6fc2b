import Testing
@testable import MathML

@Suite struct MathNodeTests {
    @Test func escapesTextAndAttributes() {
        #expect(MathNode("mo", text: "<&>").markup == "<mo>&lt;&amp;&gt;</mo>")
        #expect(MathNode("mtext", text: "a\"b").markup == "<mtext>a\"b</mtext>")
        var node = MathNode("mtd", children: [])
        node.set("style", "a\"<b")
        #expect(node.markup == "<mtd style=\"a&quot;&lt;b\"></mtd>")
    }

    @Test func containersAndSpaces() {
        #expect(MathNode("mrow", children: [MathNode("mi", text: "x")]).markup == "<mrow><mi>x</mi></mrow>")
        #expect(MathNode.space("1em").markup == "<mspace width=\"1em\"/>")
        #expect(MathNode.row([MathNode("mi", text: "x")]).markup == "<mi>x</mi>")
        #expect(MathNode.row([]).markup == "<mrow></mrow>")
    }

    @Test func setReplacesAnAttribute() {
        var node = MathNode("mo", text: "−", attributes: [("form", "infix")])
        node.set("form", "prefix")
        #expect(node.markup == "<mo form=\"prefix\">−</mo>")
        #expect(node.attribute("form") == "prefix")
    }
}
