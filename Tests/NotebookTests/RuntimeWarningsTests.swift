import Testing
@testable import Notebook

@Suite struct RuntimeWarningsTests {
    @Test func warningsAtChapterLinesAreParsedAndTheRestIgnored() {
        let stderr = """
            chapters/01-a.md:12: warning: in the figure shown here, every sample of the contour grid is NaN: nothing is drawn
            chapters/01-a.md:13: error: not a warning
            chapters/02-b.md:5: warning: another chapter
            some other text
            chapters/01-a.md:x: warning: no line
            """
        let warnings = RuntimeWarnings.parse(stderr, chapter: "chapters/01-a.md")
        #expect(warnings.count == 1)
        #expect(warnings.first?.line == 12)
        #expect(warnings.first?.isWarning == true)
        #expect(warnings.first?.description.hasPrefix("chapters/01-a.md:12: warning: in the figure shown here") == true)
    }
}
