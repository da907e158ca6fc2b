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
    let (number, block) = reserveFigureNumber(in: channel, id: id, caller: "show", file: file, line: line)
    let light = "figure-\(number)-light.png"
    let dark = "figure-\(number)-dark.png"
    writeThemes(of: figure, light: light, dark: dark, what: "the figure", to: channel, file: file, line: line)
    // A figure wider than a phone also gets a one-column phone variant, found by the site
    // beside the figure by name (figure-N-narrow-light.png; see Figure.narrowVariant).
    if let narrow = figure.narrowVariant {
        writeThemes(of: narrow, light: "figure-\(number)-narrow-light.png", dark: "figure-\(number)-narrow-dark.png",
                    what: "the figure's phone variant", to: channel, file: file, line: line)
    }
    channel.recordFigure(block: block, id: id, caption: caption, alt: alt,
                         lightFile: light, darkFile: dark, width: figure.width, height: figure.height)
}

/// Renders `figure` at 2× in both themes into the output folder as `light` and `dark`,
/// stopping the chapter at the caller's line when it cannot be rendered or written.
private func writeThemes(of figure: Figure, light: String, dark: String, what: String, to channel: OutputChannel,
                         file: StaticString, line: UInt) {
    for (theme, name) in [(Theme.light, light), (Theme.dark, dark)] {
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
