/// The script every page loads (with `defer`): the theme toggle and the figures' dark
/// variants, copy buttons, the sidebar drawer on phones, ←/→ for the previous and next
/// chapter, and a loader for search.
///
/// Search itself — its code, styles and index — is the bundle `assets/search.js`
/// (``SearchScript``), which the loader adds as a `<script>` (not `fetch`, so it also works
/// from `file://`) the first time the search box is focused or typed into; `/` focuses the box.
enum SiteScript {
    static let js = """
        (function () {
          "use strict";
          var root = document.documentElement, KEY = "descent-theme";
          var systemDark = window.matchMedia("(prefers-color-scheme: dark)");

          /* Theme: data-theme on <html> (set before paint by the inline boot script) wins over the
             system setting. A figure is a <picture> whose dark <source>s follow the system on screens
             (never on paper); when the reader has chosen a theme, their media queries are replaced so
             the chosen variant shows. A source marked data-narrow is the one-column phone variant. */
          function effectiveTheme() {
            return root.getAttribute("data-theme") || (systemDark.matches ? "dark" : "light");
          }
          function syncFigures() {
            var chosen = root.getAttribute("data-theme");
            var sources = document.querySelectorAll("source[data-dark]");
            for (var i = 0; i < sources.length; i++) {
              var base = sources[i].hasAttribute("data-narrow") ? "screen and (max-width: 36rem)" : "screen";
              var media = chosen === "dark" ? base : chosen === "light" ? "not all" : base + " and (prefers-color-scheme: dark)";
              if (sources[i].media !== media) sources[i].media = media;
            }
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

          /* Paper is light: Chromium keeps the figure a <picture> chose for the screen when it prints,
             whatever the sources' media say, so every source is switched off while printing (the
             light <img> shows) and restored afterwards. */
          var screenMedia = [];
          window.addEventListener("beforeprint", function () {
            screenMedia = [].map.call(document.querySelectorAll("picture source"), function (source) {
              var media = source.media; source.media = "not all"; return [source, media];
            });
          });
          window.addEventListener("afterprint", function () {
            screenMedia.forEach(function (saved) { saved[0].media = saved[1]; }); screenMedia = [];
          });

          /* ← and → go to the previous and next chapter, unless the reader is typing or moving a
             slider (any input, textarea, select or editable element has the keys), or holds a modifier. */
          document.addEventListener("keydown", function (event) {
            if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
            if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
            var active = document.activeElement;
            if (active && (/^(input|textarea|select)$/i.test(active.tagName) || active.isContentEditable)) return;
            var link = document.querySelector(event.key === "ArrowLeft" ? ".pager a[rel=prev]" : ".pager a[rel=next]");
            if (link) { event.preventDefault(); window.location.href = link.href; }
          });

          /* A search result opens this page with ?highlight=terms: words starting with a term (and
             symbols such as κ) are marked in the chapter's text and code; a formula holding a
             one-character term, or a word starting with a term, is marked as a whole. */
          (function highlight() {
            var found = /[?&]highlight=([^&#]*)/.exec(location.search);
            var article = document.querySelector("article.chapter");
            if (!found || !article) return;
            var terms = decodeURIComponent(found[1].replace(/\\+/g, " ")).split(/\\s+/).filter(Boolean).slice(0, 12);
            var symbols = terms.filter(function (t) { return t.length === 1; });
            var words = terms.map(function (t) {
              return t.toLowerCase().replace(/[.*+?^${}()|[\\]\\\\]/g, "\\\\$&");
            });
            var pattern = words.length ? new RegExp("(^|[^\\\\p{L}\\\\p{N}_])((?:" + words.join("|") + ")[\\\\p{L}\\\\p{N}_]*)", "giu") : null;
            var first = null, count = 0;
            Array.prototype.forEach.call(article.querySelectorAll("math"), function (math) {
              var text = math.textContent.normalize("NFKC");
              var hit = symbols.some(function (s) { return text.indexOf(s) >= 0; }) || (pattern && pattern.test(text.toLowerCase()));
              if (pattern) pattern.lastIndex = 0;
              if (hit) { math.classList.add("search-hit"); first = first || math; count++; }
            });
            if (pattern) {
              var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, { acceptNode: function (node) {
                return node.parentNode.closest("math, script, style, .search-hit") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
              } });
              var nodes = [];
              while (walker.nextNode()) nodes.push(walker.currentNode);
              nodes.forEach(function (node) {
                var text = node.nodeValue, at = 0, match, parts = [];
                pattern.lastIndex = 0;
                while ((match = pattern.exec(text)) && count < 300) {
                  var start = match.index + match[1].length;
                  parts.push(document.createTextNode(text.slice(at, start)));
                  var mark = document.createElement("mark");
                  mark.className = "search-hit";
                  mark.textContent = match[2];
                  parts.push(mark);
                  first = first || mark; count++;
                  at = start + match[2].length;
                }
                if (!parts.length) return;
                parts.push(document.createTextNode(text.slice(at)));
                var parent = node.parentNode;
                parts.forEach(function (part) { parent.insertBefore(part, node); });
                parent.removeChild(node);
              });
            }
            var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
            if (target) {
              target.classList.add("search-target");
              var fold = target.closest("details") || target.querySelector("details");
              if (fold) fold.open = true;
              target.scrollIntoView({ block: "center" });
            } else if (first) {
              first.scrollIntoView({ block: "center" });
            }
          })();

          /* Search: its code, styles and index are one bundle, added on first use (see SearchScript). */
          var input = document.getElementById("search-input"), requested = false;
          function loadSearch() {
            if (requested) return;
            requested = true;
            var script = document.createElement("script");
            script.src = "\(Assets.searchBundlePath)";
            document.head.appendChild(script);
          }
          if (!input) return;
          input.addEventListener("focus", loadSearch);
          input.addEventListener("input", loadSearch);
          document.addEventListener("keydown", function (event) {
            if (event.key === "/" && document.activeElement !== input && !/input|textarea|select/i.test(document.activeElement.tagName)) {
              event.preventDefault(); input.focus();
            }
          });
        })();
        """
}
