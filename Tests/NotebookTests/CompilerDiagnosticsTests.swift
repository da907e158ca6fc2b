import Testing
@testable import Notebook

@Suite struct CompilerDiagnosticsTests {
    @Test func parsesLocationsWithColonsInPaths() {
        let parsed = CompilerDiagnostics.parse("/a:b/c.md:12:7: error: cannot find 'x' in scope")
        #expect(parsed?.file == "/a:b/c.md")
        #expect(parsed?.line == 12)
        #expect(parsed?.column == 7)
        #expect(parsed?.message == "cannot find 'x' in scope")
    }

    @Test func byteColumnsBecomeCharacterColumns() {
        // "η" is two bytes in UTF-8: byte column 5 is character column 4.
        #expect(CompilerDiagnostics.characterColumn(byteColumn: 5, in: "η = x") == 4)
        #expect(CompilerDiagnostics.characterColumn(byteColumn: 3, in: "abc") == 3)
    }

    @Test func slowTypeCheckingGetsAHintToAnnotate() {
        let hint = CompilerDiagnostics.hint(forMessage:
            "the compiler is unable to type-check this expression in reasonable time; try breaking up the expression into distinct sub-expressions")
        #expect(hint?.contains("(t: Int) -> Double") == true)
        #expect(CompilerDiagnostics.hint(forMessage: "cannot find 'x' in scope") == nil)
    }
}
