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
        // The subset comes after the whole font, with its range, so it serves what it has.
        let whole = try #require(css.range(of: "format(\"opentype\")"))
        let subset = try #require(css.range(of: "src:url(\"descent-math.woff2\") format(\"woff2\");font-display:swap;unicode-range:U+20-7E,"))
        #expect(whole.lowerBound < subset.lowerBound)
        let woff2 = try Data(contentsOf: site.appendingPathComponent("assets/descent-math.woff2"))
        #expect(woff2.prefix(4) == Data("wOF2".utf8))
        #expect(woff2.count < 150_000)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("assets/README-descent-math.txt").path))
        #expect(css.contains("math{font-family:var(--math)"))
        #expect(css.contains("--math:\"Descent Math\","))
    }

    /// Every character the LaTeX converter's tables can write is in the subset, or absent from the
    /// font altogether (listed by the script): a symbol added to the converter without re-running
    /// scripts/subset-math-font fails here.
    @Test func theSubsetCoversTheConvertersRepertoire() throws {
        let ranges = try #require(MathFont.subsetRange).split(separator: ",").map { part -> ClosedRange<UInt32> in
            let bounds = part.dropFirst(2).split(separator: "-").map { UInt32($0, radix: 16)! }
            return bounds[0]...(bounds.count > 1 ? bounds[1] : bounds[0])
        }
        let root = #filePath.components(separatedBy: "/Tests/")[0]
        let absent = Set(try String(contentsOfFile: root + "/Sources/Site/Resources/descent-math.absent", encoding: .utf8)
            .split(whereSeparator: \.isWhitespace).filter { $0.hasPrefix("U+") }.compactMap { UInt32($0.dropFirst(2), radix: 16) })
        var missing: [String] = []
        let sources = root + "/Sources/MathML"
        for name in try FileManager.default.contentsOfDirectory(atPath: sources) where name.hasSuffix(".swift") {
            let text = try String(contentsOfFile: sources + "/" + name, encoding: .utf8)
            for scalar in text.unicodeScalars where scalar.value > 0x7F {
                if !ranges.contains(where: { $0.contains(scalar.value) }), !absent.contains(scalar.value) {
                    missing.append("\(name): U+\(String(scalar.value, radix: 16, uppercase: true)) \(scalar)")
                }
            }
        }
        #expect(missing.isEmpty, "run scripts/subset-math-font: \(Set(missing).sorted())")
    }
}
