import Testing
@testable import Site

@Suite struct LinkCheckerTests {
    @Test func attributeValuesAreCutAtTheQuotes() {
        let html = #"<a href="a.html#x">é</a><img src="figures/π.png" srcset="b.png 1x, c.png 2x"><p id="ü-1" data-href="no"><a  href="d.html">"#
        #expect(LinkChecker.attributeValues("href", in: html) == ["a.html#x", "d.html"])
        #expect(LinkChecker.attributeValues("src", in: html) == ["figures/π.png"])
        #expect(LinkChecker.attributeValues("srcset", in: html) == ["b.png", "c.png"])
        #expect(LinkChecker.attributeValues("id", in: html) == ["ü-1"])
    }

    @Test func anUnterminatedValueEndsTheScan() {
        #expect(LinkChecker.attributeValues("href", in: #"<a href="x.html">…<a href="oops"#) == ["x.html"])
        #expect(LinkChecker.attributeValues("href", in: "") == [])
        #expect(LinkChecker.attributeValues("href", in: #" href=""#) == [])
        #expect(LinkChecker.attributeValues("href", in: #" href="""#) == [""])
    }
}
