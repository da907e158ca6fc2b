import Testing
@testable import Site

/// A page's links with their targets worked out once, and its ids; kept while its text is equal.
@Suite struct LinkScansTests {
    @Test func referencesAreResolvedFromTheirPage() throws {
        let html = ##"<a href="#top">x</a><a href="../b.html#s%C3%A9">y</a><img src="figures/a/f.png"><a href="https://e.org">z</a><img src="//cdn.e.org/x.png"><p id="top"></p><a href="#top">again</a>"##
        let scan = LinkScans.Scan(page: "guide/a.html", html: html)
        #expect(scan.references.map(\.url) == ["#top", "../b.html#s%C3%A9", "https://e.org", "figures/a/f.png", "//cdn.e.org/x.png"])
        #expect(scan.references[0].target! == ("guide/a.html", "top"))
        #expect(scan.references[1].target! == ("b.html", "sé"))
        #expect(scan.references[2].target == nil && scan.references[2].outside == nil, "a link out of the site is fine")
        #expect(scan.references[3].target! == ("guide/figures/a/f.png", ""))
        #expect(scan.references[4].target == nil && scan.references[4].outside == "'//cdn.e.org/x.png' points outside the site")
        #expect(scan.ids == ["top"])
    }

    @Test func aPageIsScannedAgainOnlyWhenItsTextChanged() {
        let scans = LinkScans()
        let first = scans.scan("a.html", html: #"<a href="b.html">b</a>"#)
        let same = scans.scan("a.html", html: #"<a href="b.html">b</a>"#)
        #expect(same.references.map(\.url) == first.references.map(\.url))
        let changed = scans.scan("a.html", html: #"<a href="c.html">c</a>"#)
        #expect(changed.references.map(\.url) == ["c.html"])
        #expect(scans.scan("other.html", html: "").references.isEmpty)
    }
}
