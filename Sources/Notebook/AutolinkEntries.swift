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
        let bytes = [UInt8](data)
        guard let sections = ELFSections.read(bytes) else { return nil }
        var entries: [String] = []
        for section in sections where section.name == sectionName {
            guard let range = section.bytes else { continue }
            entries += bytes[range].split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        }
        return ordered(entries)
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
