import Foundation
import Testing
@testable import DescentCLI

/// The preview server on 127.0.0.1 and a free port: files, types, the injected script, the
/// events endpoint, and 404 for anything outside the site.
@Suite struct PreviewServerTests {
    private func serving(_ body: (UInt16, URL, BuildStatus) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "descent-server-\(UUID().uuidString.prefix(8))")
        let site = folder.appending(path: "site")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: site.appending(path: "assets"), withIntermediateDirectories: true)
        try Data("<!DOCTYPE html><html><body><p>Hello</p></body></html>".utf8).write(to: site.appending(path: "index.html"))
        try Data("body{}".utf8).write(to: site.appending(path: "assets/descent.css"))
        try Data("x".utf8).write(to: site.appending(path: "assets/descent.js"))
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: site.appending(path: "a.png"))
        try Data("<svg/>".utf8).write(to: site.appending(path: "b.svg"))
        try Data("{}".utf8).write(to: site.appending(path: "c.json"))
        try Data("w".utf8).write(to: site.appending(path: "d.woff2"))
        try Data("secret".utf8).write(to: folder.appending(path: "secret.txt"))
        let status = BuildStatus()
        let server = try PreviewServer(host: "127.0.0.1", port: 0, site: site, status: status, pollTimeout: .seconds(2))
        let port = try await server.start()
        do {
            try await body(port, site, status)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func servesFilesWithTheirTypesAndInjectsTheScriptIntoPagesOnly() async throws {
        try await serving { port, site, _ in
            #expect(port > 0)
            let home = try #require(await RawHTTP.get(port: port, "/"))
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.body.contains("<p>Hello</p>"))
            #expect(home.body.contains("<script id=\"descent-live-reload\">"))
            #expect(home.body.range(of: "descent-live-reload")!.lowerBound < home.body.range(of: "</body>")!.lowerBound)
            let onDisk = try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8)
            #expect(!onDisk.contains("descent-live-reload"), "the file on disk is untouched")
            for (path, type) in [("/assets/descent.css", "text/css; charset=utf-8"), ("/assets/descent.js", "text/javascript; charset=utf-8"),
                                 ("/a.png", "image/png"), ("/b.svg", "image/svg+xml"), ("/c.json", "application/json"),
                                 ("/d.woff2", "font/woff2")] {
                let response = try #require(await RawHTTP.get(port: port, path))
                #expect(response.status == 200, "\(path)")
                #expect(response.headers["content-type"] == type, "\(path)")
                #expect(!response.body.contains("descent-live-reload"), "\(path)")
            }
        }
    }

    @Test func aFileTheBuildHasStillToWriteIsSentOnceWritten() async throws {
        try await serving { port, site, status in
            await status.buildStarted()
            await status.pagesPublished(pending: ["c.json"])
            let generation = await status.snapshot.generation
            let request = Task { await RawHTTP.get(port: port, "/c.json") }
            // Other files are served meanwhile, pages with the new generation.
            let home = try #require(await RawHTTP.get(port: port, "/"))
            #expect(home.body.contains("\"\(generation)\""))
            try await Task.sleep(for: .milliseconds(300))
            try Data("{\"new\":1}".utf8).write(to: site.appending(path: "c.json"))
            await status.buildFinished(published: true, problems: [])
            let response = try #require(await request.value)
            #expect(response.status == 200)
            #expect(response.body == "{\"new\":1}", "never the file of the last build")
        }
    }

    @Test func refusesPathTraversal() async throws {
        try await serving { port, _, _ in
            for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2E%2E%2Fsecret.txt",
                         "/assets/../../secret.txt", "/index.html%00", "/%00/../secret.txt", "/..%5csecret.txt", "/nothing.html"] {
                let response = try #require(await RawHTTP.get(port: port, path), "\(path)")
                #expect(response.status == 404, "\(path)")
                #expect(!response.body.contains("secret"), "\(path)")
            }
        }
    }

    @Test func theEventsEndpointAnswersAtOnceOrOnChange() async throws {
        try await serving { port, _, status in
            let first = try #require(await RawHTTP.get(port: port, "/__descent/events?since=-1"))
            #expect(first.status == 200)
            let snapshot = try JSONDecoder().decode(BuildStatus.Snapshot.self, from: Data(first.body.utf8))
            #expect(snapshot.problems.isEmpty)
            async let waiting = RawHTTP.get(port: port, "/__descent/events?since=\(snapshot.version)")
            try await Task.sleep(for: .milliseconds(200))
            await status.buildStarted()
            await status.buildFinished(published: true, problems: [])
            let next = try #require(await waiting)
            let changed = try JSONDecoder().decode(BuildStatus.Snapshot.self, from: Data(next.body.utf8))
            #expect(changed.version > snapshot.version)
        }
    }
}
