/// Writes the varying part of sweep frames as compact JSON drawing operations for the
/// page's canvas player (`SweepScript` in the Site module), in CSS pixels at 1×:
///
/// - stroke: `[0, colour, clip, width, round, dash, path]`
/// - fill: `[1, colour, clip, evenOdd, path]`
/// - text: `[2, colour, clip, size, bold, horizontal, vertical, rotation, x, y, "text"]`
///
/// `colour` indexes ``colorsJSON`` (a `[light, dark]` pair), `clip` indexes ``clipsJSON``
/// or is −1; `round` and `bold` are 0/1, `dash` is 0 or an array, `horizontal` is
/// 0 leading, 1 centre, 2 trailing and `vertical` 0 top, 1 centre, 2 baseline, 3 bottom,
/// `rotation` is in radians counter-clockwise. A `path` is a string — `M x y` moves,
/// `l dx dy …` draws relative segments, `Z` closes, `O cx cy r` is a circle and `o dx dy`
/// another one of the same radius relative to the previous centre — or the index, in
/// the same frame, of an earlier operation whose path it repeats (a halo under a line).
/// Coordinates are rounded to 0.1 px.
struct SweepScriptEncoder {
    private var colors: [ColorPair] = []
    private var colorIndex: [ColorPair: Int] = [:]
    private var clips: [Rect] = []
    private var clipIndex: [Rect: Int] = [:]

    private struct ColorPair: Hashable {
        var light: Color
        var dark: Color
    }

    var colorsJSON: String {
        "[" + colors.map { "[\"\(Self.css($0.light))\",\"\(Self.css($0.dark))\"]" }.joined(separator: ",") + "]"
    }

    var clipsJSON: String {
        "[" + clips.map { "[\(Self.number($0.x)),\(Self.number($0.y)),\(Self.number($0.width)),\(Self.number($0.height))]" }
            .joined(separator: ",") + "]"
    }

    /// The operations of `units`, as one JSON array.
    mutating func encode(_ units: [ThemedUnit], frame: Int) throws -> String {
        var parts: [String] = []
        var pathIndex: [String: Int] = [:]
        for unit in units {
            guard unit.light.count == unit.dark.count else { throw SweepError.themes(frame: frame) }
            for (light, dark) in zip(unit.light, unit.dark) {
                var clip = -1
                if let rect = light.clip { clip = self.clip(rect) }
                func path(_ p: Path) -> String {
                    let text = Self.path(p)
                    if let earlier = pathIndex[text] { return String(earlier) }
                    pathIndex[text] = parts.count
                    return JSONText.string(text)
                }
                switch (light.kind, dark.kind) {
                case let (.stroke(p, style), .stroke(q, darkStyle)) where p == q:
                    let c = color(style.color, darkStyle.color)
                    let dash = style.dash.isEmpty ? "0" : "[" + style.dash.map { Self.number($0) }.joined(separator: ",") + "]"
                    parts.append("[0,\(c),\(clip),\(Self.number(style.width)),\(style.round ? 1 : 0),\(dash),\(path(p))]")
                case let (.fill(p, lightColor, rule), .fill(q, darkColor, _)) where p == q:
                    let c = color(lightColor, darkColor)
                    parts.append("[1,\(c),\(clip),\(rule == .evenOdd ? 1 : 0),\(path(p))]")
                case let (.text(s, at, style), .text(t, _, darkStyle)) where s == t:
                    let c = color(style.color, darkStyle.color)
                    let h = style.horizontal == .leading ? 0 : style.horizontal == .center ? 1 : 2
                    let v: Int
                    switch style.vertical {
                    case .top: v = 0
                    case .center: v = 1
                    case .baseline: v = 2
                    case .bottom: v = 3
                    }
                    parts.append("[2,\(c),\(clip),\(Self.number(style.size)),\(style.bold ? 1 : 0),\(h),\(v),"
                                 + "\(Self.number(style.rotation, digits: 4)),\(Self.number(at.x)),\(Self.number(at.y)),"
                                 + "\(JSONText.string(s))]")
                default:
                    throw SweepError.themes(frame: frame)
                }
            }
        }
        return "[" + parts.joined(separator: ",") + "]"
    }

    private mutating func color(_ light: Color, _ dark: Color) -> Int {
        let pair = ColorPair(light: light, dark: dark)
        if let index = colorIndex[pair] { return index }
        colors.append(pair)
        colorIndex[pair] = colors.count - 1
        return colors.count - 1
    }

    private mutating func clip(_ rect: Rect) -> Int {
        if let index = clipIndex[rect] { return index }
        clips.append(rect)
        clipIndex[rect] = clips.count - 1
        return clips.count - 1
    }

    /// The path mini-language described on the type, in tenths of a pixel.
    static func path(_ path: Path) -> String {
        var out = ""
        var last: Character? = nil        // the command in force, for implicit repetition
        var current = (0, 0), start = (0, 0)
        var circle: (x: Int, y: Int, r: Int)? = nil
        func tenths(_ v: Double) -> Int { Int((v * 10).rounded()) }
        func append(_ values: [Int]) {
            for v in values {
                let text = decimal(v)
                if let tail = out.last, tail.isNumber || tail == ".", !text.hasPrefix("-") { out += " " }
                out += text
            }
        }
        func command(_ c: Character) {
            if last != c || c == "M" || c == "O" || c == "Z" { out.append(c) }
            last = c
        }
        for element in path.elements {
            switch element {
            case let .move(p):
                guard p.isFinite else { continue }
                current = (tenths(p.x), tenths(p.y))
                start = current
                command("M"); append([current.0, current.1])
                circle = nil
            case let .line(p):
                guard p.isFinite else { continue }
                let next = (tenths(p.x), tenths(p.y))
                command("l"); append([next.0 - current.0, next.1 - current.1])
                current = next
                circle = nil
            case .close:
                command("Z")
                current = start
                circle = nil
            case let .circle(center, radius):
                guard center.isFinite, radius.isFinite else { continue }
                let c = (x: tenths(center.x), y: tenths(center.y), r: tenths(radius))
                if let previous = circle, previous.r == c.r {
                    command("o"); append([c.x - previous.x, c.y - previous.y])
                } else {
                    command("O"); append([c.x, c.y, c.r])
                }
                circle = c
            }
        }
        return out
    }

    /// `v` tenths as a decimal: 123 → "12.3", -5 → "-0.5", 40 → "4".
    static func decimal(_ v: Int) -> String {
        let sign = v < 0 ? "-" : ""
        let magnitude = v.magnitude
        let whole = magnitude / 10, tenth = magnitude % 10
        return sign + String(whole) + (tenth == 0 ? "" : "." + String(tenth))
    }

    /// A JSON number rounded to `digits` decimals, without trailing zeros.
    static func number(_ v: Double, digits: Int = 1) -> String {
        guard v.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let n = Int((v * scale).rounded())
        let sign = n < 0 ? "-" : ""
        let magnitude = n.magnitude
        let whole = magnitude / UInt(scale)
        var fraction = String(magnitude % UInt(scale))
        fraction = String(repeating: "0", count: digits - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A CSS colour: `#rrggbb`, or `rgba(r,g,b,a)` when translucent.
    static func css(_ c: Color) -> String {
        func byte(_ v: Double) -> Int { Int((min(1, max(0, v)) * 255).rounded()) }
        if c.alpha >= 1 {
            let hex = [c.red, c.green, c.blue].map { v -> String in
                let s = String(byte(v), radix: 16)
                return s.count == 1 ? "0" + s : s
            }
            return "#" + hex.joined()
        }
        return "rgba(\(byte(c.red)),\(byte(c.green)),\(byte(c.blue)),\(number(c.alpha, digits: 3)))"
    }
}

/// JSON string literals without Foundation.
enum JSONText {
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"   // safe inside a <script> file
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
