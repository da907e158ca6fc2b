import Foundation
import Testing
@testable import Site

/// A sweep figure in real headless Chromium, from `file://`: the frames load when the figure
/// scrolls into view, the arrow keys move the slider, and figure, readout, alt text and the
/// announced value follow; the theme switch redraws; print shows the static default frame.
@Suite(.enabled(if: Chromium.path != nil, Comment(rawValue: Chromium.missing)), .serialized)
struct SweepBrowserTests {
    /// A fingerprint of the canvas pixels, to tell frames apart.
    static let canvasPrint = """
        (function () { var c = document.querySelector("figure.sweep canvas"); if (!c) return "none";
          var d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data, h = 0, n = 0;
          for (var i = 3; i < d.length; i += 4) if (d[i]) { n++; h = (h * 31 + i + d[i - 1] * 7 + d[i - 3]) % 1000000007; }
          return n + ":" + h; })()
        """

    func state(_ browser: DevTools) throws -> [String: String] {
        let json = try browser.evaluate("""
            (function () { var f = document.querySelector("figure.sweep"), input = f.querySelector("input[type=range]");
              return JSON.stringify({ frame: f.getAttribute("data-frame") || "", live: String(f.classList.contains("live")),
                readout: (f.querySelector(".sweep-readout[aria-live]") || {}).textContent || "",
                value: input ? input.getAttribute("aria-valuetext") : "", label: input ? input.labels[0].textContent : "",
                alt: (f.querySelector(".sweep-base img") || {}).alt || "", base: (f.querySelector(".sweep-base img") || {}).currentSrc || "",
                canvas: \(Self.canvasPrint) }); })()
            """) as? String ?? "{}"
        return try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    }

    @Test func theKeyboardMovesTheSliderFromFileURLs() throws {
        let site = try FixtureBook.build(SweepFixture.runs())
        defer { try? FileManager.default.removeItem(at: site) }
        let browser = try DevTools(chromium: Chromium.path!)
        try browser.send("Page.enable")
        try browser.send("Page.navigate", ["url": site.appendingPathComponent("03-sweep.html").absoluteString])
        #expect(try browser.wait(until: "document.readyState === 'complete' && !!window.DescentSweep"))
        // Out of view: nothing requested yet.
        #expect(try browser.evaluate("document.querySelectorAll('script[src$=\"frames.js\"]').length") as? Int == 0)
        #expect(try browser.evaluate("document.querySelector('figure.sweep').getBoundingClientRect().top > innerHeight") as? Bool == true)
        try browser.evaluate("document.querySelector('figure.sweep').scrollIntoView()")
        #expect(try browser.wait(until: "document.querySelector('figure.sweep').classList.contains('live')"), "the frames never loaded")
        let before = try state(browser)
        #expect(before["frame"] == "3")
        #expect(before["readout"] == "η = 0.4: f = 0.338 after 12 steps")
        #expect(before["value"] == "η = 0.4")
        #expect(before["label"] == "η")
        #expect(before["base"]?.hasSuffix("figure-9-base-light.png") == true)
        #expect(before["canvas"] != "none" && before["canvas"]?.hasPrefix("0:") == false, "the canvas draws the path")

        try browser.evaluate("document.querySelector('figure.sweep input[type=range]').focus()")
        try browser.press("ArrowRight", code: 39)
        let after = try state(browser)
        #expect(after["frame"] == "4")
        #expect(after["value"] == "η = 0.45")
        #expect(after["readout"]?.hasPrefix("η = 0.45: ") == true && after["readout"] != before["readout"])
        #expect(after["alt"]?.hasPrefix("Gradient descent with η = 0.45") == true)
        #expect(after["canvas"] != before["canvas"])

        try browser.press("ArrowLeft", code: 37)
        let back = try state(browser)
        #expect(back["frame"] == "3" && back["canvas"] == before["canvas"], "the same frame draws the same pixels")

        // The theme toggle redraws in dark colours over the dark background.
        try browser.evaluate("window.DescentTheme.set('dark')")
        #expect(try browser.wait(until: "document.querySelector('.sweep-base img').currentSrc.endsWith('figure-9-base-dark.png')"))
        #expect(try state(browser)["canvas"] != back["canvas"])

        // Paper shows the static default frame, without the controls.
        try browser.send("Emulation.setEmulatedMedia", ["media": "print"])
        #expect(try browser.evaluate("""
            getComputedStyle(document.querySelector('.sweep-static')).display !== 'none'
              && getComputedStyle(document.querySelector('.sweep-controls')).display === 'none'
              && getComputedStyle(document.querySelector('figure.sweep canvas')).display === 'none'
            """) as? Bool == true)
    }

    @Test func withoutJavaScriptTheDefaultFrameIsAPlainFigure() throws {
        let site = try FixtureBook.build(SweepFixture.runs())
        defer { try? FileManager.default.removeItem(at: site) }
        let browser = try DevTools(chromium: Chromium.path!)
        try browser.send("Page.enable")
        try browser.send("Emulation.setScriptExecutionDisabled", ["value": true])
        try browser.send("Page.navigate", ["url": site.appendingPathComponent("03-sweep.html").absoluteString])
        Thread.sleep(forTimeInterval: 1.5)
        try browser.send("Emulation.setScriptExecutionDisabled", ["value": false])
        // Inspect the page as it is (the evaluation itself runs; the page's scripts did not).
        #expect(try browser.evaluate("!window.DescentSweep") as? Bool == true)
        #expect(try browser.evaluate("document.querySelector('figure.sweep img').complete && document.querySelector('figure.sweep img').naturalWidth > 0") as? Bool == true)
        #expect(try browser.evaluate("document.querySelectorAll('figure.sweep input, figure.sweep canvas').length") as? Int == 0)
        #expect(try browser.evaluate("document.querySelector('.sweep-readout').textContent") as? String == "η = 0.4: f = 0.338 after 12 steps")
    }
}
