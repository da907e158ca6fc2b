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
        #expect((bundle[.size] as! Int) < SearchBudget.limit)
        #expect(SearchBudget(root: site).size() == bundle[.size] as? Int)
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

    /// A search bundle over 300 KB is a warning naming its size and the chapters with the most
    /// index; the build still writes the site.
    @Test func searchBundleOverBudgetIsAWarningNamingTheLargestChapter() throws {
        var runs = try FixtureBook.runs()
        // Distinct words: the index drops only repeats. (The page goes over its budget too;
        // only the search warning is looked at here.)
        let words = (0..<60_000).map { "w\(String($0, radix: 36))q" }
        runs[1].chapter.body += "\n\n" + words.joined(separator: " ") + "\n"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-search-budget-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        var renderer = SiteRenderer(title: "Descent", introduction: FixtureBook.introduction)
        renderer.printsWarnings = false
        let warnings = try renderer.render(runs, into: directory)
        let search = warnings.filter { $0.file == Assets.searchBundlePath }
        #expect(search.count == 1, "\(warnings)")
        let warning = try #require(search.first)
        let size = try #require(SearchBudget(root: directory).size())
        #expect(size > SearchBudget.limit)
        #expect(warning.message.hasPrefix("the search bundle is \(PageBudget.kilobytes(size)), over the search budget of 300.0 KB"),
                "\(warning.message)")
        #expect(warning.message.contains("largest shares: chapters/02-momentum.md "), "\(warning.message)")
        #expect(warning.hint?.contains("SearchIndex.readable") == true)
        #expect(PageBudget.warningText(warning).hasPrefix("assets/search.js: warning: the search bundle is "))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(Assets.searchBundlePath).path))
    }

    /// Under the budget, no search warning.
    @Test func searchBundleUnderBudgetGivesNoWarning() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-search-budget-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        var renderer = SiteRenderer(title: "Descent", introduction: FixtureBook.introduction)
        renderer.printsWarnings = false
        let warnings = try renderer.render(try FixtureBook.runs(), into: directory)
        #expect(!warnings.contains { $0.file == Assets.searchBundlePath })
    }
}
