import Foundation
import Notebook
import Testing
@testable import Site

@Suite struct SiteRendererTests {
    @Test func writesPagesAssetsAndFigures() throws {
        let site = try FixtureBook.build()
        defer { try? FileManager.default.removeItem(at: site) }
        for path in ["index.html", "01-gradient-descent.html", "02-momentum.html", Assets.stylesheetPath,
                     Assets.scriptPath, Assets.searchBundlePath, MathFont.sitePath,
                     "figures/01-gradient-descent/ravine-light.png", "figures/01-gradient-descent/ravine-dark.png"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(path)")
        }
    }

    @Test func rendersChapterContent() throws {
        let site = try FixtureBook.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let page = try String(contentsOf: site.appendingPathComponent("01-gradient-descent.html"), encoding: .utf8)
        #expect(page.contains("<math"))
        #expect(!page.contains("<em>are</em>"), "underscores in math are not emphasis")
        #expect(page.contains("<code>$HOME</code>"))
        #expect(page.contains("$5"))
        #expect(page.contains("<table>"))
        #expect(page.contains("<del>converges</del>"))
        #expect(page.contains("type=\"checkbox\""))
        #expect(page.contains("class=\"footnotes\""))
        #expect(page.contains("<span class=\"eqno\">(1.1)</span>"))
        #expect(page.contains(">Figure 1.1</a>"))
        #expect(page.contains("<a class=\"xref\" href=\"#fig-ravine-gd\""))
        #expect(page.contains("<a class=\"xref\" href=\"02-momentum.html\""))
        #expect(page.contains("<span class=\"secnum\">1.1</span>"))
        #expect(page.contains("<pre class=\"output\""))
        #expect(page.contains("prefers-color-scheme: dark"))
        #expect(page.contains("<span class=k>func</span>"))
    }

    @Test func foldsAndHidesExperimentCode() throws {
        let site = try FixtureBook.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let page = try String(contentsOf: site.appendingPathComponent("02-momentum.html"), encoding: .utf8)
        #expect(page.contains("<details class=\"fold\">"))
        #expect(!page.contains("compare()"), "hidden code is not shown")
        #expect(page.contains(">Figure 2.1</a>"))
        #expect(page.contains("href=\"01-gradient-descent.html#fig-ravine-gd\""))
        #expect(page.contains("href=\"01-gradient-descent.html#eq-gd\""))
    }
}

/// `DESCENT_SITE_PREVIEW=/some/folder swift test --filter preview` writes the fixture site
/// there, to open in a browser.
@Test(.enabled(if: ProcessInfo.processInfo.environment["DESCENT_SITE_PREVIEW"] != nil))
func preview() throws {
    let output = URL(fileURLWithPath: ProcessInfo.processInfo.environment["DESCENT_SITE_PREVIEW"]!)
    let staging = output.deletingLastPathComponent().appendingPathComponent(".preview-staging")
    try? FileManager.default.removeItem(at: staging)
    try SiteRenderer(title: "Descent", introduction: FixtureBook.introduction).render(try FixtureBook.runs(), into: staging)
    try SitePublisher.publish(staging: staging, to: output)
}
