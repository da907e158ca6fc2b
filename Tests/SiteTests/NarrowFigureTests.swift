import Foundation
import Testing
@testable import Site

@Suite struct NarrowFigureTests {
    @Test func namesFollowTheFigureFile() {
        #expect(NarrowFigure.fileName(for: "figure-3-light.png") == "figure-3-narrow-light.png")
        #expect(NarrowFigure.fileName(for: "figure-3-dark.png") == "figure-3-narrow-dark.png")
        #expect(NarrowFigure.fileName(for: "figure-3.png") == nil)
    }

    @Test func foundWithItsSizeAtOneX() {
        let narrow = NarrowFigure.find(light: "panels-light.png", dark: "panels-dark.png", in: FixtureBook.figures)
        #expect(narrow == NarrowFigure(lightFile: "panels-narrow-light.png", darkFile: "panels-narrow-dark.png", width: 400, height: 760))
        #expect(NarrowFigure.find(light: "ravine-light.png", dark: "ravine-dark.png", in: FixtureBook.figures) == nil)
    }

    @Test func pagesOfferThePhoneVariantFirst() throws {
        let site = try FixtureBook.build(try ReaderFixture.runs())
        defer { try? FileManager.default.removeItem(at: site) }
        let page = try String(contentsOf: site.appendingPathComponent("03-phone.html"), encoding: .utf8)
        let narrowDark = try #require(page.range(of: "panels-narrow-dark.png"))
        let narrowLight = try #require(page.range(of: "panels-narrow-light.png"))
        let dark = try #require(page.range(of: "03-phone/panels-dark.png"))
        #expect(narrowDark.lowerBound < narrowLight.lowerBound && narrowLight.lowerBound < dark.lowerBound)
        #expect(page.contains("media=\"screen and (max-width: 36rem) and (prefers-color-scheme: dark)\""))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("figures/03-phone/panels-narrow-light.png").path))
    }
}
