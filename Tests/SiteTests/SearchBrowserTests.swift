import Foundation
import Testing
@testable import Site

/// Search in real headless Chromium, from `file://`: queries by symbol, symbol name, stem and
/// code identifier find the right typed entries, and the result page highlights the hit.
@Suite(.enabled(if: Chromium.path != nil, Comment(rawValue: Chromium.missing)), .serialized)
struct SearchBrowserTests {
    struct Query: Decodable {
        var query: String
        var results: [String]
        var kinds: [String]
        var opened: String
        var marks: [String]
        var mathHits: Int
        var target: Bool
        var snippet: String
    }

    struct Findings: Decodable {
        var queries: [Query]
        var stems: [String: String]
        var error: String?
    }

    static let queries = ["κ", "kappa", "nesterov", "velocities", "converged", "rolls", "listingIdentifier", "the dampening"]

    /// Words whose stems the page's script and ``SearchText/stem`` must agree on (the index keeps
    /// one word per stem).
    static let stemWords = ["steps", "velocities", "classes", "running", "updated", "rolling", "quickly", "this", "gas",
                            "focus", "Adam", "ties", "sizes", "curvy", "falling", "dyed", "dampening", "swings", "buzzed",
                            "stopped", "hopping", "analysis", "series", "fitting", "learned", "minibatches", "αβ"]

    static func harness(page: URL) -> String {
        let list = queries.map { "\"\($0)\"" }.joined(separator: ",")
        return """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"></head><body>
            <pre id="result">pending</pre>
            <iframe id="frame" style="width:1280px;height:900px"></iframe>
            <script>
            "use strict";
            var frame = document.getElementById("frame"), findings = { queries: [], stems: {} };
            function load(url) { return new Promise(function (resolve) { frame.onload = function () { resolve(); }; frame.src = url; }); }
            function until(test, ms) {
              var start = Date.now();
              return new Promise(function (resolve) {
                (function poll() { if (test() || Date.now() - start > ms) resolve(); else setTimeout(poll, 50); })();
              });
            }
            (async function () {
              try {
                var queries = [\(list)];
                for (var i = 0; i < queries.length; i++) {
                  await load("\(page.absoluteString)");
                  var doc = frame.contentDocument, win = frame.contentWindow, input = doc.getElementById("search-input");
                  input.focus();
                  await until(function () { return win.DescentSearch; }, 5000);
                  input.value = queries[i];
                  input.dispatchEvent(new win.Event("input", { bubbles: true }));
                  var links = Array.prototype.slice.call(doc.querySelectorAll("#search-results a"));
                  var found = { query: queries[i], results: links.map(function (a) { return a.getAttribute("href"); }),
                    kinds: links.map(function (a) { return a.querySelector(".r-kind").textContent; }), opened: "", marks: [],
                    mathHits: 0, target: false, snippet: links.length ? links[0].querySelector(".r-snippet").textContent : "" };
                  if (i === 0) [\(Self.stemWords.map { "\"\($0)\"" }.joined(separator: ","))].forEach(function (word) {
                    findings.stems[word] = win.DescentSearch.stem(word.toLowerCase());
                  });
                  if (links.length) {
                    var href = links[0].href;
                    found.opened = links[0].getAttribute("href");
                    await load(href);
                    await until(function () { return frame.contentDocument.readyState === "complete"; }, 5000);
                    var page = frame.contentDocument;
                    found.marks = Array.prototype.map.call(page.querySelectorAll("mark.search-hit"), function (m) { return m.textContent; });
                    found.mathHits = page.querySelectorAll("math.search-hit").length;
                    found.target = !!page.querySelector(".search-target");
                  }
                  findings.queries.push(found);
                }
              } catch (error) { findings.error = String(error && error.stack || error); }
              document.getElementById("result").textContent = JSON.stringify(findings);
            })();
            </script></body></html>
            """
    }

    @Test func queriesFindTypedEntriesAndTheResultPageHighlightsThem() throws {
        let (_, _, site) = try SearchIndexTests.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-search-harness-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let harness = folder.appendingPathComponent("search.html")
        try Self.harness(page: site.appendingPathComponent("03-search.html")).write(to: harness, atomically: true, encoding: .utf8)
        let run = try Chromium.run(harness, budgetMilliseconds: 60_000)
        let findings = try JSONDecoder().decode(Findings.self, from: Data(run.result.utf8))
        #expect(findings.error == nil, "\(findings.error ?? "")")
        let byQuery = Dictionary(uniqueKeysWithValues: findings.queries.map { ($0.query, $0) })

        // κ: the prose and the unlabelled equation κ = L/μ; on the page, formulas with κ are marked.
        let kappa = try #require(byQuery["κ"])
        #expect(kappa.results.contains { $0.hasSuffix("#eqn-2") }, "\(kappa.results)")
        #expect(kappa.kinds.contains("Equation"))
        #expect(kappa.mathHits >= 1, "\(kappa)")
        // "kappa" finds the same through the symbol's name, and highlights the symbol.
        let name = try #require(byQuery["kappa"])
        #expect(name.results.contains { $0.hasSuffix("#eqn-2") }, "\(name.results)")
        #expect(name.opened.contains("?highlight=kappa%20%CE%BA"), "\(name.opened)")
        #expect(name.mathHits >= 1)
        // A code identifier, by a lower-case prefix of it: the code entry, whose block is the target.
        let nesterov = try #require(byQuery["nesterov"])
        #expect(nesterov.results.first?.hasSuffix("#code-1") == true, "\(nesterov.results)")
        #expect(nesterov.kinds.first == "Code")
        #expect(nesterov.target)
        #expect(nesterov.marks.contains("NesterovMomentum"), "\(nesterov.marks)")
        // Stemming: "velocities" finds "velocity", which the page marks.
        let velocities = try #require(byQuery["velocities"])
        #expect(velocities.results.first?.hasSuffix("#heavy-ball") == true, "\(velocities.results)")
        #expect(velocities.marks.contains("velocity"), "\(velocities.marks)")
        // Printed output and a figure caption.
        #expect(byQuery["converged"]?.results.contains { $0.hasSuffix("#code-1") } == true)
        let rolls = try #require(byQuery["rolls"])
        #expect(rolls.results.first?.hasSuffix("#fig-heavy-path") == true, "\(rolls.results)")
        #expect(rolls.kinds.first == "Figure")
        #expect(rolls.marks.contains("rolls"))
        // A name that only a code listing has finds the listing.
        let listing = try #require(byQuery["listingIdentifier"])
        #expect(listing.results.first?.hasSuffix("#listing-1") == true, "\(listing.results)")
        #expect(listing.kinds.first == "Code")
        #expect(listing.marks.contains("listingIdentifier"), "\(listing.marks)")
        // A word far into a long section (kept once, after the opening) finds the section; the
        // snippet is the section's opening, then the words around it; "the" is ignored.
        let dampening = try #require(byQuery["the dampening"])
        #expect(dampening.results.first?.hasSuffix("#heavy-ball") == true, "\(dampening.results)")
        #expect(dampening.snippet.hasPrefix("Polyak"), "\(dampening.snippet)")
        #expect(dampening.snippet.contains("dampening"), "\(dampening.snippet)")
        #expect(dampening.marks.contains("dampening"), "\(dampening.marks)")
        // The index keeps one word per stem, so its stemmer and the script's must agree.
        for word in Self.stemWords { #expect(findings.stems[word] == SearchText.stem(word.lowercased()), "\(word)") }
    }
}
