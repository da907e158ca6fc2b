internal import RunProtocol

/// Shows a figure over a parameter sweep: the page gets a slider for the parameter,
/// and moving it shows the frame `frame` made for that value. Every value is run here,
/// at build time, by this code; the page only draws the results.
///
/// Axes, ticks and the legend's corner are the same in every frame (the union of the
/// frames' ranges), so only the data moves. Without JavaScript, and in print, the page
/// shows the default frame.
///
/// ```swift
/// showSweep(Slider("η", [0.1, 0.2, 0.3, 0.4, 0.5], default: 0.4),
///           caption: "Gradient descent on the ravine; drag η.", id: "ravine-sweep") { η in
///     let run = try GradientDescent(learningRate: η).run(on: .ravine, from: [-5, -2], steps: 40)
///     return SweepFrame(Figure.contours(of: .ravine, runs: [run], title: "η = \(η)"),
///                       readout: "final loss \(significant(run.finalValue))",
///                       alt: "The path from (−5, −2) with η = \(η).")
/// }
/// ```
///
/// - Parameters:
///   - slider: the parameter and its values.
///   - caption: Markdown, inline math allowed; the same for every frame.
///   - id: an anchor for cross-references, as for ``show(_:caption:alt:id:file:line:)``.
///   - frame: makes the frame of one value. An error it throws stops the chapter with
///     the value named.
public func showSweep<A>(
    _ slider: Slider<A>, caption: String, id: String? = nil,
    file: StaticString = #file, line: UInt = #line,
    frame: (A) throws -> SweepFrame
) rethrows {
    var frames: [SweepFrame] = []
    for (value, label) in zip(slider.values, slider.labels) {
        do {
            frames.append(try frame(value))
        } catch {
            throw SweepFrameError(setting: "\(slider.name) = \(label)", underlying: error)
        }
    }
    publishSweep(parameters: [parameter(slider)], frames: frames, defaultFrame: slider.defaultIndex,
                 caption: caption, id: id, file: file, line: line)
}

/// Shows a figure over a two-parameter sweep (η × β, say): two sliders, one frame per
/// pair of values, `a.values.count × b.values.count` frames in all.
///
/// ```swift
/// showSweep(Slider("η", [0.1, 0.3, 0.5], default: 0.3), Slider("β", [0, 0.5, 0.9], default: 0.5),
///           caption: "Momentum on the ravine.") { η, β in … }
/// ```
public func showSweep<A, B>(
    _ a: Slider<A>, _ b: Slider<B>, caption: String, id: String? = nil,
    file: StaticString = #file, line: UInt = #line,
    frame: (A, B) throws -> SweepFrame
) rethrows {
    let total = a.values.count * b.values.count
    guard total <= 400 else {
        fatalError("showSweep: \(a.values.count) × \(b.values.count) = \(total) frames; keep it at 400 or fewer (fewer values per slider)",
                   file: file, line: line)
    }
    var frames: [SweepFrame] = []
    for (x, xLabel) in zip(a.values, a.labels) {
        for (y, yLabel) in zip(b.values, b.labels) {
            do {
                frames.append(try frame(x, y))
            } catch {
                throw SweepFrameError(setting: "\(a.name) = \(xLabel), \(b.name) = \(yLabel)", underlying: error)
            }
        }
    }
    publishSweep(parameters: [parameter(a), parameter(b)], frames: frames,
                 defaultFrame: a.defaultIndex * b.values.count + b.defaultIndex,
                 caption: caption, id: id, file: file, line: line)
}

private func parameter<V>(_ slider: Slider<V>) -> SweepAssembly.Parameter {
    SweepAssembly.Parameter(name: slider.name, labels: slider.labels, defaultIndex: slider.defaultIndex)
}

private func publishSweep(parameters: [SweepAssembly.Parameter], frames: [SweepFrame], defaultFrame: Int,
                          caption: String, id: String?, file: StaticString, line: UInt) {
    let settings = parameters.map(\.name).joined(separator: " × ")
    for (index, frame) in frames.enumerated() where frame.alt.allSatisfy(\.isWhitespace) {
        fatalError("showSweep(…): frame \(index + 1) (\(settings)) has no alt text; say what it shows", file: file, line: line)
    }
    checkFigureID(id, caller: "showSweep", file: file, line: line)
    let channel = OutputChannel.shared
    guard channel.directory != nil else {
        print("[sweep figure over \(settings), \(frames.count) frames: \(caption)]")
        return
    }
    let (number, block) = reserveFigureNumber(in: channel, id: id, caller: "showSweep", file: file, line: line)
    let assembly: SweepAssembly
    do {
        assembly = try SweepAssembly(number: number, parameters: parameters, frames: frames, defaultFrame: defaultFrame)
    } catch {
        fatalError("the sweep figure could not be rendered: \(error)", file: file, line: line)
    }
    let figure = FigureRecord(id: id, caption: caption, alt: assembly.alt, lightFile: assembly.lightFile,
                              darkFile: assembly.darkFile, width: assembly.width, height: assembly.height)
    // As for `show`: the event now, in order; the frames are drawn and written on a background
    // render, finished before the run's end event.
    channel.recordSweepFigure(block: block, figure: figure, sweep: assembly.record)
    BackgroundRenders.shared.submit {
        let files: [(name: String, bytes: [UInt8])]
        do {
            files = try assembly.renderFiles()
        } catch {
            fatalError("the sweep figure could not be rendered: \(error)", file: file, line: line)
        }
        for (name, bytes) in files where !channel.write(bytes, to: name) {
            fatalError("could not write \(name) into \(channel.directory ?? "?")", file: file, line: line)
        }
    }
}
