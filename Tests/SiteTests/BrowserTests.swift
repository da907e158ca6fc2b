import Foundation
import Testing
@testable import Site

/// The built fixture site in real headless Chromium (see ``Chromium``).
@Suite(.enabled(if: Chromium.path != nil, Comment(rawValue: Chromium.missing)), .serialized)
struct BrowserTests {
    /// What the harness found, as it writes it.
    struct Findings: Decodable {
        struct Page: Decodable {
            var page: String
            var images: Int
            var brokenImages: [String]
            var maths: Int
            var emptyMaths: [String]
        }
        var pages: [Page]
        var searchResults: [String]
        var darkSources: [String]
        var lightSources: [String]
        var error: String?
    }

    private func check() throws -> (Findings, [String], URL) {
        let site = try FixtureBook.build()
        let harnessFolder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-harness-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: harnessFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: harnessFolder) }
        let pages = ["index.html", "01-gradient-descent.html", "02-momentum.html"]
        let harness = harnessFolder.appendingPathComponent("check.html")
        try BrowserHarness.html(site: site, pages: pages).write(to: harness, atomically: true, encoding: .utf8)
        let run = try Chromium.run(harness)
        let findings = try JSONDecoder().decode(Findings.self, from: Data(run.result.utf8))
        let siteConsole = run.console.filter { $0.contains(site.path) }
        if ProcessInfo.processInfo.environment["DESCENT_HARNESS_DEBUG"] != nil { print(run.result, run.console) }
        return (findings, siteConsole, site)
    }

    @Test func pagesLoadCleanlyInChromium() throws {
        let (findings, console, site) = try check()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(findings.error == nil, "\(findings.error ?? "")")
        #expect(console.isEmpty, "console messages: \(console)")
        #expect(findings.pages.count == 3)
        for page in findings.pages {
            #expect(page.brokenImages.isEmpty, "\(page.page): images did not load: \(page.brokenImages)")
            #expect(page.emptyMaths.isEmpty, "\(page.page): <math> without size: \(page.emptyMaths)")
        }
        #expect(findings.pages.map(\.images).reduce(0, +) >= 2)
        #expect(findings.pages.map(\.maths).reduce(0, +) >= 8)
        #expect(findings.searchResults.contains { $0.hasPrefix("02-momentum.html") }, "search results: \(findings.searchResults)")
        #expect(!findings.darkSources.isEmpty && findings.darkSources.allSatisfy { $0.hasSuffix("ravine-dark.png") },
                "in dark mode: \(findings.darkSources)")
        #expect(!findings.lightSources.isEmpty && findings.lightSources.allSatisfy { $0.hasSuffix("ravine-light.png") },
                "in light mode: \(findings.lightSources)")
    }
}
