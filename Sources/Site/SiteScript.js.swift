/// The one script of the site (loaded with `defer`): the theme toggle and the figures'
/// dark variants, copy buttons, the sidebar drawer on phones, and search.
///
/// Search loads `assets/search-index.js` on first use — a script, not `fetch`, so it also
/// works from `file://` — then matches every word of the query against each section's
/// chapter, title and text, ranking title matches first.
enum SiteScript {
    static let js = """
        (function () {
          "use strict";
          var root = document.documentElement, KEY = "descent-theme";
          var systemDark = window.matchMedia("(prefers-color-scheme: dark)");

          /* Theme: data-theme on <html> (set before paint by the inline boot script) wins over the
             system setting. A figure is a <picture> whose dark <source> follows the system; when the
             reader has chosen a theme, its media query is replaced so the chosen variant shows. */
          function effectiveTheme() {
            return root.getAttribute("data-theme") || (systemDark.matches ? "dark" : "light");
          }
          function syncFigures() {
            var chosen = root.getAttribute("data-theme");
            var media = chosen === "dark" ? "all" : chosen === "light" ? "not all" : "(prefers-color-scheme: dark)";
            var sources = document.querySelectorAll("source[data-dark]");
            for (var i = 0; i < sources.length; i++) if (sources[i].media !== media) sources[i].media = media;
          }
          function setTheme(theme) {
            root.setAttribute("data-theme", theme);
            try { localStorage.setItem(KEY, theme); } catch (e) {}
            syncFigures();
          }
          window.DescentTheme = { set: setTheme, effective: effectiveTheme };
          syncFigures();
          var toggle = document.querySelector(".theme-toggle");
          if (toggle) toggle.addEventListener("click", function () {
            setTheme(effectiveTheme() === "dark" ? "light" : "dark");
          });
          window.addEventListener("storage", function (event) {
            if (event.key === KEY && (event.newValue === "light" || event.newValue === "dark")) {
              root.setAttribute("data-theme", event.newValue); syncFigures();
            }
          });

          /* Copy buttons. The clipboard API is missing on file:// in some browsers: fall back to a selection. */
          function copyText(text, done) {
            if (navigator.clipboard && window.isSecureContext) {
              navigator.clipboard.writeText(text).then(done, function () { legacyCopy(text); done(); });
            } else { legacyCopy(text); done(); }
          }
          function legacyCopy(text) {
            var area = document.createElement("textarea");
            area.value = text; area.setAttribute("readonly", ""); area.style.position = "fixed"; area.style.opacity = "0";
            document.body.appendChild(area); area.select();
            try { document.execCommand("copy"); } catch (e) {}
            document.body.removeChild(area);
          }
          var boxes = document.querySelectorAll(".code");
          for (var b = 0; b < boxes.length; b++) {
            var copyButton = document.createElement("button");
            copyButton.type = "button"; copyButton.className = "copy"; copyButton.textContent = "Copy";
            copyButton.setAttribute("aria-label", "Copy code to clipboard");
            boxes[b].insertBefore(copyButton, boxes[b].firstChild);
          }
          document.addEventListener("click", function (event) {
            var button = event.target.closest && event.target.closest(".copy");
            if (!button) return;
            var code = button.parentNode.querySelector("code");
            copyText(code ? code.textContent : "", function () {
              button.textContent = "Copied"; button.classList.add("done");
              setTimeout(function () { button.textContent = "Copy"; button.classList.remove("done"); }, 1500);
            });
          });

          /* The sidebar is a drawer on narrow screens. */
          var navToggle = document.querySelector(".nav-toggle");
          function setNav(open) {
            document.body.classList.toggle("nav-open", open);
            if (navToggle) navToggle.setAttribute("aria-expanded", open ? "true" : "false");
          }
          if (navToggle) navToggle.addEventListener("click", function () {
            setNav(!document.body.classList.contains("nav-open"));
          });
          document.addEventListener("click", function (event) {
            if (!document.body.classList.contains("nav-open")) return;
            if (event.target.closest(".nav-toggle")) return;
            if (!event.target.closest(".sidebar") || event.target.closest("a")) setNav(false);
          });

          /* Search. */
          var input = document.getElementById("search-input"), box = document.getElementById("search-results");
          if (!input || !box) return;
          var requested = false;
          function withIndex(then) {
            if (window.DESCENT_SEARCH) { then(); return; }
            if (requested) return;
            requested = true;
            var script = document.createElement("script");
            script.src = "\(Assets.searchIndexPath)";
            script.onload = function () { run(); };
            document.head.appendChild(script);
          }
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
          function run() {
            var query = input.value.trim().toLowerCase();
            box.textContent = "";
            if (!query) { box.hidden = true; return; }
            if (!window.DESCENT_SEARCH) { withIndex(run); return; }
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
              var chapter = document.createElement("span"); chapter.className = "r-chapter"; chapter.textContent = entry.c;
              var section = document.createElement("span"); section.className = "r-section";
              appendMarked(section, entry.s || "Introduction", words);
              var text = document.createElement("span"); text.className = "r-snippet";
              appendMarked(text, snippet(entry.t, words), words);
              link.appendChild(chapter); link.appendChild(section); link.appendChild(text);
              box.appendChild(link);
            });
            box.hidden = false;
          }
          input.addEventListener("focus", function () { withIndex(function () {}); if (input.value) run(); });
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
          document.addEventListener("keydown", function (event) {
            if (event.key === "/" && document.activeElement !== input && !/input|textarea/i.test(document.activeElement.tagName)) {
              event.preventDefault(); input.focus();
            }
          });
        })();
        """
}
