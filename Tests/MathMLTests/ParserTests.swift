import Testing
@testable import MathML

@Suite struct ParserTests {
    @Test func rawArgumentKeepsTextAndUnescapes() throws {
        var parser = Parser("\\text{ a  b \\{c\\} {d} }", displayMode: false)
        let command = parser.current
        parser.advance()
        #expect(try parser.parseRawArgument(for: command) == " a b {c} {d} ")
        #expect(parser.current.kind == .end)
    }

    @Test func optionalArgumentIsAbsentWithoutABracket() throws {
        var parser = Parser("\\sqrt x", displayMode: false)
        let command = parser.current
        parser.advance()
        #expect(try parser.parseOptionalArgument(for: command) == nil)
        #expect(try parser.parseArgument(for: command).markup == mi("x"))
    }

    @Test func singleTokenArgumentsTakeOneDigit() throws {
        var parser = Parser("\\frac 123", displayMode: false)
        let command = parser.current
        parser.advance()
        #expect(try parser.parseArgument(for: command).markup == mn("1"))
        #expect(try parser.parseArgument(for: command).markup == mn("2"))
        #expect(try parser.parseExpression().map(\.markup) == [mn("3")])
    }

    @Test func expressionsStopAtTerminators() throws {
        for terminator in ["}", "&", "\\\\", "\\right)", "\\end{x}"] {
            var parser = Parser("a " + terminator, displayMode: false)
            #expect(try parser.parseExpression().map(\.markup) == [mi("a")])
            #expect(parser.isTerminator(parser.current))
        }
    }

    @Test func depthIsRestoredAfterParsing() throws {
        var parser = Parser("{{x^{y_{z}}}} + \\frac{\\sqrt{a}}{b}", displayMode: true)
        _ = try parser.parseFormula()
        #expect(parser.depth == 0)
        #expect(parser.groupDepth == 0 && parser.leftDepth == 0 && parser.environmentDepth == 0)
    }
}
