// Implementation-only (not `internal import`): in a module built without library evolution an
// internal import still makes clients load CCairo's module map, and chapter programs compiled
// with swiftc against Plotting must not need it. Safe here because no C type appears in the
// layout of any type (handles are stored as OpaquePointer).
@_implementationOnly import CCairo
import Synchronization

/// Draws into a Cairo ARGB32 image surface. CSS pixels become device pixels
/// through one `cairo_scale` here and nowhere else.
final class CairoRenderer: Renderer {
    let surface: OpaquePointer
    let cr: OpaquePointer
    let pixelWidth: Int
    let pixelHeight: Int
    private var currentFont: (family: String, size: Double, bold: Bool)? = nil
    /// The family drawing each character DejaVu Sans lacks (nil: none has it), found once.
    private var fallbackFamily: [Character: String?] = [:]

    /// The main face: DejaVu Sans, which covers Latin, Greek, Cyrillic and the math symbols.
    static let family = "DejaVu Sans"
    /// Tried in order for characters DejaVu Sans lacks (Chinese, Japanese, Korean labels):
    /// Noto Sans CJK (Debian fonts-noto-cjk, 56 MB: the best, not in scripts/setup), then Droid
    /// Sans Fallback (fonts-droid-fallback, 1.8 MB: what scripts/setup installs), then WenQuanYi.
    static let fallbackFamilies = ["Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Droid Sans Fallback",
                                   "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"]

    /// Held around everything that may open or close a font: selecting a face, measuring and
    /// drawing text, and destroying a context (which may drop the last use of a face).
    ///
    /// Figures render on several threads at once (the Experiments runtime's background
    /// renders), each into its own surface, which Cairo allows. Its FreeType backend, though,
    /// shares one `FT_Library` between threads and, in Cairo 1.16 (`cairo-ft-font.c`,
    /// `_cairo_ft_unscaled_font_lock_face`), calls `FT_New_Face` holding only the lock of the
    /// font being opened — while FreeType requires `FT_New_Face` and `FT_Done_Face` on one
    /// library to be serialised (FreeType reference, "Library Setup", since 2.5.6). So text goes
    /// through this lock, one thread at a time; paths, fills and the PNG encoder, most of a
    /// render, run in parallel.
    static let fontLock = Mutex(())

    init(width: Int, height: Int, scale: Double) throws {
        pixelWidth = max(1, Int((Double(width) * scale).rounded()))
        pixelHeight = max(1, Int((Double(height) * scale).rounded()))
        guard let s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(pixelWidth), Int32(pixelHeight)) else {
            throw PlottingError.cairo("could not create a \(pixelWidth)×\(pixelHeight) surface")
        }
        let status = cairo_surface_status(s)
        guard status == CAIRO_STATUS_SUCCESS, let c = cairo_create(s) else {
            cairo_surface_destroy(s)
            throw PlottingError.cairo(String(cString: cairo_status_to_string(status)))
        }
        surface = s
        cr = c
        cairo_scale(cr, scale, scale)
        cairo_set_antialias(cr, CAIRO_ANTIALIAS_DEFAULT)
        let options = cairo_font_options_create()
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_SLIGHT)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        Self.fontLock.withLock { _ in cairo_destroy(cr) }
        cairo_surface_destroy(surface)
    }

    private func setColor(_ c: Color) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }

    private func addPath(_ path: Path) {
        cairo_new_path(cr)
        for e in path.elements {
            switch e {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .close: cairo_close_path(cr)
            case let .circle(c, radius):
                cairo_new_sub_path(cr)
                cairo_arc(cr, c.x, c.y, radius, 0, 2 * Double.pi)
                cairo_close_path(cr)
            }
        }
    }

    func fill(_ path: Path, color: Color, rule: FillRule) {
        guard !path.isEmpty else { return }
        addPath(path)
        cairo_set_fill_rule(cr, rule == .evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
        setColor(color)
        cairo_fill(cr)
    }

    func stroke(_ path: Path, style: StrokeStyle) {
        guard !path.isEmpty else { return }
        addPath(path)
        setColor(style.color)
        cairo_set_line_width(cr, style.width)
        cairo_set_line_join(cr, style.round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
        cairo_set_line_cap(cr, style.round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        if style.dash.isEmpty {
            cairo_set_dash(cr, nil, 0, 0)
        } else {
            style.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        }
        cairo_stroke(cr)
    }

    private func selectFont(size: Double, bold: Bool, family: String = CairoRenderer.family) {
        if let f = currentFont, f.family == family, f.size == size, f.bold == bold { return }
        cairo_select_font_face(cr, family, CAIRO_FONT_SLANT_NORMAL,
                               bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, size)
        currentFont = (family, size, bold)
    }

    /// How many characters of `string` the selected font has no glyph for.
    private func missingGlyphs(_ string: String) -> Int {
        guard let font = cairo_get_scaled_font(cr) else { return 0 }
        var glyphs: UnsafeMutablePointer<cairo_glyph_t>? = nil
        var count: Int32 = 0
        let status = string.withCString { text in
            cairo_scaled_font_text_to_glyphs(font, 0, 0, text, -1, &glyphs, &count, nil, nil, nil)
        }
        defer { if let glyphs { cairo_glyph_free(glyphs) } }
        guard status == CAIRO_STATUS_SUCCESS, let glyphs else { return 0 }
        return (0..<Int(count)).reduce(0) { $0 + (glyphs[$1].index == 0 ? 1 : 0) }
    }

    /// `string` cut into runs drawn with one family each: DejaVu Sans, and a fallback family for
    /// characters it lacks (a string DejaVu covers entirely is one run, checked in one call).
    func runs(_ string: String, size: Double, bold: Bool) -> [(text: String, family: String)] {
        Self.fontLock.withLock { _ in runsLocked(string, size: size, bold: bold) }
    }

    private func runsLocked(_ string: String, size: Double, bold: Bool) -> [(text: String, family: String)] {
        selectFont(size: size, bold: bold)
        guard missingGlyphs(string) > 0 else { return [(string, Self.family)] }
        var runs: [(text: String, family: String)] = []
        for character in string {
            var family = Self.family
            selectFont(size: size, bold: bold)
            if missingGlyphs(String(character)) > 0 {
                if let known = fallbackFamily[character] {
                    family = known ?? Self.family
                } else {
                    let found = Self.fallbackFamilies.first { candidate in
                        selectFont(size: size, bold: bold, family: candidate)
                        return missingGlyphs(String(character)) == 0
                    }
                    fallbackFamily[character] = found
                    family = found ?? Self.family
                }
            }
            if let last = runs.last, last.family == family {
                runs[runs.count - 1].text.append(character)
            } else {
                runs.append((String(character), family))
            }
        }
        return runs
    }

    /// How many characters of `string` no installed family can draw (for the tests).
    func undrawableCharacters(_ string: String, size: Double = 12) -> Int {
        Self.fontLock.withLock { _ in
            runsLocked(string, size: size, bold: false).reduce(0) { total, run in
                selectFont(size: size, bold: false, family: run.family)
                return total + missingGlyphs(run.text)
            }
        }
    }

    private func advance(_ runs: [(text: String, family: String)], size: Double, bold: Bool) -> Double {
        runs.reduce(0) { width, run in
            selectFont(size: size, bold: bold, family: run.family)
            var te = cairo_text_extents_t()
            cairo_text_extents(cr, run.text, &te)
            return width + te.x_advance
        }
    }

    func measure(_ string: String, size: Double, bold: Bool) -> Size {
        Self.fontLock.withLock { _ in measureLocked(string, size: size, bold: bold) }
    }

    private func measureLocked(_ string: String, size: Double, bold: Bool) -> Size {
        let width = advance(runsLocked(string, size: size, bold: bold), size: size, bold: bold)
        selectFont(size: size, bold: bold)
        var fe = cairo_font_extents_t()
        cairo_font_extents(cr, &fe)
        return Size(width: width, height: fe.ascent + fe.descent)
    }

    func text(_ string: String, at point: Point, style: TextStyle) {
        guard !string.isEmpty else { return }
        Self.fontLock.withLock { _ in drawLocked(string, at: point, style: style) }
    }

    private func drawLocked(_ string: String, at point: Point, style: TextStyle) {
        let runs = runsLocked(string, size: style.size, bold: style.bold)
        let width = advance(runs, size: style.size, bold: style.bold)
        selectFont(size: style.size, bold: style.bold)
        var fe = cairo_font_extents_t()
        cairo_font_extents(cr, &fe)
        let dx: Double
        switch style.horizontal {
        case .leading: dx = 0
        case .center: dx = -width / 2
        case .trailing: dx = -width
        }
        // Cap-height-based centring looks better than the full ascent for labels.
        let dy: Double
        switch style.vertical {
        case .top: dy = fe.ascent * 0.92
        case .center: dy = fe.ascent * 0.36
        case .baseline: dy = 0
        case .bottom: dy = -fe.descent
        }
        cairo_save(cr)
        cairo_translate(cr, point.x, point.y)
        if style.rotation != 0 { cairo_rotate(cr, -style.rotation) }
        cairo_move_to(cr, dx, dy)
        setColor(style.color)
        for run in runs {
            selectFont(size: style.size, bold: style.bold, family: run.family)
            cairo_show_text(cr, run.text)  // advances the current point to the next run
        }
        cairo_restore(cr)
        // The font is part of Cairo's saved state: restoring brought back the main face.
        currentFont = (Self.family, style.size, style.bold)
        cairo_new_path(cr)
    }

    func pushClip(_ rect: Rect) {
        cairo_save(cr)
        cairo_new_path(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
    }

    func popClip() {
        cairo_restore(cr)
        // The font is part of Cairo's saved state: restoring may have brought back another
        // face than `currentFont` says, so the next text selects its own.
        currentFont = nil
    }
    func beginGroup(_ name: String) {}
    func endGroup() {}

    /// Finishes drawing and hands the premultiplied ARGB32 pixels (native endian) to `body`.
    func withPixels<T>(_ body: (UnsafePointer<UInt32>, _ width: Int, _ height: Int, _ strideInPixels: Int) throws -> T) throws -> T {
        cairo_surface_flush(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else {
            throw PlottingError.cairo(String(cString: cairo_status_to_string(status)))
        }
        let stride = Int(cairo_image_surface_get_stride(surface)) / 4
        return try data.withMemoryRebound(to: UInt32.self, capacity: stride * pixelHeight) {
            try body(UnsafePointer($0), pixelWidth, pixelHeight, stride)
        }
    }

    /// PNG bytes from Cairo's own (libpng) writer, for comparison benchmarks.
    func cairoPNG() throws -> [UInt8] {
        cairo_surface_flush(surface)
        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            let sink = Unmanaged<Sink>.fromOpaque(closure!).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PlottingError.cairo(String(cString: cairo_status_to_string(status)))
        }
        return sink.bytes
    }
}
