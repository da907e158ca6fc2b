import Testing
@testable import DescentCLI

/// The script added to served pages.
@Suite struct LiveReloadTests {
    @Test func goesBeforeTheLastBodyEndTag() {
        let html = LiveReload.inject(into: "<html><body><p>x</p></body></html>", generation: "abc-1")
        #expect(html.hasPrefix("<html><body><p>x</p><script id=\"descent-live-reload\">"))
        #expect(html.hasSuffix("</script>\n</body></html>"))
        #expect(html.contains("var shown = \"abc-1\""))
        #expect(html.contains(LiveReload.eventsPath))
    }

    @Test func isAppendedWithoutABody() {
        #expect(LiveReload.inject(into: "<p>x</p>", generation: "g").hasPrefix("<p>x</p><script"))
    }

    @Test func theGenerationCannotBreakOutOfTheScript() {
        let html = LiveReload.script(generation: "\"</script><script>alert(1)")
        #expect(!html.contains("alert(1)\""))
        #expect(html.components(separatedBy: "</script>").count == 2)
    }
}
