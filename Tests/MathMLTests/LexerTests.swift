import Testing
@testable import MathML

@Suite struct LexerTests {
    @Test func tokenKindsAndPositions() {
        let tokens = Lexer.tokenize("x^{2}_\\alpha\\,&~")
        #expect(tokens.map(\.kind) == [
            .character("x"), .caret, .openBrace, .character("2"), .closeBrace, .underscore, .command("alpha"),
            .command(","), .ampersand, .tilde, .end,
        ])
        #expect(tokens.map(\.position.column) == [1, 2, 3, 4, 5, 6, 7, 13, 15, 16, 17])
    }

    @Test func linesColumnsAndComments() {
        let tokens = Lexer.tokenize("a % comment \\foo\n  \\beta\r\n b")
        let significant = tokens.filter { $0.kind != .space }
        #expect(significant.map(\.kind) == [.character("a"), .command("beta"), .character("b"), .end])
        #expect(significant.map(\.position) == [
            SourcePosition(line: 1, column: 1), SourcePosition(line: 2, column: 3),
            SourcePosition(line: 3, column: 2), SourcePosition(line: 3, column: 3),
        ])
    }

    @Test func whitespaceRunsBecomeOneSpaceToken() {
        #expect(Lexer.tokenize("a  \n\t b").map(\.kind) == [.character("a"), .space, .character("b"), .end])
    }

    @Test func controlSymbolsAndTrailingBackslash() {
        #expect(Lexer.tokenize("\\\\\\{\\ ").map(\.kind) == [.command("\\"), .command("{"), .command(" "), .end])
        #expect(Lexer.tokenize("x\\").map(\.kind) == [.character("x"), .command(""), .end])
    }

    @Test func columnsCountCharactersNotBytes() {
        let tokens = Lexer.tokenize("é+\\foo")
        #expect(tokens[2].position == SourcePosition(line: 1, column: 3))
    }
}
