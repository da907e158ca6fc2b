import Foundation
import Testing
@testable import Site

@Suite struct CoursePrintPageTests {
    @Test func idsArePrefixedAndCourseLinksPointInsideThePage() {
        let html = ##"<h2 id="summary">S</h2><a href="#eq-gd">(1.1)</a> <a href="02-momentum.html#fig-x">Figure 2.1</a> "##
            + ##"<a href="02-momentum.html">Chapter 2</a> <a href="https://example.org/a.html#b">x</a> <img src="figures/a.png">"##
        let out = CoursePrintPage.rewrite(html, slug: "01-gd", slugs: ["01-gd", "02-momentum"])
        #expect(out.contains(##"<h2 id="01-gd--summary">"##))
        #expect(out.contains(##"href="#01-gd--eq-gd""##))
        #expect(out.contains(##"href="#02-momentum--fig-x""##))
        #expect(out.contains(##"href="#02-momentum">Chapter 2"##))
        #expect(out.contains(##"href="https://example.org/a.html#b""##))
        #expect(out.contains(#"src="figures/a.png""#))
    }

    @Test func holdsEveryChapterOnePerPrintedPage() throws {
        let site = try FixtureBook.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let page = try String(contentsOf: site.appendingPathComponent(CoursePrintPage.path), encoding: .utf8)
        #expect(page.components(separatedBy: "<section class=\"course-chapter\"").count - 1 == 2)
        #expect(page.contains("id=\"01-gradient-descent--eq-gd\""))
        #expect(page.contains("href=\"#01-gradient-descent--fig-ravine-gd\""), "a cross-chapter reference stays in the page")
        #expect(page.contains("<h1>Momentum</h1>"))
        let home = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("href=\"print.html\""))
        let css = try String(contentsOf: site.appendingPathComponent(Assets.stylesheetPath), encoding: .utf8)
        #expect(css.contains(".course-chapter + .course-chapter{break-before:page}"))
    }
}

@Suite struct ProvenanceTests {
    @Test func swiftVersionFromTheCompilersBanner() {
        #expect(Provenance.swiftVersion(fromVersionText: "Swift version 6.3.1 (swift-6.3.1-RELEASE)\nTarget: x86_64") == "Swift 6.3.1")
        #expect(Provenance.swiftVersion(fromVersionText: "Apple Swift version 6.0 (swiftlang-6.0.0.9.10)") == "Swift 6.0")
        #expect(Provenance.swiftVersion(fromVersionText: "clang") == nil)
    }

    @Test func theDateIsTheInputsNotTheClock() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-prov-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("01-a.md")
        try Data("x".utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: file.path)
        #expect(Provenance.inputDate([folder], environment: [:]) == "2023-11-14")
        #expect(Provenance.inputDate([folder], environment: ["SOURCE_DATE_EPOCH": "0"]) == "1970-01-01")
    }

    /// Files in subfolders count; hidden files and folders, folders themselves and links do not.
    @Test func theDateIsTheNewestVisibleRegularFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-prov-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fileManager = FileManager.default
        func file(_ path: String, _ seconds: TimeInterval) throws {
            let url = folder.appendingPathComponent(path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
            try fileManager.setAttributes([.modificationDate: Date(timeIntervalSince1970: seconds)], ofItemAtPath: url.path)
        }
        try file("01-a.md", 1_700_000_000)
        try file("images/deep/b.png", 1_710_000_000)               // 2024-03-09
        try file(".hidden.md", 1_800_000_000)
        try file(".git/objects/c", 1_800_000_000)
        try fileManager.createSymbolicLink(atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: "/etc/hostname")
        try fileManager.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: folder.appendingPathComponent("images").path)
        #expect(Provenance.inputDate([folder, folder.appendingPathComponent("missing")], environment: [:]) == "2024-03-09")
        #expect(Provenance.inputDate([folder.appendingPathComponent("missing")], environment: [:]) == "1970-01-01")
    }

    @Test func everyPageHasTheFooter() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-prov-site-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        var renderer = SiteRenderer(title: "Descent", introduction: FixtureBook.introduction)
        renderer.provenance = Provenance(libraryDigest: String(repeating: "ab", count: 32), swiftVersion: "Swift 6.3.1", date: "2026-11-30")
        try renderer.render(try FixtureBook.runs(), into: directory)
        for page in ["index.html", "01-gradient-descent.html", "02-momentum.html", "print.html"] {
            let html = try String(contentsOf: directory.appendingPathComponent(page), encoding: .utf8)
            #expect(html.contains("Built 2026-11-30 with Swift 6.3.1 against library sources <code title=\"SHA-256 \(String(repeating: "ab", count: 32))\">abababababab</code>"), "\(page)")
        }
    }
}

@Suite struct ChapterPackageTests {
    @Test func mainSwiftHoldsEveryBlockHiddenOnesIncluded() throws {
        let run = try FixtureBook.runs()[1]
        let package = ChapterPackage(chapter: run.chapter, number: 2)
        #expect(package.mainSwift.contains("import Experiments"))
        #expect(package.mainSwift.contains("show(compare(), id: \"momentum-vs-gd\")"), "the hidden block is there")
        #expect(package.mainSwift.contains("hidden on the page"))
        #expect(package.manifest.contains(".product(name: \"Experiments\", package: descent)"))
        #expect(package.manifest.contains("Context.environment[\"DESCENT_PATH\"] ?? \"../descent\""))
    }

    /// The archive is a tar that the system's `tar` lists and extracts byte for byte.
    @Test func archiveExtractsWithTar() throws {
        let run = try FixtureBook.runs()[1]
        let package = ChapterPackage(chapter: run.chapter, number: 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-tar-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent(package.archiveName)
        try Data(package.archive).write(to: archive)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "xf", archive.path, "-C", folder.path]
        try tar.run()
        tar.waitUntilExit()
        #expect(tar.terminationStatus == 0)
        for file in package.files {
            let extracted = try String(contentsOf: folder.appendingPathComponent(file.path), encoding: .utf8)
            #expect(extracted == file.contents, "\(file.path)")
        }
    }

    @Test func chapterPagesLinkTheirPackage() throws {
        let site = try FixtureBook.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let page = try String(contentsOf: site.appendingPathComponent("02-momentum.html"), encoding: .utf8)
        #expect(page.contains("<a href=\"packages/02-momentum.tar\" download>Run this chapter"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("packages/02-momentum.tar").path))
    }
}
