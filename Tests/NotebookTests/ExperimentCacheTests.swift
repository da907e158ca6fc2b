import Foundation
import Testing
@testable import Notebook

@Suite struct ExperimentCacheTests {
    private let figure = RenderedFigure(
        id: nil, caption: "c", alt: "a", lightFile: "figure-1-light.png", darkFile: "figure-1-dark.png", width: 4, height: 3)

    /// A cache with one stored entry holding one figure.
    private func stored() throws -> (ExperimentCache, URL, String) {
        let folder = try Fixtures.temporaryDirectory()
        let cache = ExperimentCache(directory: folder)
        let run = try cache.makeTemporaryDirectory(label: "run")
        try Data([1, 2, 3]).write(to: run.appending(path: figure.lightFile))
        try Data([4, 5, 6, 7]).write(to: run.appending(path: figure.darkFile))
        let key = String(repeating: "a", count: 64)
        _ = try cache.store(
            key: key, outputs: [BlockOutput(blockIndex: 0, text: "hi\n", figures: [figure])], from: run,
            compileSeconds: 1, runSeconds: 2)
        return (cache, folder, key)
    }

    @Test func storedEntryIsFound() throws {
        let (cache, folder, key) = try stored()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entry = try #require(cache.entry(for: key))
        #expect(entry.outputs.first?.text == "hi\n")
        #expect(cache.entry(for: String(repeating: "b", count: 64)) == nil)
    }

    enum Damage: CaseIterable { case truncatedFigure, missingFigure, flippedManifestByte, missingManifest, truncatedManifest }

    @Test(arguments: Damage.allCases)
    func damagedEntryIsDiscarded(damage: Damage) throws {
        let (cache, folder, key) = try stored()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entry = folder.appending(path: "entries/\(key)")
        let manifest = entry.appending(path: "manifest.json")
        switch damage {
        case .truncatedFigure: try Data([1]).write(to: entry.appending(path: figure.darkFile))
        case .missingFigure: try FileManager.default.removeItem(at: entry.appending(path: figure.lightFile))
        case .flippedManifestByte:
            var bytes = try Data(contentsOf: manifest)
            bytes[bytes.count - 3] ^= 0x01
            try bytes.write(to: manifest)
        case .missingManifest: try FileManager.default.removeItem(at: manifest)
        case .truncatedManifest:
            let bytes = try Data(contentsOf: manifest)
            try bytes.prefix(bytes.count / 2).write(to: manifest)
        }
        #expect(cache.entry(for: key) == nil)
        #expect(!FileManager.default.fileExists(atPath: entry.path))
    }

    @Test func keyDependsOnCodeLibraryAndToolchainOnly() throws {
        let base = try Fixtures.chapter("---\ntitle: T\n---\nProse.\n```swift experiment\nprint(1)\n```\n")
        let prose = try Fixtures.chapter("---\ntitle: Other\ntimeout: 9\n---\nMore\nprose.\n```swift experiment fold id=x\nprint(1)\n```\n")
        let code = try Fixtures.chapter("---\ntitle: T\n---\nProse.\n```swift experiment\nprint(2)\n```\n")
        let key = { (chapter: Chapter, library: String, toolchain: String) in
            ExperimentCache.key(for: chapter, libraryDigest: library, toolchainFingerprint: toolchain)
        }
        #expect(key(base, "L", "T") == key(prose, "L", "T"))
        #expect(key(base, "L", "T") != key(code, "L", "T"))
        #expect(key(base, "L", "T") != key(base, "L2", "T"))
        #expect(key(base, "L", "T") != key(base, "L", "T2"))
    }

    @Test func sourceDigestSeesContentAndNames() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "A.swift")
        try Data("let a = 1".utf8).write(to: file)
        let first = SourceDigest.compute([folder])
        try Data("let a = 2".utf8).write(to: file)
        let second = SourceDigest.compute([folder])
        try FileManager.default.moveItem(at: file, to: folder.appending(path: "B.swift"))
        let third = SourceDigest.compute([folder])
        #expect(Set([first, second, third]).count == 3)
        #expect(SourceDigest.compute([folder]) == third)
    }
}

@Suite struct ExperimentCachePruningTests {
    @Test func entriesUnusedForLongAreDeleted() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ExperimentCache(directory: folder)
        let old = folder.appending(path: "entries/old"), fresh = folder.appending(path: "entries/fresh")
        for url in [old, fresh] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -30 * 24 * 3600)], ofItemAtPath: old.path)
        cache.pruneUnused()
        #expect(!FileManager.default.fileExists(atPath: old.path))
        #expect(FileManager.default.fileExists(atPath: fresh.path))
    }
}
