/// One image file of a figure: the figure drawn at 2× in one theme, and the name it gets in
/// the output folder. Written by a background render (``BackgroundRenders``).
struct FigureImage: Sendable {
    var figure: Figure
    var theme: Theme
    /// The file name in the output folder, e.g. `figure-3-dark.png`.
    var name: String
    /// What the image is, for a failure message: "the figure", "the figure's phone variant".
    var what: String

    /// Renders the image and writes it into `channel`'s folder, stopping the program with the
    /// caller's `file:line` when it cannot be rendered or written — the message `show` gave
    /// when it drew on the chapter's thread.
    func write(to channel: OutputChannel, file: StaticString, line: UInt) {
        let png: [UInt8]
        do {
            png = try figure.renderPNG(theme: theme, scale: 2)
        } catch {
            fatalError("\(what) could not be rendered: \(error)", file: file, line: line)
        }
        guard channel.write(png, to: name) else {
            fatalError("could not write \(name) into \(channel.directory ?? "?")", file: file, line: line)
        }
    }
}
