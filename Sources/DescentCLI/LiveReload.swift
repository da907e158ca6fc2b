/// The script `descent serve` adds to every HTML page it sends (never to the files on
/// disk). It long-polls `/__descent/events` and reloads the page when a new build is
/// published; while the last build has errors it lays them over the page, each at its
/// chapter:line, and says that the page is the last good build.
enum LiveReload {
    /// The long-poll endpoint: `GET /__descent/events?since=VERSION` answers with a
    /// ``BuildStatus/Snapshot`` in JSON once the version differs (or after ~25 s).
    static let eventsPath = "/__descent/events"

    /// The HTML page with the script for `generation` inserted before `</body>` (or at the end).
    static func inject(into html: String, generation: String) -> String {
        let tag = script(generation: generation)
        guard let close = html.range(of: "</body>", options: .backwards) else { return html + tag }
        return html.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: tag)
    }

    /// A page for when there is no site yet (the first build is running or failed).
    static func placeholderPage(generation: String) -> String {
        inject(into: """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
            <title>Building…</title></head>
            <body style="font: 16px/1.5 system-ui, sans-serif; margin: 3rem auto; max-width: 40rem; padding: 0 1rem">
            <h1>Building the course…</h1>
            <p>This page reloads by itself when the first build is published.</p>
            </body></html>
            """, generation: generation)
    }

    static func script(generation: String) -> String {
        let quoted = generation.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        return "<script id=\"descent-live-reload\">" + body.replacingOccurrences(of: "GENERATION", with: quoted)
            + "</script>\n"
    }

    private static let body = #"""
        (function () {
          var shown = "GENERATION", version = -1, box = null;
          function el(tag, style, text) {
            var e = document.createElement(tag);
            if (style) e.style.cssText = style;
            if (text != null) e.textContent = text;
            return e;
          }
          function render(s) {
            if (box) { box.remove(); box = null; }
            if (!s.problems.length && !s.building) return;
            box = el("div", "position:fixed;z-index:2147483647;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;" +
              "background:#1e1e22;color:#f3f3f3;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;" +
              "box-shadow:0 -4px 24px rgba(0,0,0,.35);border-top:4px solid " + (s.problems.length ? "#e5484d" : "#3b82f6"));
            box.id = "descent-build-status";
            box.setAttribute("role", "status");
            var head = el("div", "display:flex;gap:1rem;align-items:center;padding:.6rem 1rem;background:#2a2a30;" +
              "font-family:system-ui,sans-serif");
            var n = s.problems.length;
            head.appendChild(el("strong", "", n ? "Build failed: " + n + (n === 1 ? " error" : " errors") : "Rebuilding…"));
            head.appendChild(el("span", "opacity:.75;flex:1", n ? "this page is the last good build" + (s.building ? " · rebuilding…" : "") : ""));
            var close = el("button", "background:none;border:1px solid #666;color:inherit;border-radius:4px;cursor:pointer", "×");
            close.setAttribute("aria-label", "Hide");
            close.onclick = function () { box.remove(); box = null; };
            head.appendChild(close);
            box.appendChild(head);
            s.problems.forEach(function (p) {
              var item = el("div", "padding:.5rem 1rem;border-top:1px solid #3a3a40");
              item.appendChild(el("div", "color:#ff8a8f;font-weight:600", p.location));
              item.appendChild(el("div", "margin:.25rem 0 0;white-space:pre-wrap;font:inherit;color:inherit;background:none", p.text));
              box.appendChild(item);
            });
            document.body.appendChild(box);
          }
          function poll() {
            fetch("/__descent/events?since=" + version, { cache: "no-store" })
              .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
              .then(function (s) {
                version = s.version;
                if (s.generation !== shown && !s.building) { location.reload(); return; }
                render(s);
                poll();
              })
              .catch(function () { setTimeout(poll, 1000); });
          }
          poll();
        })();
        """#
}
