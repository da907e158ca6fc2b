/// The section table of a 64-bit little-endian ELF file (an object file or a shared library):
/// what ``LibraryCode`` digests (the loaded sections of `libExperiments.so`) and what
/// ``AutolinkEntries`` reads (one section of a chapter program's object file).
enum ELFSections {
    /// One section.
    struct Section {
        var name: String
        /// `SHF_*` flags.
        var flags: UInt64
        var address: UInt64
        var size: UInt64
        /// The byte range in the file; nil for a section without file contents (`SHT_NOBITS`).
        var bytes: Range<Int>?

        /// Whether the section is loaded into the program (`SHF_ALLOC`).
        var isLoaded: Bool { flags & 0x2 != 0 }
    }

    /// Every section, in header order; nil if `bytes` is not a well-formed 64-bit
    /// little-endian ELF file (a cut file included: never a partial table).
    static func read(_ bytes: [UInt8]) -> [Section]? {
        func integer(_ offset: Int, _ size: Int) -> UInt64? {
            guard offset >= 0, offset + size <= bytes.count else { return nil }
            var value: UInt64 = 0
            for k in (0..<size).reversed() { value = value << 8 | UInt64(bytes[offset + k]) }
            return value
        }
        // "\x7fELF", 64-bit (class 2), little-endian (data 1).
        guard bytes.count >= 64, bytes[0] == 0x7F, bytes[1] == 0x45, bytes[2] == 0x4C, bytes[3] == 0x46,
              bytes[4] == 2, bytes[5] == 1,
              let tableOffset = integer(0x28, 8), let entrySize = integer(0x3A, 2), let count = integer(0x3C, 2),
              let namesIndex = integer(0x3E, 2), entrySize >= 64, namesIndex < count,
              tableOffset + count * entrySize <= UInt64(bytes.count) else { return nil }
        func header(_ index: UInt64) -> (name: UInt64, type: UInt64, flags: UInt64, address: UInt64, offset: UInt64, size: UInt64)? {
            let base = Int(tableOffset) + Int(index) * Int(entrySize)
            guard let name = integer(base, 4), let type = integer(base + 4, 4), let flags = integer(base + 8, 8),
                  let address = integer(base + 16, 8), let offset = integer(base + 24, 8), let size = integer(base + 32, 8)
            else { return nil }
            return (name, type, flags, address, offset, size)
        }
        guard let names = header(namesIndex) else { return nil }
        var sections: [Section] = []
        for index in 0..<count {
            guard let section = header(index) else { return nil }
            let start = Int(names.offset) + Int(section.name)
            guard start < bytes.count, let end = bytes[start...].firstIndex(of: 0) else { return nil }
            let name = String(decoding: bytes[start..<end], as: UTF8.self)
            var range: Range<Int>?
            if section.type != 8 {   // not SHT_NOBITS
                guard section.offset + section.size <= UInt64(bytes.count) else { return nil }
                range = Int(section.offset)..<Int(section.offset + section.size)
            }
            sections.append(Section(name: name, flags: section.flags, address: section.address, size: section.size, bytes: range))
        }
        return sections
    }
}
