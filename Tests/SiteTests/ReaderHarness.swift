import Foundation

/// The test-only page that looks at the built ``ReaderFixture`` site as a reader would, in
/// headless Chromium run with `--force-dark-mode` (the system prefers dark):
///
/// - on a 390 px phone: each figure's smallest label in CSS px (the figure's 11 px tick labels
///   times the scale the image is shown at), which file each figure shows, how far output
///   boxes overflow, and whether wide equations scroll with a shadow;
/// - at 1280 px: characters per line of the first paragraph;
/// - ←/→: a chapter page goes to the next and previous chapter, but not while the search box
///   has focus;
/// - print, emulated: every `@media` rule is rewritten as paper would see it ("print" → "all",
///   "screen" → "print", so screen-only rules drop out), first with the system's dark mode, then with the reader's dark toggle on; records the body's colours, the
///   figure files and whether folded code shows. `<source>` media are left alone, as Chromium
///   does when printing (it keeps the image chosen for the screen); the page's `beforeprint`
///   handlers run, as they do before a real print.
enum ReaderHarness {
    /// The smallest text a figure draws, in CSS px at 1× (Plotting's tick labels).
    static let smallestFigureText = 11.0

    static func html(site: URL) -> String {
        func url(_ page: String) -> String { "\"" + site.appendingPathComponent(page).absoluteString + "\"" }
        return """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>reader check</title></head><body>
            <pre id="result">pending</pre>
            <iframe id="phone" style="width:390px;height:844px;border:0"></iframe>
            <iframe id="desk" style="width:1280px;height:900px;border:0"></iframe>
            <script>
            "use strict";
            var phone = document.getElementById("phone"), desk = document.getElementById("desk");
            var wide = \(url("03-phone.html")), momentum = \(url("02-momentum.html"));
            var findings = { phoneFigures: [], outputOverflow: [], equations: [], charsPerLine: 0, keys: {}, print: [] };
            function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }
            function load(frame, url) {
              return new Promise(function (resolve) { frame.onload = function () { resolve(); }; frame.src = url; });
            }
            function until(test, ms) {
              var start = Date.now();
              return new Promise(function (resolve) {
                (function poll() { if (test() || Date.now() - start > ms) resolve(); else setTimeout(poll, 50); })();
              });
            }
            function settled(doc) { return Array.prototype.every.call(doc.images, function (i) { return i.complete; }); }
            function name(src) { return (src || "").split("/").pop(); }
            function figures(doc) {
              return Array.prototype.map.call(doc.querySelectorAll("figure img"), function (img) {
                var shown = img.getBoundingClientRect().width;
                return { file: name(img.currentSrc), minLabel: \(smallestFigureText) * shown / (img.naturalWidth / 2) };
              });
            }
            function emulatePrint(doc) {
              function paper(text) { return text.replace(/\\bprint\\b/g, "all").replace(/\\bscreen\\b/g, "print"); }
              Array.prototype.forEach.call(doc.styleSheets, function (sheet) {
                Array.prototype.forEach.call(sheet.cssRules, function (rule) {
                  if (rule.media && rule.type === CSSRule.MEDIA_RULE) rule.media.mediaText = paper(rule.media.mediaText);
                });
              });
              // What the browser does before it prints: the page's own beforeprint handlers run.
              doc.defaultView.dispatchEvent(new doc.defaultView.Event("beforeprint"));
            }
            async function printed(doc, label) {
              emulatePrint(doc);
              await until(function () { return settled(doc) && figures(doc).every(function (f) { return !/dark/.test(f.file); }); }, 3000);
              var style = doc.defaultView.getComputedStyle(doc.body), fold = doc.querySelector("details.fold");
              findings.print.push({ label: label, color: style.color, background: style.backgroundColor,
                files: figures(doc).map(function (f) { return f.file; }),
                foldDisplay: fold ? doc.defaultView.getComputedStyle(fold).display : "none" });
            }
            (async function () {
              try {
                // A phone, system dark.
                await load(phone, wide);
                var doc = phone.contentDocument;
                await until(function () { return settled(doc); }, 5000);
                findings.phoneFigures = figures(doc);
                findings.phoneBackground = phone.contentWindow.getComputedStyle(doc.body).backgroundColor;
                findings.pageOverflow = doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
                Array.prototype.forEach.call(doc.querySelectorAll("pre.output"), function (pre) {
                  findings.outputOverflow.push(pre.scrollWidth - pre.clientWidth);
                });
                Array.prototype.forEach.call(doc.querySelectorAll(".equation"), function (eq) {
                  var style = phone.contentWindow.getComputedStyle(eq);
                  findings.equations.push({ overflows: eq.scrollWidth > eq.clientWidth + 1, overflowX: style.overflowX,
                    shadow: (style.backgroundImage.match(/radial-gradient/g) || []).length });
                });

                // The measure at 1280 px.
                await load(desk, wide);
                doc = desk.contentDocument;
                var p = doc.querySelector("article > p:not(.run-it)"), lineHeight = parseFloat(desk.contentWindow.getComputedStyle(p).lineHeight);
                var lines = Math.round(p.getBoundingClientRect().height / lineHeight);
                findings.charsPerLine = Math.round(p.textContent.replace(/\\s+/g, " ").trim().length / lines);
                findings.figureWidth = doc.querySelector("figure img").getBoundingClientRect().width;
                findings.textWidth = p.getBoundingClientRect().width;

                // Keys.
                await load(desk, momentum);
                doc = desk.contentDocument;
                var input = doc.getElementById("search-input");
                input.focus();
                input.dispatchEvent(new desk.contentWindow.KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
                await wait(400);
                findings.keys.whileTyping = name(desk.contentWindow.location.href);
                input.blur();
                var arrived = new Promise(function (resolve) { desk.onload = resolve; });
                doc.body.dispatchEvent(new desk.contentWindow.KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
                await Promise.race([arrived, wait(3000)]);
                findings.keys.right = name(desk.contentWindow.location.href);
                arrived = new Promise(function (resolve) { desk.onload = resolve; });
                desk.contentDocument.body.dispatchEvent(new desk.contentWindow.KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }));
                await Promise.race([arrived, wait(3000)]);
                findings.keys.left = name(desk.contentWindow.location.href);

                // Paper, with the system's dark mode, then with the reader's dark toggle.
                for (var pass = 0; pass < 2; pass++) {
                  for (var page of [wide, momentum]) {
                    await load(desk, page);
                    doc = desk.contentDocument;
                    if (pass === 1) desk.contentWindow.DescentTheme.set("dark");
                    await until(function () { return settled(doc); }, 5000);
                    findings.screenBackground = desk.contentWindow.getComputedStyle(doc.body).backgroundColor;
                    await printed(doc, (pass ? "toggle " : "system ") + name(page));
                  }
                }
              } catch (error) {
                findings.error = String(error && error.stack || error);
              }
              document.getElementById("result").textContent = JSON.stringify(findings);
            })();
            </script>
            </body></html>
            """
    }
}
