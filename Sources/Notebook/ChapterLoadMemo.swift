#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Chapters parsed by the earlier loads of a long-lived process (`descent serve`), so that a
/// load after one chapter was saved parses only that chapter (front matter, Markdown blocks,
/// includes): most of a serve build's load step.
///
/// A parsed chapter is reused only when its file has the same bytes (the file is read every
/// time), its path, slug and repository root are the same, and every file it included
/// (`{{#include}}`) has the same device, inode, size and modification time as when it was
/// read. A parse during which an included file may have changed — its modification time is
/// not older than the parse by a second — is not kept (the file could hold other bytes than
/// the parse read, with a modification time the next load would find unchanged).
/// Only successful parses are kept; a chapter with an error is parsed again every time.
public final class ChapterLoadMemo: @unchecked Sendable {
    struct Entry {
        var bytes: [UInt8]
        var root: String
        var path: String
        var includes: [(path: String, stamp: FileStamp?)]
        var chapter: Chapter
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var counts = (reused: 0, parsed: 0)

    /// An empty memo.
    public init() {}

    /// Chapters the last load reused / parsed (for tests and `BuildBenchmark`).
    public var lastCounts: (reused: Int, parsed: Int) { lock.lock(); defer { lock.unlock() }; return counts }

    func startLoad() {
        lock.lock(); defer { lock.unlock() }
        counts = (0, 0)
    }

    /// The chapter of `bytes` (the file at `path`, slug `slug`): the one parsed before when
    /// nothing it was made from changed, otherwise `parse()`'s.
    func chapter(
        bytes: [UInt8], path: String, slug: String, root: URL, parse: () throws(Diagnostics) -> Chapter
    ) throws(Diagnostics) -> Chapter {
        let rootPath = root.standardizedFileURL.path
        lock.lock()
        let kept = entries[slug]
        lock.unlock()
        if let kept, kept.path == path, kept.root == rootPath, kept.bytes == bytes,
           kept.includes.allSatisfy({ FileStamp(path: Self.file($0.path, root: rootPath)) == $0.stamp }) {
            lock.lock(); defer { lock.unlock() }
            counts.reused += 1
            return kept.chapter
        }
        let started = Date().timeIntervalSince1970
        let chapter = try parse()
        let includes = chapter.includedFiles.map { ($0, FileStamp(path: Self.file($0, root: rootPath))) }
        let settled = includes.allSatisfy { _, stamp in stamp.map { Double($0.seconds) < started - 1 } ?? false }
        lock.lock(); defer { lock.unlock() }
        counts.parsed += 1
        if settled {
            entries[slug] = Entry(bytes: bytes, root: rootPath, path: path, includes: includes, chapter: chapter)
        } else {
            entries[slug] = nil
        }
        return chapter
    }

    private static func file(_ path: String, root: String) -> String { root + "/" + path }
}
