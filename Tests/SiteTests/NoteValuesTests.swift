import Foundation
import Notebook
import Testing
@testable import Site

/// `{{name}}` in prose, math, headings, captions and alt text becomes the noted value;
/// code shows what is written; an unknown name is an error at its line and column.
@Suite struct NoteValuesTests {
    private let notes = NoteValues(values: ["eta": "0.516", "steps": "27", "best": "Adam <b>", "loss.final": "3.1e-05"])

    private func scan(_ text: String) -> (html: String, problems: [Diagnostic]) {
        var spans: [ProtectedSpan] = []
        var problems: [Diagnostic] = []
        let out = SourceScanner(fileLine: { $0 + 10 }, file: "chapters/x.md", notes: notes)
            .protect(text, into: &spans, problems: &problems)
        let text = Placeholder.substitute(out) { index in
            switch spans[index].kind {
            case .value(let value): "[\(value)]"
            case .math(let latex, _): "$" + latex + "$"
            case .reference: spans[index].original
            }
        }
        return (text, problems)
    }

    @Test(arguments: [
        ("after {{steps}} steps", "after [27] steps"),
        ("{{ steps }} with spaces", "[27] with spaces"),
        ("dotted {{loss.final}}", "dotted [3.1e-05]"),
        ("math $\\eta = {{eta}}$ too", "math $\\eta = 0.516$ too"),
        ("display $$x_{{{steps}}}$$", "display $x_{27}$"),
        ("code `{{steps}}` is left", "code `{{steps}}` is left"),
        ("escaped \\{{steps}} is literal", "escaped \\{{steps}} is literal"),
        ("{{#include Sources/x.swift:a}} is not a note", "{{#include Sources/x.swift:a}} is not a note"),
        ("{{ }} and {{2x}} and {steps} are prose", "{{ }} and {{2x}} and {steps} are prose"),
        ("```swift\nlet s = \"{{steps}}\"\n```\n", "```swift\nlet s = \"{{steps}}\"\n```\n"),
    ])
    func replacesWhereProseIs(input: String, expected: String) {
        let (html, problems) = scan(input)
        #expect(problems.isEmpty)
        #expect(html == expected)
    }

    @Test func anUnknownNameIsLocatedAndATypoGetsASuggestion() throws {
        let (_, problems) = scan("First line.\nThe rate {{etta}} and $x = {{nothing}}$.")
        #expect(problems.count == 2)
        #expect(problems[0].description.hasPrefix("chapters/x.md:11:10: error: {{etta}} names no note of this chapter's experiments"))
        #expect(problems[0].hint?.hasPrefix("did you mean {{eta}}?") == true)
        #expect(problems[1].line == 11 && problems[1].column == 28)
        #expect(problems[1].hint?.contains("`best`, `eta`, `loss.final`, `steps`") == true)
    }

    @Test func theRenderedPageHasTheValuesEverywhereButCode() throws {
        var runs = try FixtureBook.runs()
        let body = """
            # Rate {{eta}}

            We took {{steps}} steps with $\\eta = {{eta}}$; the winner is {{best}}.
            ![A diagram after {{steps}} steps](figures/02-momentum/ravine-light.png)

            ```swift experiment
            note("steps", 27)
            ```

            `{{steps}}` stays.
            """
        runs[1].chapter.body = body
        runs[1].chapter.experiments = FixtureBook.experiments(in: body)
        runs[1].outputs = [BlockOutput(
            blockIndex: 0, text: "", figures: [RenderedFigure(
                id: nil, caption: "After {{steps}} steps, $\\eta = {{eta}}$", alt: "the loss after {{steps}} steps",
                lightFile: "ravine-light.png", darkFile: "ravine-dark.png", width: 320, height: 200)],
            notes: notes.values.sorted(by: { $0.key < $1.key }).map { Note(name: $0.key, value: $0.value, line: 12, column: 1) })]
        let site = try FixtureBook.build(runs)
        defer { try? FileManager.default.removeItem(at: site) }
        let page = try String(contentsOf: site.appendingPathComponent("02-momentum.html"), encoding: .utf8)
        #expect(page.contains("Rate 0.516<a class=\"anchor\""))
        #expect(page.contains("We took 27 steps with <math"))
        #expect(page.contains("<mn>0.516</mn>"))
        #expect(page.contains("the winner is Adam &lt;b&gt;."))
        #expect(page.contains("alt=\"A diagram after 27 steps\""))
        #expect(page.contains("alt=\"the loss after 27 steps\""))
        #expect(page.contains("After 27 steps, <math"))
        #expect(page.contains("<code>{{steps}}</code> stays."))
        #expect(page.contains("note("), "the experiment code is shown as written")
        #expect(!page.contains("{{eta}}"))
    }

    @Test func unknownNamesInCaptionsAndAltTextNameTheFigure() throws {
        var runs = try FixtureBook.runs()
        runs[0].outputs[0].figures[0].caption = "After {{missing}} steps"
        runs[0].outputs[0].figures[0].alt = "the {{gone}} path"
        do {
            let site = try FixtureBook.build(runs)
            try? FileManager.default.removeItem(at: site)
            Issue.record("the build should fail")
        } catch let error as SiteBuildError {
            let messages = error.diagnostics.map(\.message)
            #expect(messages.contains("{{missing}} in the caption of figure 1.1 names no note of this chapter's experiments"))
            #expect(messages.contains("{{gone}} in the alt text of figure 1.1 names no note of this chapter's experiments"))
            #expect(error.diagnostics.allSatisfy { $0.file == "chapters/01-gradient-descent.md" && $0.line != nil })
        }
    }
}
