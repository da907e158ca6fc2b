import Foundation

/// Headless Chromium, driven through its command line: no driver, no extra dependency.
///
/// A test writes a harness page (never shipped) into a temporary folder; the harness opens the
/// site's pages in iframes (`--allow-file-access-from-files` lets it look inside them), checks
/// them, and writes its findings as JSON into `<pre id="result">`. `--dump-dom` prints the
/// final DOM once `--virtual-time-budget` has run out; `--enable-logging=stderr` prints every
/// console message of every frame, which is how console errors are caught.
enum Chromium {
    /// The browser, if installed (`DESCENT_CHROMIUM` overrides the search).
    static let path: String? = {
        let candidates = [ProcessInfo.processInfo.environment["DESCENT_CHROMIUM"], "/usr/bin/chromium",
                          "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let missing = "Chromium not found (tried /usr/bin/chromium, chromium-browser, google-chrome; set DESCENT_CHROMIUM): real-browser tests skipped"

    /// What a harness run produced: the `#result` text and the console lines.
    struct Run {
        var result: String
        var console: [String]
    }

    /// Loads `page` and returns the text of its `#result` element and all console messages.
    static func run(_ page: URL, budgetMilliseconds: Int = 30_000, extraArguments: [String] = []) throws -> Run {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("descent-chromium-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--allow-file-access-from-files", "--user-data-dir=\(profile.path)",
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=\(budgetMilliseconds)",
            "--window-size=1280,900",
        ] + extraArguments + ["--dump-dom", page.absoluteString]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes while the browser runs so that neither fills up.
        nonisolated(unsafe) var errorData = Data()
        let reader = Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        let log = String(decoding: errorData, as: UTF8.self)
        let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        var result = ""
        if let start = dom.range(of: "<pre id=\"result\">"), let end = dom[start.upperBound...].range(of: "</pre>") {
            result = String(dom[start.upperBound..<end.lowerBound])
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        }
        return Run(result: result, console: console)
    }
}
