#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Shows a figure under the current experiment block.
///
/// The figure is rendered twice at 2× — for the site's light and dark themes; a figure wider
/// than a phone twice more, as its one-column phone variant — and appears
/// in the page with its caption; `alt` is what a screen reader says instead of the image,
/// so state what the figure shows ("the iterates zig-zag across the ravine"), not what
/// it is ("a contour plot").
///
/// Under `descent build` the figure is checked (alt text, id, size, axis ranges) and numbered
/// here, in order; its images are then drawn and written on other threads while the chapter
/// goes on, and the program waits for them before it ends (see ``BackgroundRenders``). The
/// figure is a value, so changing variables afterwards does not change it; a mark type of your
/// own must be safe to draw from another thread, as `Mark: Sendable` promises.
///
/// ```swift
/// show(figure, caption: "Gradient descent with $\eta = 0.4$", alt: "…", id: "ravine-gd")
/// ```
///
/// - Parameters:
///   - figure: the figure to show.
///   - caption: Markdown, inline math allowed.
///   - alt: alternative text stating what the figure shows; required, non-empty.
///   - id: an anchor for cross-references, unique in the chapter: a letter, then
///     letters, digits, `-` or `_`.
public func show(
    _ figure: Figure, caption: String, alt: String, id: String? = nil,
    file: StaticString = #file, line: UInt = #line, filePath: StaticString = #filePath
) {
    guard !alt.allSatisfy(\.isWhitespace) else {
        fatalError("show(…) needs alt text stating what the figure shows", file: file, line: line)
    }
    checkFigureID(id, caller: "show", file: file, line: line)
    // Data the figure cannot show (NaN grids, values ≤ 0 on a log axis) is not silently dropped:
    // a warning at this line, which `descent build` reports (see Notebook's RuntimeWarnings).
    // `#filePath` is the chapter file as `#sourceLocation` names it (`#file` is module/name).
    for warning in figure.dataWarnings {
        fputs("\(filePath):\(line): warning: in the figure shown here, \(warning)\n", stderr)
    }
    let channel = OutputChannel.shared
    guard channel.directory != nil else {
        // Run outside `descent build`: nowhere to put images, say what would appear.
        print("[figure: \(caption)]")
        return
    }
    // A figure wider than a phone also gets a one-column phone variant, found by the site
    // beside the figure by name (figure-N-narrow-light.png; see Figure.narrowVariant).
    let narrow = figure.narrowVariant
    let (number, block) = reserveFigureNumber(in: channel, id: id, caller: "show", file: file, line: line)
    // What the figure itself gets wrong stops the chapter here, in this block, as when the
    // figure was drawn at this point; only the machine can fail the render later.
    checkRenderable(figure, what: "the figure", file: file, line: line)
    if let narrow { checkRenderable(narrow, what: "the figure's phone variant", file: file, line: line) }
    let light = "figure-\(number)-light.png"
    let dark = "figure-\(number)-dark.png"
    var images = [
        FigureImage(figure: figure, theme: .light, name: light, what: "the figure"),
        FigureImage(figure: figure, theme: .dark, name: dark, what: "the figure"),
    ]
    if let narrow {
        images += [
            FigureImage(figure: narrow, theme: .light, name: "figure-\(number)-narrow-light.png", what: "the figure's phone variant"),
            FigureImage(figure: narrow, theme: .dark, name: "figure-\(number)-narrow-dark.png", what: "the figure's phone variant"),
        ]
    }
    // The event goes out now, in the order of the chapter's events; its files are complete
    // before the run's end event, which is all the builder relies on.
    channel.recordFigure(block: block, id: id, caption: caption, alt: alt,
                         lightFile: light, darkFile: dark, width: figure.width, height: figure.height)
    for image in images {
        BackgroundRenders.shared.submit {
            image.write(to: channel, file: file, line: line)
        }
    }
}

/// Stops the chapter at the caller's line when `figure` cannot be rendered for a reason of its own.
private func checkRenderable(_ figure: Figure, what: String, file: StaticString, line: UInt) {
    do {
        try figure.checkRenderable(scale: 2)
    } catch {
        fatalError("\(what) could not be rendered: \(error)", file: file, line: line)
    }
}

/// Stops the chapter at the caller's line when `id` is not a valid figure id.
func checkFigureID(_ id: String?, caller: String, file: StaticString, line: UInt) {
    if let id, !isValidFigureID(id) {
        fatalError("\(caller)(…, id: \"\(id)\"): an id starts with a letter and holds letters, digits, - and _",
                   file: file, line: line)
    }
}

/// The next figure number of the chapter and the block it belongs to; stops the chapter
/// at the caller's line when `id` is already used by another figure.
func reserveFigureNumber(in channel: OutputChannel, id: String?, caller: String,
                         file: StaticString, line: UInt) -> (number: Int, block: Int) {
    switch channel.reserveFigure(id: id) {
    case .success(let reserved):
        return reserved
    case .failure(.duplicateID(let id)):
        fatalError("\(caller)(…, id: \"\(id)\"): this id is already used by another figure of the chapter",
                   file: file, line: line)
    }
}

func isValidFigureID(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
    return id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
}
