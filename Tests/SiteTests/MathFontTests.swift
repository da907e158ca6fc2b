import Foundation
import Notebook
import Testing
@testable import Site

@Suite struct MathFontTests {
    @Test func missingFontFailsTheBuildSayingHowToInstallIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-font-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        var renderer = SiteRenderer(title: "Descent", introduction: FixtureBook.introduction)
        renderer.mathFont = URL(fileURLWithPath: "/nonexistent/texgyredejavu-math.otf")
        #expect {
            try renderer.render(FixtureBook.runs(), into: directory)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("math font TeX Gyre DejaVu Math is missing") && text.contains("scripts/setup")
                && text.contains("fonts-texgyre-math")
        }
    }

    @Test func fontIsCopiedAndDeclaredForMathOnly() throws {
        let site = try FixtureBook.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let copied = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(MathFont.sitePath).path)
        #expect((copied[.size] as! Int) > 100_000)
        // A copy, not a hard link to the system's file: writing into the site cannot change it.
        var siteFile = stat(), systemFile = stat()
        #expect(stat(site.appendingPathComponent(MathFont.sitePath).path, &siteFile) == 0)
        #expect(stat(MathFont.installed.resolvingSymlinksInPath().path, &systemFile) == 0)
        #expect(siteFile.st_ino != systemFile.st_ino)
        let css = Minify.css(Theme.css)
        #expect(css.contains("src:url(\"\(MathFont.fileName)\") format(\"opentype\");font-display:swap"))
        #expect(css.contains("math{font-family:var(--math)"))
        #expect(css.contains("--math:\"Descent Math\","))
    }
}
