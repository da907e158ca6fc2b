import Foundation

/// The search UI, shipped in the lazily loaded bundle `assets/search.js` together with the
/// index and its stylesheet, so a page that is only read never downloads any of it.
///
/// The page script (``SiteScript``) adds the bundle as a `<script>` — not `fetch`, so it also
/// works from `file://` — when the search box is first focused or typed into. The bundle
/// injects its CSS as a `<style>`, binds the box, and runs the query typed so far. A query
/// matches a section when every word occurs in its chapter, title or text; title matches rank
/// first. Keys: ↓ from the box into the results, ↑/↓ between them, Enter opens the first,
/// Escape clears the box (or closes the results when in them).
enum SearchScript {
    /// The bundle: the index (`window.DESCENT_SEARCH = […]`, from ``SearchIndex/script()``),
    /// then the UI code with the search stylesheet inlined as a string.
    static func bundle(index: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let styles = String(decoding: try encoder.encode(Minify.css(css).trimmingCharacters(in: .whitespacesAndNewlines)), as: UTF8.self)
        return index + Minify.js(js.replacingOccurrences(of: "STYLES", with: styles))
    }

    /// The results list; the box itself is styled by the page's ``Theme``.
    static let css = """
        .search-results { position: absolute; right: 0; top: calc(100% + .4rem); width: min(34rem, calc(100vw - 2rem));
          max-height: 70vh; overflow: auto; background: var(--bg); border: 1px solid var(--rule); border-radius: 10px;
          box-shadow: 0 12px 32px rgba(0, 0, 0, .18); padding: .35rem; }
        .search-results a { display: block; padding: .55rem .7rem; border-radius: 7px; color: var(--text); text-decoration: none; }
        .search-results a:hover, .search-results a:focus { background: var(--accent-soft); outline: none; }
        .r-chapter { display: block; font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
        .r-section { display: block; font-weight: 600; font-size: .95rem; }
        .r-snippet { display: block; font-size: .85rem; color: var(--muted); line-height: 1.45; }
        .search-results mark { background: var(--mark); color: inherit; border-radius: 2px; }
        .r-empty { padding: .6rem .7rem; color: var(--muted); font-size: .9rem; }
        @media (max-width: 36rem) { .search-results { position: fixed; left: .5rem; right: .5rem; top: calc(var(--topbar) + .3rem);
          width: auto; } }
        """

    static let js = """
        (function () {
          "use strict";
          var input = document.getElementById("search-input"), box = document.getElementById("search-results");
          if (!input || !box || !window.DESCENT_SEARCH || window.DescentSearch) return;
          window.DescentSearch = { run: run };
          var style = document.createElement("style");
          style.textContent = STYLES;
          document.head.appendChild(style);

          function occurrences(text, word) {
            var count = 0, at = text.indexOf(word);
            while (at >= 0 && count < 5) { count++; at = text.indexOf(word, at + word.length); }
            return count;
          }
          function appendMarked(parent, text, words) {
            var lower = text.toLowerCase(), at = 0;
            while (at < text.length) {
              var next = -1, length = 0;
              for (var i = 0; i < words.length; i++) {
                var found = lower.indexOf(words[i], at);
                if (found >= 0 && (next < 0 || found < next)) { next = found; length = words[i].length; }
              }
              if (next < 0) { parent.appendChild(document.createTextNode(text.slice(at))); return; }
              if (next > at) parent.appendChild(document.createTextNode(text.slice(at, next)));
              var mark = document.createElement("mark");
              mark.textContent = text.slice(next, next + length);
              parent.appendChild(mark);
              at = next + length;
            }
          }
          function snippet(text, words) {
            var lower = text.toLowerCase(), at = -1;
            for (var i = 0; i < words.length && at < 0; i++) at = lower.indexOf(words[i]);
            if (at < 0) return text.slice(0, 140) + (text.length > 140 ? "…" : "");
            var start = Math.max(0, at - 60), end = Math.min(text.length, at + 100);
            while (start > 0 && text[start - 1] !== " ") start--;
            return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
          }
          function span(className) {
            var element = document.createElement("span");
            element.className = className;
            return element;
          }
          function run() {
            var query = input.value.trim().toLowerCase();
            box.textContent = "";
            if (!query) { box.hidden = true; return; }
            var words = query.split(/\\s+/), results = [];
            window.DESCENT_SEARCH.forEach(function (entry) {
              var text = entry.t.toLowerCase(), section = entry.s.toLowerCase(), chapter = entry.c.toLowerCase(), score = 0;
              for (var i = 0; i < words.length; i++) {
                var word = words[i], inText = occurrences(text, word);
                var inSection = section.indexOf(word) >= 0, inChapter = chapter.indexOf(word) >= 0;
                if (!inText && !inSection && !inChapter) return;
                score += (inSection ? 20 : 0) + (inChapter ? 8 : 0) + inText;
              }
              results.push({ entry: entry, score: score });
            });
            results.sort(function (a, b) { return b.score - a.score; });
            if (!results.length) {
              var empty = document.createElement("div");
              empty.className = "r-empty"; empty.textContent = "Nothing found for “" + input.value.trim() + "”.";
              box.appendChild(empty);
            }
            results.slice(0, 20).forEach(function (result) {
              var entry = result.entry, link = document.createElement("a");
              link.href = entry.u; link.className = "result";
              var chapter = span("r-chapter"); chapter.textContent = entry.c;
              var section = span("r-section"); appendMarked(section, entry.s || "Introduction", words);
              var text = span("r-snippet"); appendMarked(text, snippet(entry.t, words), words);
              link.appendChild(chapter); link.appendChild(section); link.appendChild(text);
              box.appendChild(link);
            });
            box.hidden = false;
          }

          input.addEventListener("focus", function () { if (input.value) run(); });
          input.addEventListener("input", run);
          input.addEventListener("keydown", function (event) {
            if (event.key === "Escape") { input.value = ""; run(); input.blur(); }
            if (event.key === "Enter") { var first = box.querySelector("a"); if (first) first.click(); }
            if (event.key === "ArrowDown") { var link = box.querySelector("a"); if (link) { link.focus(); event.preventDefault(); } }
          });
          box.addEventListener("keydown", function (event) {
            var current = document.activeElement;
            if (event.key === "ArrowDown" && current.nextElementSibling) { current.nextElementSibling.focus(); event.preventDefault(); }
            if (event.key === "ArrowUp") { (current.previousElementSibling || input).focus(); event.preventDefault(); }
            if (event.key === "Escape") { box.hidden = true; input.focus(); }
          });
          document.addEventListener("click", function (event) {
            if (!event.target.closest(".search")) box.hidden = true;
          });
          if (input.value.trim()) run();
        })();
        """
}
