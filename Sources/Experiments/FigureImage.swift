/// One image file of a figure: the figure drawn at 2× in one theme, and the name it gets in
/// the output folder. Written by a background render (``BackgroundRenders``).
struct FigureImage: Sendable {
    var figure: Figure
    var theme: Theme
    /// The file name in the output folder, e.g. `figure-3-dark.png`.
    var name: String
    /// What the image is, for a failure message: "the figure", "the figure's phone variant".
    var what: String

    /// Lays the figure out and writes its image into `channel`'s folder: from `memo` when an
    /// earlier run drew the same drawing, else rasterised (and then kept in `memo`). Stops the
    /// program with the caller's `file:line` when it cannot be rendered or written — the
    /// message `show` gave when it drew on the chapter's thread.
    func write(to channel: OutputChannel, memo: FigureMemo? = FigureMemo.shared, file: StaticString, line: UInt) {
        var png: [UInt8]?
        var digest: String?
        do {
            let drawing = try FigureDrawing(figure, theme: theme, scale: 2)
            if let memo {
                let key = drawing.digest()
                png = memo.image(key)
                digest = png == nil ? key : nil
            }
            if png == nil { png = try drawing.renderPNG() }
        } catch {
            fatalError("\(what) could not be rendered: \(error)", file: file, line: line)
        }
        guard let png, channel.write(png, to: name) else {
            fatalError("could not write \(name) into \(channel.directory ?? "?")", file: file, line: line)
        }
        if let memo, let digest { memo.keep(png, digest: digest) }
    }
}
