import Foundation
import Testing
@testable import DescentCLI

/// Edits, additions and removals are noticed; editor leftovers are not.
@Suite struct SourceWatcherTests {
    @Test func noticesChangesAddsAndRemovals() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "descent-watch-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appending(path: "sub"), withIntermediateDirectories: true)
        let a = folder.appending(path: "a.md"), b = folder.appending(path: "sub/b.swift")
        try Data("one".utf8).write(to: a)
        try Data("two".utf8).write(to: b)
        let watcher = SourceWatcher(folders: [folder, folder.appending(path: "missing")])
        let before = watcher.snapshot()
        #expect(before.count == 2)
        #expect(SourceWatcher.changes(from: before, to: watcher.snapshot()).isEmpty)

        try Data("one, longer".utf8).write(to: a)
        try Data("x".utf8).write(to: folder.appending(path: ".a.md.swp"))
        try Data("x".utf8).write(to: folder.appending(path: "a.md~"))
        try FileManager.default.removeItem(at: b)
        try Data("new".utf8).write(to: folder.appending(path: "c.md"))
        let changed = SourceWatcher.changes(from: before, to: watcher.snapshot()).map { URL(filePath: $0).lastPathComponent }
        #expect(Set(changed) == ["a.md", "b.swift", "c.md"])
        #expect(changed.count == 3)
    }
}
