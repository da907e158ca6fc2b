import Foundation
import Notebook
import Testing
@testable import Site

/// A chapter page with its CSS and JS stays under 100 KB before images, and the build warns
/// about (but does not fail on) a page over it; the search bundle stays under 300 KB.
@Suite struct BudgetTests {
    @Test func chapterPagesAndSearchBundleFitTheirBudgets() throws {
        let site = try FixtureBook.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let budget = PageBudget(root: site)
        for page in ["index.html", "01-gradient-descent.html", "02-momentum.html"] {
            let total = try budget.size(of: page)
            #expect(total < PageBudget.limit, "\(page): \(total) bytes with CSS and JS")
        }
        let bundle = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(Assets.searchBundlePath).path)
        #expect((bundle[.size] as! Int) < 300_000)
    }

    @Test func pageOverBudgetIsAWarningNamingPageAndSize() throws {
        var runs = try FixtureBook.runs()
        let filler = String(repeating: "A ravine is a long valley whose walls are much steeper than its floor. ", count: 1500)
        runs[1].chapter.body += "\n\n" + filler + "\n"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-budget-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        var renderer = SiteRenderer(title: "Descent", introduction: FixtureBook.introduction)
        renderer.printsWarnings = false
        let warnings = try renderer.render(runs, into: directory)
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.file == "chapters/02-momentum.md")
        #expect(warning.message.hasPrefix("02-momentum.html is 1"), "\(warning.message)")
        #expect(warning.message.contains("KB with its CSS and JS, over the page budget of 100.0 KB"))
        #expect(PageBudget.warningText(warning).hasPrefix("chapters/02-momentum.md: warning: 02-momentum.html is "))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("02-momentum.html").path))
    }

    @Test func kilobytesAreDecimal() {
        #expect(PageBudget.kilobytes(100_000) == "100.0 KB")
        #expect(PageBudget.kilobytes(101_260) == "101.3 KB")
    }

    @Test func searchIndexShrinksToItsBudget() throws {
        var index = SearchIndex()
        let words = String(repeating: "momentum averages gradients ", count: 400)
        for section in 0..<200 {
            index.add(chapter: "5 · Momentum", section: "5.\(section)", url: "05-momentum.html#s\(section)", text: words)
        }
        let script = try index.script()
        #expect(script.utf8.count <= SearchIndex.budget)
        #expect(script.hasPrefix("window.DESCENT_SEARCH={"))
        #expect(script.utf8.count > SearchIndex.budget / 2)
    }
}
