import Notebook
import Testing
@testable import Site

@Suite struct SourceScannerTests {
    private func scan(_ text: String) -> (String, [ProtectedSpan]) {
        var spans: [ProtectedSpan] = []
        var problems: [Diagnostic] = []
        let out = SourceScanner(fileLine: { $0 + 10 }).protect(text, into: &spans, problems: &problems)
        return (out, spans)
    }

    private func latex(_ spans: [ProtectedSpan]) -> [String] {
        spans.compactMap { if case .math(let latex, _) = $0.kind { latex } else { nil } }
    }

    @Test(arguments: [
        ("a $x_1 * y_2$ b", ["x_1 * y_2"]),
        ("costs $5 and $6", []),
        ("\\$ not math \\$", []),
        ("`$x$` is code", []),
        ("$ x$ needs no space inside", []),
        ("two $a$ and $b$", ["a", "b"]),
        ("$$\\sum_i x_i$$", ["\\sum_i x_i"]),
    ])
    func findsMath(input: String, expected: [String]) {
        #expect(latex(scan(input).1) == expected)
    }

    @Test func leavesFencedCodeAlone() {
        let (out, spans) = scan("```sh\necho $HOME $PATH @fig:x\n```\n")
        #expect(spans.isEmpty)
        #expect(out == "```sh\necho $HOME $PATH @fig:x\n```\n")
    }

    @Test func keepsLineNumbersOfMultiLineDisplayMath() {
        let (out, spans) = scan("text\n$$\na\n= b\n$$\nafter")
        #expect(out.split(separator: "\n", omittingEmptySubsequences: false).count == 6)
        #expect(spans[0].fileLines == [11, 12, 13, 14])
        #expect(spans[0].column == 3)
    }

    @Test(arguments: [
        ("see @fig:ravine-gd.", ReferenceKind.figure, "ravine-gd"),
        ("(@eq:newton)", .equation, "newton"),
        ("@sec:heavy-ball, then", .section, "heavy-ball"),
        ("@ch:05-momentum", .chapter, "05-momentum"),
        ("@fig:05-momentum/ravine_gd-", .figure, "05-momentum/ravine_gd"),
    ])
    func findsReferences(input: String, kind: ReferenceKind, target: String) {
        let spans = scan(input).1
        guard case .reference(let foundKind, let foundTarget) = spans.first?.kind else {
            Issue.record("no reference in \(input)"); return
        }
        #expect(foundKind == kind)
        #expect(foundTarget == target)
    }

    @Test(arguments: ["mail me@fig:x", "\\@fig:x", "@figure:x", "@fig:", "`@fig:x`"])
    func ignoresNonReferences(input: String) {
        #expect(scan(input).1.isEmpty)
    }

    @Test func referenceColumnIsTheAtSign() {
        let spans = scan("ab $x$ cd @fig:y").1
        #expect(spans[1].column == 11)
        #expect(spans[1].fileLines == [10])
    }
}
