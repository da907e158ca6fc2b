#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

internal import RunProtocol

/// Images of figures drawn by earlier runs, kept by `descent build` in its cache (the folder
/// named by `DESCENT_FIGURE_MEMO`, one per build of the library) under the digest of their
/// drawing (``FigureDrawing/digest(writer:)``): everything that decides an image's pixels —
/// every operation with all its numbers and strings, the size, the scale, the Cairo version —
/// while the folder stands for the library that draws them.
///
/// After an edit, a chapter runs again from the start, but most of its figures are drawn
/// exactly as before: those are laid out (which the digest needs) and then copied from the
/// memo instead of rasterised and compressed again, which is most of a figure's cost.
/// Copied, not hard-linked: damage to a file in one run's cache entry must not reach the
/// memo, nor the other way round.
struct FigureMemo: Sendable {
    /// The memo of this process, or nil when the builder gave none (`DESCENT_FIGURE_MEMO`).
    static let shared: FigureMemo? = getenv(RunEvent.figureMemoKey).map { FigureMemo(directory: String(cString: $0)) }

    /// The folder holding `<digest>.png` files.
    let directory: String

    private func path(_ digest: String) -> String { directory + "/" + digest + ".png" }

    /// The image kept under `digest`, or nil; a file that is not a whole PNG (damaged on
    /// disk) is removed and not used. Marks the image used, so that pruning keeps it.
    func image(_ digest: String) -> [UInt8]? {
        let file = path(digest)
        guard let bytes = Self.contents(of: file) else { return nil }
        guard Self.isWholePNG(bytes) else {
            unlink(file)
            return nil
        }
        utimensat(AT_FDCWD, file, nil, 0)
        return bytes
    }

    /// Keeps `png` under `digest`: written to a temporary name, then renamed, so the memo
    /// never holds a partial image.
    func keep(_ png: [UInt8], digest: String) {
        let temporary = directory + "/.\(getpid())-\(UInt64.random(in: 0...UInt64.max)).png"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { return }
        let written = OutputChannel.writeAll(png, to: descriptor)
        close(descriptor)
        if !written || rename(temporary, path(digest)) != 0 { unlink(temporary) }
    }

    /// Starts with the PNG signature and ends with the `IEND` chunk.
    static func isWholePNG(_ bytes: [UInt8]) -> Bool {
        let signature: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
        let end: [UInt8] = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]
        return bytes.count >= signature.count + end.count
            && bytes.prefix(signature.count).elementsEqual(signature) && bytes.suffix(end.count).elementsEqual(end)
    }

    private static func contents(of file: String) -> [UInt8]? {
        let descriptor = open(file, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }
}
