import Testing
@testable import MathML

@Suite struct MathConverterTests {
    @Test func inlineWrapperAndAnnotation() throws {
        let result = try MathConverter().convert("x < 1", display: false)
        #expect(result.mathML == "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow><mi>x</mi><mo>&lt;</mo><mn>1</mn>"
            + "</mrow><annotation encoding=\"application/x-tex\">x &lt; 1</annotation></semantics></math>")
        #expect(result.label == nil)
    }

    @Test func displayWrapper() throws {
        let result = try MathConverter().convert("a \\& b", display: false)
        #expect(result.mathML.contains("<annotation encoding=\"application/x-tex\">a \\&amp; b</annotation>"))
        let display = try MathConverter().convert("x", display: true)
        #expect(display.mathML == "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics><mrow><mi>x</mi>"
            + "</mrow><annotation encoding=\"application/x-tex\">x</annotation></semantics></math>")
    }

    @Test func emptyFormula() throws {
        #expect(try MathConverter().convert("", display: false).mathML.contains("<semantics><mrow></mrow><annotation"))
    }

    /// The HTML wrapper: no namespace, no annotation, and the top-level row's children written
    /// straight into `<math>` (an implicit row), down through a lone group.
    static let htmlWrapper: [(latex: String, display: Bool, mathML: String)] = [
        ("x < 1", false, "<math><mi>x</mi><mo>&lt;</mo><mn>1</mn></math>"),
        ("x", true, "<math display=\"block\"><mi>x</mi></math>"),
        ("", false, "<math></math>"),
        ("{a + b}", false, "<math><mi>a</mi><mo>+</mo><mi>b</mi></math>"),
        ("{{a}}", false, "<math><mi>a</mi></math>"),
        ("\\frac{a}{b}", true, "<math display=\"block\"><mfrac><mi>a</mi><mi>b</mi></mfrac></math>"),
        ("a^2 + b", false, "<math><msup><mi>a</mi><mn>2</mn></msup><mo>+</mo><mi>b</mi></math>"),
    ]

    @Test(arguments: htmlWrapper) func htmlWrapperWritesTheRowIntoMath(_ example: (latex: String, display: Bool, mathML: String)) throws {
        let result = try MathConverter(wrapper: .html).convert(example.latex, display: example.display)
        #expect(result.mathML == example.mathML)
    }

    @Test func htmlWrapperKeepsRowsThatCarryAttributesAndTheLabel() throws {
        let result = try MathConverter(wrapper: .html).convert("\\left( x \\right) \\label{eq:x}", display: true)
        #expect(result.label == "eq:x")
        #expect(result.mathML.hasPrefix("<math display=\"block\">"))
        #expect(!result.mathML.contains("<math display=\"block\"><mrow>"))
        #expect(result.mathML.contains("stretchy"))
    }

    /// Formulas of the kind the course is made of, converted end to end.
    static let course: [String] = [
        "\\theta_{t+1} = \\theta_t - \\eta \\nabla_\\theta J(\\theta_t)",
        "\\mathbf{v}_t = \\gamma \\mathbf{v}_{t-1} + \\eta \\nabla f(\\mathbf{x}_t - \\gamma \\mathbf{v}_{t-1})",
        "m_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g_t, \\quad \\hat{m}_t = \\frac{m_t}{1 - \\beta_1^t}",
        "\\theta_{t+1} = \\theta_t - \\frac{\\eta}{\\sqrt{\\hat{v}_t} + \\epsilon} \\odot \\hat{m}_t",
        "f(\\lambda x + (1-\\lambda) y) \\leq \\lambda f(x) + (1-\\lambda) f(y)",
        "\\mathbf{H} = \\begin{bmatrix} \\frac{\\partial^2 f}{\\partial x^2} & \\frac{\\partial^2 f}{\\partial x \\partial y} \\\\ "
            + "\\frac{\\partial^2 f}{\\partial y \\partial x} & \\frac{\\partial^2 f}{\\partial y^2} \\end{bmatrix}",
        "\\eta_t = \\eta_{\\min} + \\tfrac{1}{2}(\\eta_{\\max} - \\eta_{\\min})\\left(1 + \\cos\\left(\\frac{t}{T}\\pi\\right)\\right)",
        "\\operatorname*{argmin}_{\\mathbf{w} \\in \\mathbb{R}^d} \\frac{1}{n}\\sum_{i=1}^n \\ell(\\mathbf{w}; \\mathbf{x}_i, y_i)",
        "\\|\\nabla f(x)\\|_2^2 \\to 0 \\text{ as } t \\to \\infty",
        "\\mathcal{L}(\\boldsymbol{\\theta}) = \\mathbb{E}_{(x, y) \\sim \\mathcal{D}}\\left[ \\ell(f_{\\boldsymbol{\\theta}}(x), y) \\right]",
        "\\sigma(x) = \\frac{1}{1 + e^{-x}}, \\quad \\sigma'(x) = \\sigma(x)(1 - \\sigma(x))",
        "\\begin{aligned} g_t &= \\nabla f(x_t) \\\\ s_t &= s_{t-1} + g_t \\odot g_t \\\\ x_{t+1} &= x_t - \\frac{\\eta}{\\sqrt{s_t + \\epsilon}} \\odot g_t "
            + "\\label{eq:adagrad} \\end{aligned}",
        "\\operatorname{ReLU}(x) = \\begin{cases} x & \\text{if } x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}",
        "x^\\top A x \\geq 0 \\quad \\forall x \\in \\mathbb{R}^n",
        "\\lim_{n \\to \\infty} \\left(1 + \\frac{1}{n}\\right)^n = e",
        "\\Delta x_t = -\\frac{\\sqrt{E[\\Delta x^2]_{t-1} + \\epsilon}}{\\sqrt{E[g^2]_t + \\epsilon}} g_t",
    ]

    @Test(arguments: course) func courseFormulasConvert(_ latex: String) throws {
        let result = try MathConverter().convert(latex, display: true)
        #expect(result.mathML.hasPrefix("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics><mrow>"))
        #expect(result.mathML.hasSuffix("</annotation></semantics></math>"))
        if !latex.contains("\\label") {
            let inline = try MathConverter().convert(latex, display: false)
            #expect(!inline.mathML.contains("display=\"block\""))
        }
    }

    /// A sanity print, not a timed assertion: benchmarks are not tests.
    @Test func throughputOfTypicalFormulas() throws {
        let converter = MathConverter()
        let clock = ContinuousClock()
        var characters = 0
        let elapsed = try clock.measure {
            for index in 0..<2000 {
                let latex = Self.course[index % Self.course.count]
                characters += try converter.convert(latex, display: true).mathML.count
            }
        }
        print("MathML: converted 2000 formulas (\(characters) characters of MathML) in \(elapsed)")
        #expect(characters > 0)
    }
}
