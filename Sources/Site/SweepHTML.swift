import Notebook

/// The HTML of a sweep figure (`showSweep`): without JavaScript — and in print — the
/// default frame as a plain figure with its readout and caption; the sweep script
/// (``SweepScript``) adds the sliders and the canvas once the frames are loaded, which
/// it does when the figure scrolls into view.
enum SweepHTML {
    /// - Parameters:
    ///   - folder: the chapter's figure folder, relative to the page, ending in `/`.
    static func html(_ figure: RenderedFigure, sweep: SweepFigure, anchor: String, number: String,
                     captionHTML: String, folder: String) -> String {
        let light = folder + URLPath.encode(figure.lightFile)
        let dark = folder + URLPath.encode(figure.darkFile)
        let parameters = sweep.parameters.map { p in
            "\(p.name) = \(p.labels.indices.contains(p.defaultIndex) ? p.labels[p.defaultIndex] : "?")"
        }.joined(separator: ", ")
        let data = [
            "data-frames=\"\(HTML.attribute(folder + URLPath.encode(sweep.framesFile)))\"",
            "data-key=\"\(HTML.attribute(sweep.framesFile))\"",
            "data-base-light=\"\(HTML.attribute(folder + URLPath.encode(sweep.backgroundLightFile)))\"",
            "data-base-dark=\"\(HTML.attribute(folder + URLPath.encode(sweep.backgroundDarkFile)))\"",
            "data-parameters=\"\(HTML.attribute(parametersJSON(sweep.parameters)))\"",
        ].joined(separator: " ")
        return """
            <figure class="figure sweep" id="\(anchor)" \(data)>
            <div class="sweep-view"><picture class="sweep-static"><source srcset="\(HTML.attribute(dark))" media="(prefers-color-scheme: dark)" data-dark>\
            <img src="\(HTML.attribute(light))" width="\(figure.width)" height="\(figure.height)" alt="\(HTML.attribute(figure.alt))"></picture></div>
            <p class="sweep-readout"><span class="sweep-setting">\(HTML.text(parameters))</span>: <span class="sweep-text">\(HTML.text(sweep.readout))</span></p>
            <figcaption><a class="fignum" href="#\(anchor)">Figure \(number)</a> \(captionHTML)</figcaption>
            <script src="\(Assets.sweepScriptPath)" defer></script>
            </figure>

            """
    }

    /// `[{"name":"η","labels":["0.1",…],"default":3}]`, for the script.
    static func parametersJSON(_ parameters: [SweepFigure.Parameter]) -> String {
        "[" + parameters.map { p in
            "{\"name\":\(jsonString(p.name)),\"labels\":[\(p.labels.map(jsonString).joined(separator: ","))],\"default\":\(p.defaultIndex)}"
        }.joined(separator: ",") + "]"
    }

    private static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
