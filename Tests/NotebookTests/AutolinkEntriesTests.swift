import Foundation
import Testing
@testable import Notebook

@Suite struct AutolinkEntriesTests {
    /// A minimal ELF64 object: a section-name table and the sections given.
    private func elf(sections: [(name: String, content: [UInt8])]) -> Data {
        var names: [UInt8] = [0]
        var nameOffsets: [UInt32] = []
        for section in sections + [(name: ".shstrtab", content: [])] {
            nameOffsets.append(UInt32(names.count))
            names += Array(section.name.utf8) + [0]
        }
        var body: [UInt8] = []
        var placed: [(offset: Int, size: Int)] = []
        for content in sections.map(\.content) + [names] {
            placed.append((64 + body.count, content.count))
            body += content
        }
        let tableOffset = 64 + body.count
        var bytes = [UInt8](repeating: 0, count: 64)
        bytes.replaceSubrange(0..<6, with: [0x7f, 0x45, 0x4c, 0x46, 2, 1])
        func put<T: FixedWidthInteger>(_ value: T, at offset: Int, in array: inout [UInt8]) {
            withUnsafeBytes(of: value.littleEndian) { array.replaceSubrange(offset..<offset + MemoryLayout<T>.size, with: $0) }
        }
        let count = sections.count + 2  // the null section, the given ones, the name table
        put(UInt64(tableOffset), at: 0x28, in: &bytes)
        put(UInt16(64), at: 0x3a, in: &bytes)
        put(UInt16(count), at: 0x3c, in: &bytes)
        put(UInt16(count - 1), at: 0x3e, in: &bytes)
        bytes += body
        bytes += [UInt8](repeating: 0, count: 64)  // the null section
        for (index, place) in placed.enumerated() {
            var header = [UInt8](repeating: 0, count: 64)
            put(nameOffsets[index], at: 0, in: &header)
            put(UInt64(place.offset), at: 24, in: &header)
            put(UInt64(place.size), at: 32, in: &header)
            bytes += header
        }
        return Data(bytes)
    }

    @Test func readsTheEntriesOnceEachOthersFirstThenTheRuntimeInItsOrder() throws {
        let object = elf(sections: [
            (".text", [0x90, 0xc3]),
            (".swift1_autolink_entries", Array("-lswiftCore\0-lExperiments\0-lswiftCore\0-lswiftSwiftOnoneSupport\0".utf8)),
            (".swift1_autolink_entries_not", Array("-lwrong\0".utf8)),
            (".swift1_autolink_entries", Array("-lm\0-lcairo\0-lExperiments\0".utf8)),
        ])
        #expect(AutolinkEntries.read(elf: object) == ["-lExperiments", "-lcairo", "-lswiftSwiftOnoneSupport", "-lswiftCore", "-lm"])
    }

    @Test func anObjectWithoutTheSectionAsksForNothing() {
        #expect(AutolinkEntries.read(elf: elf(sections: [(".text", [0xc3])])) == [])
    }

    @Test func notAnElfObjectOrACutOneIsNil() {
        let whole = elf(sections: [(".swift1_autolink_entries", Array("-lswiftCore\0".utf8))])
        #expect(AutolinkEntries.read(elf: Data("#!/bin/sh\n".utf8)) == nil)
        #expect(AutolinkEntries.read(elf: Data()) == nil)
        // Cut inside the section table: never a crash, never a partial list.
        #expect(AutolinkEntries.read(elf: whole.prefix(whole.count - 10)) == nil)
        var bigEndian = whole
        bigEndian[5] = 2
        #expect(AutolinkEntries.read(elf: bigEndian) == nil)
    }

    /// What the toolchain's own `swift-autolink-extract` writes for a real object file.
    @Test func agreesWithTheToolchainsExtractor() throws {
        guard let swiftc = ChildProcess.which("swiftc") else { return }
        let tools = URL(filePath: swiftc).resolvingSymlinksInPath().deletingLastPathComponent()
        let extractor = tools.appending(path: "swift-autolink-extract")
        guard FileManager.default.isExecutableFile(atPath: extractor.path) else { return }
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("import Foundation\nimport Dispatch\nprint(Date(), DispatchQueue.main)\n".utf8)
            .write(to: folder.appending(path: "main.swift"))
        func run(_ program: URL, _ arguments: [String]) throws {
            let process = try Process.run(program, arguments: arguments)
            process.waitUntilExit()
            try #require(process.terminationStatus == 0)
        }
        try run(URL(filePath: swiftc), ["-c", folder.appending(path: "main.swift").path, "-o", folder.appending(path: "main.o").path])
        try run(extractor, [folder.appending(path: "main.o").path, "-o", folder.appending(path: "main.autolink").path])
        let expected = try String(contentsOf: folder.appending(path: "main.autolink"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let object = try Data(contentsOf: folder.appending(path: "main.o"))
        #expect(expected.contains("-lFoundation"))
        #expect(AutolinkEntries.read(elf: object) == expected)
    }
}
