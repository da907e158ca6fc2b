import Foundation
import Testing
@testable import Site

@Suite struct SearchScriptTests {
    @Test func bundleHoldsIndexUIAndStyles() throws {
        var index = SearchIndex()
        index.add(chapter: "2 · Momentum", section: "2.1 Heavy ball", url: "02-momentum.html#heavy-ball", text: "a velocity")
        let bundle = try SearchScript.bundle(index: index.script())
        #expect(bundle.hasPrefix("window.DESCENT_SEARCH={\"chapters\":[\"2 · Momentum\"],\"entries\":[[\"s\",0,\"2.1 Heavy ball\",\"heavy-ball\",\"a velocity\"]],\"pages\":[\"02-momentum.html\"]"))
        #expect(bundle.contains("style.textContent = \".search-results{position:absolute;"))
        #expect(!bundle.contains("STYLES"))
        #expect(bundle.contains("addEventListener(\"keydown\""))
    }

    @Test func pageScriptOnlyLoadsSearch() {
        let page = Minify.js(SiteScript.js)
        #expect(page.contains("script.src = \"\(Assets.searchBundlePath)\""))
        #expect(!page.contains("DESCENT_SEARCH"))
        #expect(!Minify.css(Theme.css).contains(".r-snippet"))
    }
}
