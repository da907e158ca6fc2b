import Foundation

/// The test-only page that checks a built site from inside Chromium.
///
/// For each page it waits for the iframe to load, then records images that did not load
/// (`naturalWidth == 0`) and `<math>` elements with an empty box (skipping those inside a
/// closed `<details>`, which are not laid out). On the home page it types "momentum" into the
/// search box and collects the result links; on the first chapter it switches the theme to
/// dark and then light through the page's own toggle and records which figure file each
/// `<img>` shows. The findings go into `<pre id="result">` as JSON.
enum BrowserHarness {
    static func html(site: URL, pages: [String]) -> String {
        let urls = pages.map { "\"" + site.appendingPathComponent($0).absoluteString + "\"" }.joined(separator: ",")
        return """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>site check</title></head><body>
            <pre id="result">pending</pre>
            <iframe id="frame" style="width:1280px;height:900px"></iframe>
            <script>
            "use strict";
            var pages = [\(urls)], frame = document.getElementById("frame");
            var findings = { pages: [], searchResults: [], darkSources: [], lightSources: [] };
            function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }
            function load(url) {
              return new Promise(function (resolve) { frame.onload = function () { resolve(); }; frame.src = url; });
            }
            function until(test, ms) {
              var start = Date.now();
              return new Promise(function (resolve) {
                (function poll() { if (test() || Date.now() - start > ms) resolve(); else setTimeout(poll, 50); })();
              });
            }
            function imagesSettled(doc) {
              return Array.prototype.every.call(doc.images, function (img) { return img.complete; });
            }
            function inspect(url) {
              var doc = frame.contentDocument, name = url.split("/").pop();
              var page = { page: name, images: doc.images.length, brokenImages: [], maths: 0, emptyMaths: [] };
              Array.prototype.forEach.call(doc.images, function (img) {
                if (!img.complete || img.naturalWidth === 0) page.brokenImages.push(img.currentSrc || img.src);
              });
              Array.prototype.forEach.call(doc.querySelectorAll("math"), function (math) {
                if (math.closest("details:not([open])")) return;
                page.maths++;
                var box = math.getBoundingClientRect();
                if (!(box.width > 0 && box.height > 0)) page.emptyMaths.push(math.textContent.slice(0, 40));
              });
              findings.pages.push(page);
            }
            function figureSources(doc) {
              return Array.prototype.map.call(doc.querySelectorAll("figure img"), function (img) { return img.currentSrc; });
            }
            (async function () {
              try {
                for (var i = 0; i < pages.length; i++) {
                  await load(pages[i]);
                  await until(function () { return imagesSettled(frame.contentDocument); }, 5000);
                  inspect(pages[i]);
                  var doc = frame.contentDocument, win = frame.contentWindow;
                  if (i === 0) {
                    var input = doc.getElementById("search-input");
                    input.focus();
                    input.value = "momentum";
                    input.dispatchEvent(new win.Event("input", { bubbles: true }));
                    await until(function () { return doc.querySelectorAll("#search-results a").length > 0; }, 5000);
                    findings.searchResults = Array.prototype.map.call(doc.querySelectorAll("#search-results a"),
                      function (a) { return a.getAttribute("href"); });
                  }
                  if (i === 1) {
                    doc.querySelector(".theme-toggle").click();
                    if (win.DescentTheme.effective() !== "dark") doc.querySelector(".theme-toggle").click();
                    await until(function () { return figureSources(doc).every(function (s) { return /dark/.test(s); }); }, 3000);
                    findings.darkSources = figureSources(doc);
                    doc.querySelector(".theme-toggle").click();
                    await until(function () { return figureSources(doc).every(function (s) { return /light/.test(s); }); }, 3000);
                    findings.lightSources = figureSources(doc);
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
