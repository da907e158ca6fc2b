import Foundation
import Testing
@testable import Site

/// A chapter page with its CSS and JS stays under 100 KB before images; the search index
/// under 300 KB.
@Suite struct BudgetTests {
    @Test func chapterPagesAndSearchIndexFitTheirBudgets() throws {
        let site = try FixtureBook.build()
        defer { try? FileManager.default.removeItem(at: site) }
        func size(_ path: String) throws -> Int {
            try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(path).path)[.size] as! Int
        }
        let shared = try size(Assets.stylesheetPath) + size(Assets.scriptPath)
        for page in ["index.html", "01-gradient-descent.html", "02-momentum.html"] {
            let total = try size(page) + shared
            #expect(total < 100_000, "\(page): \(total) bytes with CSS and JS")
        }
        #expect(try size(Assets.searchIndexPath) < 300_000)
    }

    @Test func searchIndexShrinksToItsBudget() throws {
        var index = SearchIndex()
        let words = String(repeating: "momentum averages gradients ", count: 400)
        for section in 0..<200 {
            index.add(chapter: "5 · Momentum", section: "5.\(section)", url: "05-momentum.html#s\(section)", text: words)
        }
        let script = try index.script()
        #expect(script.utf8.count <= SearchIndex.budget)
        #expect(script.hasPrefix("window.DESCENT_SEARCH=["))
    }
}
