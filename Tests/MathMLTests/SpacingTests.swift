import Testing
@testable import MathML

@Suite struct SpacingTests {
    static func space(_ width: String) -> String { "<mspace width=\"\(width)\"/>" }

    static let cases: [(String, String)] = [
        ("a\\,b", mi("a") + space("0.1667em") + mi("b")),
        ("a\\:b", mi("a") + space("0.2222em") + mi("b")),
        ("a\\;b", mi("a") + space("0.2778em") + mi("b")),
        ("a\\quad b", mi("a") + space("1em") + mi("b")),
        ("a\\qquad b", mi("a") + space("2em") + mi("b")),
        ("a\\!b", mi("a") + "<mspace style=\"margin-left:-0.1667em\"/>" + mi("b")),
        ("a~b", mi("a") + "<mtext>\u{A0}</mtext>" + mi("b")),
        ("a\\ b", mi("a") + "<mtext>\u{A0}</mtext>" + mi("b")),
        ("a   b", mi("a") + mi("b")),
    ]

    @Test(arguments: cases) func spaces(_ latex: String, _ expected: String) throws {
        #expect(try body(latex) == expected)
    }
}
