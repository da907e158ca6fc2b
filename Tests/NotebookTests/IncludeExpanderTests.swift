import Foundation
import Testing
@testable import Notebook

@Suite struct IncludeExpanderTests {
    let root = Fixtures.book("includes")

    private func load(_ name: String) throws(Diagnostics) -> Chapter {
        let url = root.appending(path: "chapters/\(name)")
        let bytes = Array(FileManager.default.contents(atPath: url.path) ?? Data())
        return try ChapterParser(root: root).chapter(from: bytes, path: "chapters/\(name)", slug: String(name.dropLast(3)))
    }

    @Test func presentAnchorIsExpandedDedentedAndMapped() throws {
        let chapter = try load("01-present.md")
        #expect(chapter.body == """
            The update rule, straight from the library:

            ```swift
            public func update(velocity: Double, gradient: Double) -> Double {
                let next = beta * velocity + gradient
                return next
            }
            ```

            And the formula alone: let next = beta * velocity + gradient

            Escaped: {{#include Sources/Sample/Momentum.swift:update}}
            Last line.

            """)
        #expect(chapter.includedFiles == ["Sources/Sample/Momentum.swift"])
        // Body lines 3…6 come from the directive on line 7 of the chapter file.
        #expect(chapter.fileLine(forBodyLine: 0) == 4)
        #expect((3...6).map(chapter.fileLine(forBodyLine:)) == [7, 7, 7, 7])
        #expect(chapter.fileLine(forBodyLine: 7) == 8)
        #expect(chapter.fileLine(forBodyLine: 12) == 13)
    }

    @Test func missingFileNamesChapterLineAndColumn() {
        #expect(throws: Diagnostics.self) { try load("02-missing-file.md") }
        do { _ = try load("02-missing-file.md") } catch {
            let problem = error.items[0]
            #expect(problem.file == "chapters/02-missing-file.md")
            #expect(problem.line == 7)
            #expect(problem.column == 1)
            #expect(problem.message == "cannot include `Sources/Sample/Nesterov.swift`: no such file")
            #expect(problem.description.hasPrefix("chapters/02-missing-file.md:7:1: error: cannot include"))
        }
    }

    @Test func missingAnchorListsTheAnchorsThatExist() {
        do {
            _ = try load("03-missing-anchor.md")
            Issue.record("expected an error")
        } catch {
            let problem = error.items[0]
            #expect(problem.line == 6)
            #expect(problem.column == 3)
            #expect(problem.message == "no anchor `step` in `Sources/Sample/Momentum.swift`")
            #expect(problem.hint == "anchors in that file: update, formula, unclosed")
        }
    }

    @Test(arguments: [
        ("{{#include Sources/Sample/Momentum.swift:unclosed}}", "anchor `unclosed` in `Sources/Sample/Momentum.swift` is never closed"),
        ("{{#include ../outside.swift}}", "cannot include `../outside.swift`: include paths must stay inside the repository"),
        ("{{#include }}", "`{{#include}}` needs a path"),
        ("{{#include Sources/Sample/Momentum.swift", "`{{#include` is not closed by `}}` on the same line"),
        ("{{#include Sources/Sample}}", "cannot include `Sources/Sample`: no such file"),
    ])
    func badDirectives(line: String, message: String) {
        let problems = Fixtures.problems("---\ntitle: T\n---\n" + line, root: root)
        #expect(problems.map(\.message) == [message])
        #expect(problems.first?.line == 4)
    }

    @Test func wholeFileWithoutAnchorLines() throws {
        let chapter = try Fixtures.chapter("---\ntitle: T\n---\n{{#include Sources/Sample/Momentum.swift}}", root: root)
        #expect(!chapter.body.contains("ANCHOR"))
        #expect(chapter.body.hasPrefix("/// A stand-in"))
        #expect(chapter.body.hasSuffix("}"))
    }

    @Test func includeInsideAnExperimentIsRefused() {
        let problems = Fixtures.problems("""
            ---
            title: T
            ---
            ```swift experiment
            {{#include Sources/Sample/Momentum.swift:formula}}
            ```
            """, root: root)
        #expect(problems.map(\.message) == ["this experiment block contains text brought in by `{{#include}}`"])
        #expect(problems.first?.line == 4)
    }

    @Test func aSymbolicLinkOutOfTheRepositoryIsRefused() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = folder.appending(path: "repo")
        try FileManager.default.createDirectory(at: repository.appending(path: "Sources"), withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: folder.appending(path: "secret.swift"))
        try FileManager.default.createSymbolicLink(
            atPath: repository.appending(path: "Sources/link.swift").path,
            withDestinationPath: folder.appending(path: "secret.swift").path)
        try Data("inside".utf8).write(to: repository.appending(path: "Sources/real.swift"))
        try FileManager.default.createSymbolicLink(
            atPath: repository.appending(path: "Sources/alias.swift").path, withDestinationPath: "real.swift")
        let problems = Fixtures.problems("---\ntitle: T\n---\n{{#include Sources/link.swift}}", root: repository)
        #expect(problems.first?.message.hasPrefix("cannot include `Sources/link.swift`: it is a symbolic link to") == true)
        #expect(problems.first?.line == 4)
        // A link that stays inside the repository is fine.
        let chapter = try Fixtures.chapter("---\ntitle: T\n---\n{{#include Sources/alias.swift}}", root: repository)
        #expect(chapter.body.contains("inside"))
    }
}
