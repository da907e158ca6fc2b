import Foundation

/// The search UI, shipped in the lazily loaded bundle `assets/search.js` together with the
/// index and its stylesheet, so a page that is only read never downloads any of it.
///
/// The page script (``SiteScript``) adds the bundle as a `<script>` — not `fetch`, so it also
/// works from `file://` — when the search box is first focused or typed into. The bundle
/// injects its CSS as a `<style>`, binds the box, and runs the query typed so far. The query's
/// words are stemmed (plurals, -ing, -ed, -ly) and an entry (``SearchIndex``: section, figure,
/// equation or code) matches when every word matches a word of its title, text, symbol names or
/// chapter, exactly or as a prefix; title matches rank first. A result links to its anchor with
/// `?highlight=` terms, which the page script marks on arrival (``SiteScript``). Keys: ↓ from the box into the results, ↑/↓ between them, Enter opens the first,
/// Escape clears the box (or closes the results when in them).
enum SearchScript {
    /// The bundle: the index (`window.DESCENT_SEARCH = […]`, from ``SearchIndex/script()``),
    /// then the UI code with the search stylesheet inlined as a string.
    static func bundle(index: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let styles = String(decoding: try encoder.encode(Minify.css(css).trimmingCharacters(in: .whitespacesAndNewlines)), as: UTF8.self)
        let stopWords = String(decoding: try encoder.encode(SearchText.stopWords), as: UTF8.self)
        return index + Minify.js(js.replacingOccurrences(of: "STYLES", with: styles).replacingOccurrences(of: "STOPWORDS", with: stopWords))
    }

    /// The results list; the box itself is styled by the page's ``Theme``.
    static let css = """
        .search-results { position: absolute; right: 0; top: calc(100% + .4rem); width: min(34rem, calc(100vw - 2rem));
          max-height: 70vh; overflow: auto; background: var(--bg); border: 1px solid var(--rule); border-radius: 10px;
          box-shadow: 0 12px 32px rgba(0, 0, 0, .18); padding: .35rem; }
        .search-results a { display: block; padding: .55rem .7rem; border-radius: 7px; color: var(--text); text-decoration: none; }
        .search-results a:hover, .search-results a:focus { background: var(--accent-soft); outline: none; }
        .r-chapter { display: block; font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
        .r-kind { margin-left: .5rem; padding: 0 .35rem; border: 1px solid var(--rule); border-radius: 4px; font-size: .68rem; }
        .r-s .r-kind { display: none; }
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
          var data = window.DESCENT_SEARCH;
          if (!input || !box || !data || window.DescentSearch) return;
          window.DescentSearch = { run: run, stem: stem };
          var style = document.createElement("style");
          style.textContent = STYLES;
          document.head.appendChild(style);
          var KINDS = { s: "Section", f: "Figure", e: "Equation", c: "Code" };
          var WORD = /[\\p{L}\\p{N}_]+/gu;
          /* Words a query ignores when it has others; entries keep them only in their opening (SearchText). */
          var STOP = {};
          STOPWORDS.forEach(function (word) { STOP[word] = true; });

          /* A light English stemmer: plural -s/-es/-ies, -ing, -ed, -ly (SearchText.stem is the same,
             and must stay so). Matching also accepts a
             prefix, so "nest" finds "Nesterov" and "updated" (updat) finds "update". */
          function stem(word) {
            if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
            if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + "y";
            if (/sses$/.test(word)) return word.slice(0, -2);
            if (/(ing|ed)$/.test(word)) {
              var base = word.replace(/(ing|ed)$/, "");
              if (base.length >= 3 && /[aeiouy]/.test(base)) {
                if (/([b-df-hj-np-tv-z])\\1$/.test(base) && !/(ll|ss|zz)$/.test(base)) base = base.slice(0, -1);
                return base;
              }
            }
            if (/ly$/.test(word) && word.length > 5) return word.slice(0, -2);
            if (/s$/.test(word) && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
            return word;
          }
          function stems(text) {
            var seen = {}, out = [];
            (text.toLowerCase().match(WORD) || []).forEach(function (word) {
              var s = stem(word);
              if (!seen[s]) { seen[s] = true; out.push(s); }
            });
            return out;
          }
          /* How well a token stem matches a query stem: 2 exact, 1 prefix, 0 not at all. */
          function matches(token, query) {
            if (token === query) return 2;
            if (token.length > query.length) return token.lastIndexOf(query, 0) === 0 ? 1 : 0;
            return query.length - token.length <= 2 && token.length >= 4 && query.lastIndexOf(token, 0) === 0 ? 1 : 0;
          }
          function best(tokens, query) {
            var found = 0;
            for (var i = 0; i < tokens.length && found < 2; i++) found = Math.max(found, matches(tokens[i], query));
            return found;
          }
          /* The names of the math symbols in a text ("kappa condition number" for κ). */
          function symbolNames(text) {
            var seen = {}, names = [];
            Array.from(text).forEach(function (character) {
              var name = data.symbols[character];
              if (name && !seen[character]) { seen[character] = true; names.push(name); }
            });
            return names.join(" ");
          }
          /* Entries come as arrays [k, p, s, a, t, q, w] (SearchIndex.Entry). */
          data.entries = data.entries.map(function (r) {
            return { k: r[0], p: r[1], s: r[2], a: r[3], t: r[4], q: r.length > 5 && r[5] >= 0 ? r[5] : null, w: r[6] || "" };
          });
          data.entries.forEach(function (entry) {
            var text = entry.t + (entry.w ? " " + entry.w : "");
            entry.title = entry.q == null ? entry.s : entry.s + (entry.k === "c" ? " in " : " · ") + data.entries[entry.q].s;
            entry.titleStems = stems(entry.title);
            entry.textStems = stems(text);
            entry.nameStems = stems(symbolNames(text));
            entry.chapterStems = stems(data.chapters[entry.p]);
          });

          function appendMarked(parent, text, queries) {
            var at = 0, match;
            WORD.lastIndex = 0;
            while ((match = WORD.exec(text))) {
              var s = stem(match[0].toLowerCase()), hit = false;
              for (var i = 0; i < queries.length && !hit; i++) hit = matches(s, queries[i]) > 0;
              if (!hit) continue;
              if (match.index > at) parent.appendChild(document.createTextNode(text.slice(at, match.index)));
              var mark = document.createElement("mark");
              mark.textContent = match[0];
              parent.appendChild(mark);
              at = match.index + match[0].length;
            }
            if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
          }
          /* Where the first word of text matching a query starts, or -1. */
          function firstHit(text, queries) {
            var match;
            WORD.lastIndex = 0;
            while ((match = WORD.exec(text))) {
              var s = stem(match[0].toLowerCase());
              for (var i = 0; i < queries.length; i++) if (matches(s, queries[i])) return match.index;
            }
            return -1;
          }
          /* The snippet: the words around the first hit in the text as written; when the hit is
             only among the entry's further words (w), the opening, then a few words around it. */
          function snippet(entry, queries) {
            var text = entry.t, at = firstHit(text, queries);
            if (at < 0 && entry.w) {
              var words = entry.w.split(" "), hit = -1;
              for (var i = 0; i < words.length && hit < 0; i++) if (firstHit(words[i], queries) >= 0) hit = i;
              if (hit >= 0) {
                var opening = text.length > 90 ? text.slice(0, text.lastIndexOf(" ", 90)) : text;
                return opening + " … " + words.slice(Math.max(0, hit - 3), hit + 5).join(" ") + (hit + 5 < words.length ? " …" : "");
              }
            }
            if (at < 0) return text.slice(0, 140) + (text.length > 140 || entry.w ? "…" : "");
            var start = Math.max(0, at - 60), end = Math.min(text.length, at + 100);
            while (start > 0 && text[start - 1] !== " ") start--;
            return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length || entry.w ? "…" : "");
          }
          /* The terms the result page highlights: the query stems, and the symbols whose names
             the query matched ("kappa" highlights κ). */
          function highlightTerms(queries) {
            var terms = queries.slice();
            Object.keys(data.symbols).sort().forEach(function (symbol) {
              var names = stems(data.symbols[symbol]);
              if (queries.some(function (q) { return best(names, q) === 2; }) && terms.indexOf(symbol) < 0) terms.push(symbol);
            });
            return terms;
          }
          function link(entry, terms) {
            return data.pages[entry.p] + "?highlight=" + encodeURIComponent(terms.join(" ")) + (entry.a ? "#" + entry.a : "");
          }
          function span(className, text) {
            var element = document.createElement("span");
            element.className = className;
            if (text) element.textContent = text;
            return element;
          }
          function run() {
            var raw = input.value.trim();
            box.textContent = "";
            if (!raw) { box.hidden = true; return; }
            var words = raw.normalize("NFKC").toLowerCase().match(WORD) || [];
            var content = words.filter(function (word) { return !STOP[word]; });
            var queries = stems((content.length ? content : words).join(" "));
            if (!queries.length) { box.hidden = true; return; }
            var results = [];
            data.entries.forEach(function (entry) {
              var score = 0;
              for (var i = 0; i < queries.length; i++) {
                var q = queries[i];
                var inTitle = best(entry.titleStems, q), inText = best(entry.textStems, q);
                var inNames = best(entry.nameStems, q), inChapter = best(entry.chapterStems, q);
                if (!inTitle && !inText && !inNames && !inChapter) return;
                score += inTitle * 10 + inText * 3 + inNames * 3 + inChapter * 2;
              }
              results.push({ entry: entry, score: score });
            });
            results.sort(function (a, b) { return b.score - a.score; });
            if (!results.length) {
              var empty = span("r-empty", "Nothing found for “" + raw + "”.");
              box.appendChild(empty);
            }
            var terms = highlightTerms(queries);
            results.slice(0, 20).forEach(function (result) {
              var entry = result.entry, a = document.createElement("a");
              a.href = link(entry, terms); a.className = "result r-" + entry.k;
              var head = span("r-chapter", data.chapters[entry.p]);
              head.appendChild(span("r-kind", KINDS[entry.k]));
              var section = span("r-section"); appendMarked(section, entry.title || "Introduction", queries);
              var text = span("r-snippet"); appendMarked(text, snippet(entry, queries), queries);
              a.appendChild(head); a.appendChild(section); a.appendChild(text);
              box.appendChild(a);
            });
            box.hidden = false;
          }

          input.addEventListener("focus", function () { if (input.value) run(); });
          input.addEventListener("input", run);
          input.addEventListener("keydown", function (event) {
            if (event.key === "Escape") { input.value = ""; run(); input.blur(); }
            if (event.key === "Enter") { var first = box.querySelector("a"); if (first) first.click(); }
            if (event.key === "ArrowDown") { var first2 = box.querySelector("a"); if (first2) { first2.focus(); event.preventDefault(); } }
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
