import Foundation
import Testing
@testable import Notebook

/// A serve session's loads parse again only the chapters whose file or included files changed,
/// and never keep a parse an included file may have changed under.
@Suite struct ChapterLoadMemoTests {
    let root = FileManager.default.temporaryDirectory.appending(path: "descent-load-memo-\(UUID().uuidString.prefix(8))")
    var chapters: URL { root.appending(path: "chapters") }
    var included: URL { root.appending(path: "Sources/Sample/Rule.swift") }

    func write(_ text: String, to url: URL, age seconds: Double? = nil) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        if let seconds {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -seconds)], ofItemAtPath: url.path)
        }
    }

    func rule(_ body: String) -> String { "// ANCHOR: update\n\(body)\n// ANCHOR_END: update\n" }

    func load(_ memo: ChapterLoadMemo) throws -> Book {
        var loader = BookLoader(directory: chapters, root: root)
        loader.memo = memo
        return try loader.load()
    }

    @Test func reusesUnchangedChaptersAndParsesChangedOnes() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write(rule("x -= rate * g"), to: included, age: 3600)
        try write("---\ntitle: One\n---\nThe rule:\n\n```swift\n{{#include Sources/Sample/Rule.swift:update}}\n```\n", to: chapters.appending(path: "01-one.md"))
        try write("---\ntitle: Two\n---\nProse.\n", to: chapters.appending(path: "02-two.md"))
        let memo = ChapterLoadMemo()
        let first = try load(memo)
        #expect(memo.lastCounts == (0, 2))
        let second = try load(memo)
        #expect(memo.lastCounts == (2, 0))
        #expect(second.chapters == first.chapters)

        // A saved chapter is parsed again; the other is reused.
        try write("---\ntitle: Two\n---\nProse, edited.\n", to: chapters.appending(path: "02-two.md"))
        let third = try load(memo)
        #expect(memo.lastCounts == (1, 1))
        #expect(third.chapters[1].body.contains("edited"))

        // An included file that changed makes its chapter parse again.
        try write(rule("x -= 2 * rate * g"), to: included, age: 1800)
        let fourth = try load(memo)
        #expect(memo.lastCounts == (1, 1))
        #expect(fourth.chapters[0].body.contains("x -= 2 * rate * g"))
        // The same as loading without a memo.
        #expect(fourth.chapters == (try BookLoader(directory: chapters, root: root).load().chapters))
    }

    @Test func aParseAnIncludedFileMayHaveChangedUnderIsNotKept() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        // Modified no earlier than the parse (here: a minute ahead, so that a slow machine cannot
        // make the parse start a second after the write): it could still be changing within its
        // modification time's granularity.
        try write(rule("x -= rate * g"), to: included, age: -60)
        try write("---\ntitle: One\n---\n```swift\n{{#include Sources/Sample/Rule.swift:update}}\n```\n", to: chapters.appending(path: "01-one.md"))
        let memo = ChapterLoadMemo()
        _ = try load(memo)
        _ = try load(memo)
        #expect(memo.lastCounts == (0, 1))
    }

    @Test func aChapterWithAnErrorIsParsedEveryTime() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("---\ntitle: One\n---\n{{#include Sources/Sample/Missing.swift}}\n", to: chapters.appending(path: "01-one.md"))
        let memo = ChapterLoadMemo()
        #expect(throws: Diagnostics.self) { try load(memo) }
        // The missing file appears: the chapter loads.
        try write("let x = 1\n", to: root.appending(path: "Sources/Sample/Missing.swift"), age: 3600)
        let book = try load(memo)
        #expect(book.chapters[0].body.contains("let x = 1"))
    }
}
