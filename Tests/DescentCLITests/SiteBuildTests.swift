import Foundation
import Site
import Testing
@testable import DescentCLI

/// A serve session's builds (a memo of drafts and a ``LiveSite``) update the published folder in
/// place, tell open pages to reload once the pages are written, and leave the folder byte for
/// byte as `descent build` writes it, with a site stamp a later `descent build` trusts.
@Suite struct SiteBuildTests {
    /// Every file under `folder` with its bytes, by relative path.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let prefix = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func serveBuildsUpdateInPlaceAndEndWithTheSiteOfABuild() async throws {
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-one.md", "---\ntitle: One\n---\n## Start {#start}\n\nProse only, see @ch:02-two.\n")
        try book.write("02-two.md", "---\ntitle: Two\n---\nMore prose; back to @sec:01-one/start.\n")
        var serving = book.configuration
        serving.renderMemo = RenderMemo()
        serving.liveSite = LiveSite(folder: serving.output)
        let reloads = Reloads()

        let first = await SiteBuild(configuration: serving, pagesWritten: { reloads.add($0) }).run()
        #expect(first.succeeded, "\(first.diagnostics)")
        #expect(first.timings.pagesWritten == nil, "the first build publishes a whole site")
        #expect(serving.liveSite!.isCurrent)

        try book.write("01-one.md", "---\ntitle: One\n---\n## Getting started {#start}\n\nProse only, see @ch:02-two.\n")
        let second = await SiteBuild(configuration: serving, pagesWritten: { reloads.add($0) }).run()
        #expect(second.succeeded, "\(second.diagnostics)")
        #expect(second.timings.pagesWritten != nil)
        #expect(reloads.all == [["print.html", "assets/search.js"]])
        #expect(try book.page("02-two.html").contains("Getting started"), "the page that refers to the heading is updated")

        // The stamp written after the update is trusted: nothing to render.
        let again = await SiteBuild(configuration: book.configuration).run()
        #expect(again.siteUnchanged)

        // `descent build` of the same chapters writes the same files (with a cache of its own:
        // the cache folder keeps the stamp of one output).
        var building = book.configuration
        building.output = book.folder.appending(path: "built")
        building.cacheDirectory = book.folder.appending(path: "built-cache")
        let built = await SiteBuild(configuration: building).run()
        #expect(built.succeeded)
        #expect(try Self.tree(book.site) == Self.tree(building.output))

        // An error: nothing written, the previous site stays, no reload.
        let before = try Self.tree(book.site)
        try book.write("02-two.md", "---\ntitle: Two\n---\nMore prose; back to @sec:01-one/nowhere.\n")
        let broken = await SiteBuild(configuration: serving, pagesWritten: { reloads.add($0) }).run()
        #expect(broken.failedStep == "render")
        #expect(broken.diagnostics.first?.file.hasSuffix("02-two.md") == true, "\(broken.diagnostics)")
        #expect(try Self.tree(book.site) == before)
        #expect(reloads.all.count == 1)
        #expect(serving.liveSite!.isCurrent)
    }
    /// The open page reloads once its page is written; a request for the search bundle or the
    /// print page made then is answered only once they are written — never with the last build's.
    @Test func afterTheReloadNoStaleSearchIndexOrPrintPageIsServed() async throws {
        let book = try TestBook()
        defer { book.remove() }
        try book.write("01-one.md", "---\ntitle: One\n---\nProse only.\n")
        try book.write("02-two.md", "---\ntitle: Two\n---\nMore prose.\n")
        var serving = book.configuration
        serving.renderMemo = RenderMemo()
        serving.liveSite = LiveSite(folder: serving.output)
        let status = BuildStatus()
        let server = try PreviewServer(host: "127.0.0.1", port: 0, site: book.site, status: status, pollTimeout: .seconds(1))
        let port = try await server.start()
        await status.buildStarted()
        #expect(await SiteBuild(configuration: serving).run().succeeded)
        await status.buildFinished(published: true, problems: [])

        try book.write("02-two.md", "---\ntitle: Two\n---\nMore prose about zebrafish.\n")
        await status.buildStarted()
        let requests = Requests()
        let result = await SiteBuild(configuration: serving, pagesWritten: { pending in
            await status.pagesPublished(pending: pending)
            // The reloaded page asks for everything at once, before the build has finished.
            requests.start(port: port, ["/02-two.html", "/assets/search.js", "/print.html"])
            // Long enough for the requests to reach the server while the files are the last build's.
            try? await Task.sleep(for: .milliseconds(300))
        }).run()
        #expect(result.succeeded)
        await status.buildFinished(published: true, problems: [])
        let responses = await requests.all()
        #expect(responses.count == 3)
        for (path, body) in responses {
            #expect(body.contains("zebrafish"), "\(path) is the last build's")
        }
        await server.stop()
    }
}

/// HTTP requests started from a callback, awaited later.
final class Requests: @unchecked Sendable {
    private let lock = NSLock()
    private var tasks: [(String, Task<String, Never>)] = []

    func start(port: UInt16, _ paths: [String]) {
        lock.lock(); defer { lock.unlock() }
        for path in paths {
            tasks.append((path, Task { await RawHTTP.get(port: port, path)?.body ?? "" }))
        }
    }

    private var started: [(String, Task<String, Never>)] { lock.withLock { tasks } }

    func all() async -> [(String, String)] {
        var bodies: [(String, String)] = []
        for (path, task) in started { bodies.append((path, await task.value)) }
        return bodies
    }
}

/// The pending paths of each reload, in order.
final class Reloads: @unchecked Sendable {
    private let lock = NSLock()
    private var reloads: [Set<String>] = []
    var all: [Set<String>] { lock.lock(); defer { lock.unlock() }; return reloads }
    func add(_ pending: Set<String>) { lock.lock(); reloads.append(pending); lock.unlock() }
}
