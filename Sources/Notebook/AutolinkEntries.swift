import Foundation

/// The libraries a Swift object file asks to be linked with: on ELF platforms the frontend
/// records them (`-lswiftCore`, `-lExperiments`…) in the section `.swift1_autolink_entries`,
/// NUL-separated, and the driver runs `swift-autolink-extract` to turn them into linker
/// arguments. Reading that one section here costs microseconds where starting the tool
/// costs ≈ 0.02 s of every chapter compile (see ``CompilePlan``).
enum AutolinkEntries {
    /// The section's name.
    static let sectionName = ".swift1_autolink_entries"

    /// The linker arguments the object asks for, each once, in order of first mention
    /// (as `swift-autolink-extract` writes them); nil when `data` is not a 64-bit
    /// little-endian ELF object or its section table cannot be read.
    static func read(elf data: Data) -> [String]? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> [String]? in
            func integer<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) -> T? {
                guard offset >= 0, offset + MemoryLayout<T>.size <= bytes.count else { return nil }
                return T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
            }
            // "\x7fELF", 64-bit (class 2), little-endian (data 1).
            guard bytes.count >= 64, bytes[0] == 0x7f, bytes[1] == 0x45, bytes[2] == 0x4c, bytes[3] == 0x46,
                  bytes[4] == 2, bytes[5] == 1,
                  let tableOffset = integer(UInt64.self, at: 0x28), let entrySize = integer(UInt16.self, at: 0x3a),
                  let count = integer(UInt16.self, at: 0x3c), let namesIndex = integer(UInt16.self, at: 0x3e),
                  entrySize >= 64, namesIndex < count,
                  tableOffset + UInt64(count) * UInt64(entrySize) <= UInt64(bytes.count)
            else { return nil }
            func section(_ index: Int) -> (name: UInt32, offset: Int, size: Int)? {
                let header = Int(tableOffset) + index * Int(entrySize)
                guard let name = integer(UInt32.self, at: header), let offset = integer(UInt64.self, at: header + 24),
                      let size = integer(UInt64.self, at: header + 32),
                      offset <= UInt64(bytes.count), size <= UInt64(bytes.count) - offset
                else { return nil }
                return (name, Int(offset), Int(size))
            }
            guard let names = section(Int(namesIndex)) else { return nil }
            let wanted = Array(sectionName.utf8)
            func isWanted(_ nameOffset: UInt32) -> Bool {
                let start = names.offset + Int(nameOffset)
                guard Int(nameOffset) < names.size, start + wanted.count < names.offset + names.size else { return false }
                return bytes[start + wanted.count] == 0 && zip(wanted, bytes[start...]).allSatisfy { $0 == $1 }
            }
            var entries: [String] = []
            for index in 0..<Int(count) {
                guard let candidate = section(index) else { return nil }
                guard isWanted(candidate.name) else { continue }
                let content = bytes[candidate.offset..<(candidate.offset + candidate.size)]
                entries += content.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            }
            return ordered(entries)
        }
    }

    /// Libraries most objects ask for, in the order the toolchain's extractor writes them:
    /// after every other entry, whatever order the object mentions them in.
    static let runtimeLibraries = [
        "-lswiftSwiftOnoneSupport", "-lswiftCore", "-lswift_Concurrency", "-lswift_StringProcessing",
        "-lswiftRegexBuilder", "-lswift_RegexParser", "-lswift_Builtin_float", "-lswift_math", "-lswiftRuntime",
        "-lswiftSynchronization", "-lswiftGlibc", "-lswiftAndroid", "-lBlocksRuntime",
        "-ldispatch", "-lDispatchStubs", "-lswiftDispatch",
        "-l_FoundationICU", "-lCoreFoundation", "-lFoundation", "-lFoundationEssentials",
        "-lFoundationInternationalization", "-lFoundationNetworking", "-lFoundationXML",
        "-lcurl", "-lxml2", "-luuid", "-lTesting", "-lXCTest",
        "-lm", "-lpthread", "-lutil", "-ldl", "-lz",
    ]

    /// `entries` as `swift-autolink-extract` writes them, so that a program links exactly as
    /// through the driver: the others once each in order of first mention, then the runtime
    /// libraries mentioned, in ``runtimeLibraries`` order.
    static func ordered(_ entries: [String]) -> [String] {
        let runtime = Set(runtimeLibraries)
        var seen: Set<String> = []
        let others = entries.filter { !runtime.contains($0) && seen.insert($0).inserted }
        let mentioned = Set(entries)
        return others + runtimeLibraries.filter(mentioned.contains)
    }
}
