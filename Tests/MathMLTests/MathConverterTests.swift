import Testing
@testable import MathML

@Suite struct MathConverterTests {
    @Test func inlineWrapperAndAnnotation() throws {
        let result = try MathConverter().convert("x < 1", display: false)
        #expect(result.mathML == "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow><mi>x</mi><mo>&lt;</mo><mn>1</mn></mrow><annotation encoding=\"application/x-tex\">x &lt; 1</annotation></semantics></math>")
        #expect(result.label == nil)
    }
}
