import Foundation
import Testing
@testable import Notebook

@Suite struct ChapterParserTests {
    @Test func frontMatterTitleSummaryAndTimeout() throws {
        let chapter = try Fixtures.chapter("""
            ---
            title: "Momentum"
            summary: Heavy balls roll through ravines.
            timeout: 120
            ---
            Body.
            """)
        #expect(chapter.title == "Momentum")
        #expect(chapter.summary == "Heavy balls roll through ravines.")
        #expect(chapter.timeLimit == 120)
        #expect(chapter.body == "Body.")
        #expect(chapter.bodyFirstLine == 6)
        #expect(chapter.bodyLineMap.isEmpty)
    }

    @Test func defaultTimeLimit() throws {
        let chapter = try Fixtures.chapter("---\ntitle: T\n---\n")
        #expect(chapter.timeLimit == 60)
        #expect(chapter.summary == nil)
        #expect(!chapter.isAppendix)
    }

    @Test(arguments: [("true", true), ("yes", true), ("false", false), ("No", false)])
    func appendixFlag(value: String, expected: Bool) throws {
        let chapter = try Fixtures.chapter("---\ntitle: T\nappendix: \(value)\n---\n")
        #expect(chapter.isAppendix == expected)
    }

    @Test(arguments: [
        ("no front matter\n", 1, "missing front matter"),
        ("---\ntitle: T\n", 1, "the front matter is not closed"),
        ("---\ntitle: T\n\nThe body.\nNote: a sentence with a colon.\n", 1, "the front matter is not closed"),
        ("---\ntitle: T\nThe body begins: here\n---\n", 3, "expected `key: value` in the front matter"),
        ("---\ntitel: T\n---\n", 2, "unknown front matter key `titel`"),
        ("---\nsummary: S\n---\n", 1, "the front matter has no `title`"),
        ("---\ntitle: T\ntimeout: soon\n---\n", 3, "`timeout` must be a number of seconds, got `soon`"),
        ("---\ntitle: T\ntimeout: -3\n---\n", 3, "`timeout` must be a number of seconds, got `-3`"),
        ("---\ntitle: T\nappendix: maybe\n---\n", 3, "`appendix` must be `true` or `false`, got `maybe`"),
        ("---\ntitle: T\njust words\n---\n", 3, "expected `key: value` in the front matter"),
        ("---\ntitle: A\ntitle: B\n---\n", 3, "`title` is set twice in the front matter"),
    ])
    func badFrontMatter(text: String, line: Int, message: String) {
        let problems = Fixtures.problems(text)
        #expect(problems.first?.line == line)
        #expect(problems.first?.message == message)
        #expect(problems.first?.file == "chapters/01-test.md")
    }

    @Test func unclosedFrontMatterSaysWhereTheLastKeyIs() {
        let problems = Fixtures.problems("---\ntitle: T\nsummary: S\n\nNote: the body starts here.\n")
        #expect(problems.map(\.description) == ["""
            chapters/01-test.md:1:1: error: the front matter is not closed
             1 | ---
               | ^
              hint: add a line containing only `---` after the last key (line 3)
            """])
    }

    @Test func summaryRemembersItsPosition() throws {
        let chapter = try Fixtures.chapter("---\ntitle: T\nsummary:   \"Quoted $x$\"\n---\n")
        #expect(chapter.summary == "Quoted $x$")
        #expect(chapter.summaryLine == 3)
        #expect(chapter.summaryColumn == 13)
    }

    @Test func experimentBlocksWithOptions() throws {
        let chapter = try Fixtures.chapter("""
            ---
            title: Blocks
            ---
            ```swift experiment
            let a = 1
            ```
            ```swift
            let shownOnly = 2
            ```
            ~~~~swift experiment hide id=setup-2
            let b = a + 1
            ~~~~
            ```swift experiment fold
              indented()

            ```
            """)
        #expect(chapter.experiments.count == 3)
        let (first, second, third) = (chapter.experiments[0], chapter.experiments[1], chapter.experiments[2])
        #expect(first == ExperimentBlock(index: 0, code: "let a = 1", firstLine: 5, bodyLine: 0))
        #expect(second == ExperimentBlock(
            index: 1, code: "let b = a + 1", firstLine: 11, bodyLine: 6, hidden: true, id: "setup-2"))
        #expect(third == ExperimentBlock(index: 2, code: "  indented()\n", firstLine: 14, bodyLine: 9, folded: true))
    }

    @Test(arguments: [
        ("```swift experiment loud\nx\n```", 4, 21, "unknown experiment block option `loud`"),
        ("```swift experiment id=9lives\nx\n```", 4, 21, "`9lives` is not a valid block id"),
        ("```swift experiment hide fold\nx\n```", 4, nil, "`hide` and `fold` together: a hidden block has no code to fold"),
        ("```python experiment\nx\n```", 4, 4, "experiment blocks are written ```swift experiment"),
        ("text\n```swift experiment\nlet x = 1\n", 5, 1, "this code block is never closed"),
        ("```swift experiment id=a\n```\n```swift experiment id=a\n```", 6, nil, "the block id `a` is used twice in this chapter"),
    ] as [(String, Int, Int?, String)])
    func badBlocks(body: String, line: Int, column: Int?, message: String) {
        let problems = Fixtures.problems("---\ntitle: T\n---\n" + body)
        #expect(problems.count == 1)
        #expect(problems.first?.message == message)
        #expect(problems.first?.line == line)
        #expect(problems.first?.column == column)
    }

    @Test func fencesFollowCommonMark() throws {
        // A longer closing fence closes; a shorter one or one with text does not.
        let chapter = try Fixtures.chapter("""
            ---
            title: T
            ---
            ````swift experiment
            ```
            ``` not a close
            `````
            """)
        #expect(chapter.experiments.map(\.code) == ["```\n``` not a close"])
    }

    @Test func windowsLineEndingsAndByteOrderMark() throws {
        let chapter = try Fixtures.chapter("\u{FEFF}---\r\ntitle: T\r\n---\r\n```swift experiment\r\nlet a = 1\r\n```\r\n")
        #expect(chapter.title == "T")
        #expect(chapter.experiments.first?.code == "let a = 1")
    }

    @Test func invalidUTF8NamesTheLine() {
        var bytes = Array("---\ntitle: T\n---\nfine\n".utf8)
        bytes += [0x62, 0xFF, 0x0A]
        #expect(throws: Diagnostics.self) {
            try ChapterParser(root: Fixtures.directory).chapter(from: bytes, path: "c.md", slug: "c")
        }
        do {
            _ = try ChapterParser(root: Fixtures.directory).chapter(from: bytes, path: "c.md", slug: "c")
        } catch {
            #expect(error.items.first?.line == 5)
            #expect(error.items.first?.message == "the file is not valid UTF-8 text")
        }
    }

    /// The loader never traps: random bytes, truncations and mutations of a valid chapter
    /// either parse or produce diagnostics with a line inside the file.
    @Test func fuzzNeverCrashes() {
        var generator = SplitMix(seed: 42)
        let valid = Array("""
            ---
            title: Fuzz
            timeout: 5
            ---
            Text {{#include Sources/Sample/Momentum.swift:update}} more.
            ```swift experiment id=a fold
            print(1)
            ```
            ~~~
            plain
            ~~~
            """.utf8)
        let parser = ChapterParser(root: Fixtures.book("includes"))
        let alphabet = Array("-`~{}#:\n \tabcdefghijklmnopqrstuvwxyz=0123456789\u{00}".utf8) + [0xC3, 0xFF, 0x80]
        for round in 0..<1500 {
            var bytes: [UInt8]
            switch round % 3 {
            case 0: bytes = (0..<Int(generator.next() % 200)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            case 1: bytes = Array(valid.prefix(Int(generator.next() % UInt64(valid.count + 1))))
            default:
                bytes = valid
                for _ in 0..<3 {
                    let index = Int(generator.next() % UInt64(bytes.count))
                    bytes[index] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                }
            }
            do {
                _ = try parser.chapter(from: bytes, path: "fuzz.md", slug: "fuzz")
            } catch {
                let lineCount = bytes.split(separator: 10, omittingEmptySubsequences: false).count
                for item in error.items {
                    #expect((item.line ?? 1) >= 1 && (item.line ?? 1) <= max(lineCount, 1))
                }
            }
        }
    }
}

/// A small seeded generator for the fuzz test.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
