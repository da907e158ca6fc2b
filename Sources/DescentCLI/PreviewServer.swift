import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// The HTTP side of `descent serve`, on FlyingFox: the site folder's files with their
/// content types (HTML pages get the ``LiveReload`` script on the way out), the long-poll
/// endpoint pages follow, and 404 for everything else, including any path that would leave
/// the site folder (see ``SitePathResolver``).
///
/// FlyingFox listens on a Unix socket in a private folder; the public address is the
/// ``RequestGuard``'s, which bounds and times every request head before passing it on.
final class PreviewServer: Sendable {
    /// Why the server could not start.
    struct StartFailure: Error, CustomStringConvertible {
        var description: String
        /// The port was taken.
        var portInUse: Bool
    }

    let host: String
    let site: URL
    let status: BuildStatus
    /// How long a long-poll request waits for news before answering with none.
    let pollTimeout: Duration
    private let server: HTTPServer
    private let front: RequestGuard
    /// The private folder holding FlyingFox's socket.
    private let socketFolder: URL
    private let running = Mutex<Task<Void, Never>?>(nil)
    private let failure = Mutex<(any Error)?>(nil)

    /// A server for `site` on `host:port` (`port` 0: a free port, see ``start()``).
    init(host: String, port: UInt16, site: URL, status: BuildStatus, pollTimeout: Duration = .seconds(20)) throws(StartFailure) {
        self.host = host
        self.site = site
        self.status = status
        self.pollTimeout = pollTimeout
        do {
            _ = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port) as any SocketAddress
                : try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw StartFailure(description: "\(host) is not an IP address (use e.g. 127.0.0.1, 0.0.0.0 or ::1)", portInUse: false)
        }
        do {
            front = try RequestGuard(host: host, port: port)
        } catch {
            throw StartFailure(description: error.message, portInUse: error.code == EADDRINUSE)
        }
        socketFolder = URL(filePath: "/tmp").appending(path: "descent-serve-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(
            at: socketFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        server = HTTPServer(
            address: sockaddr_un.unix(path: socketFolder.appending(path: "http.sock").path), timeout: 60, logger: .disabled)
    }

    /// Starts listening; returns the port (the one chosen when 0 was asked).
    func start() async throws(StartFailure) -> UInt16 {
        await addRoutes()
        let task = Task { [self] in
            do { try await server.run() } catch { self.failure.withLock { $0 = error } }
        }
        running.withLock { $0 = task }
        for _ in 0..<500 {
            if await server.isListening {
                front.start(backendPath: socketFolder.appending(path: "http.sock").path)
                return front.port
            }
            if let error = failure.withLock({ $0 }) { throw Self.describe(error) }
            try? await Task.sleep(for: .milliseconds(10))
        }
        throw StartFailure(description: "the server did not start listening", portInUse: false)
    }

    /// Stops listening, answers waiting pages, closes connections.
    func stop() async {
        front.stop()
        await status.releaseAll()
        await server.stop(timeout: 1)
        running.withLock { $0?.cancel() }
        try? FileManager.default.removeItem(at: socketFolder)
    }

    private static func describe(_ error: any Error) -> StartFailure {
        if case SocketError.failed(_, let code, let message) = error {
            return StartFailure(description: message, portInUse: code == EADDRINUSE)
        }
        return StartFailure(description: String(describing: error), portInUse: false)
    }

    // MARK: Routes

    private func addRoutes() async {
        await server.appendRoute(HTTPRoute("GET \(LiveReload.eventsPath)")) { [status, pollTimeout] request in
            let since = request.query["since"].flatMap(Int.init) ?? -1
            let snapshot = await status.next(after: since, timeout: pollTimeout)
            return Self.json(snapshot)
        }
        await server.appendRoute("GET /*") { [weak self] request in
            guard let self else { return HTTPResponse(statusCode: .serviceUnavailable) }
            return await self.file(for: request.target.path(percentEncoded: true))
        }
        await server.appendRoute("HEAD /*") { [weak self] request in
            guard let self else { return HTTPResponse(statusCode: .serviceUnavailable) }
            var response = await self.file(for: request.target.path(percentEncoded: true))
            response.payload = .httpBody(HTTPBodySequence(data: Data()))
            return response
        }
    }

    /// The response for a raw request path.
    func file(for rawPath: String) async -> HTTPResponse {
        let resolved = SitePathResolver(root: site).resolve(rawPath)
        // A file the running build has still to write (the print page, the search bundle) is
        // sent once written: a page that reloaded early never gets an older one.
        if let resolved {
            let root = site.standardizedFileURL.path + "/"
            let path = resolved.standardizedFileURL.path
            if path.hasPrefix(root) { await status.waitUntilWritten(String(path.dropFirst(root.count))) }
        }
        // The generation before the file: a file newer than it reloads once more, never the reverse.
        let generation = await status.snapshot.generation
        guard let url = resolved else {
            let wantsHome = rawPath == "/" || rawPath == "/index.html"
            if wantsHome, !FileManager.default.fileExists(atPath: site.path) {
                return Self.html(LiveReload.placeholderPage(generation: generation))
            }
            return HTTPResponse(
                statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                body: Data("404 Not Found\n".utf8))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return HTTPResponse(statusCode: .notFound, body: Data("404 Not Found\n".utf8))
        }
        let type = ContentType.forFile(url.lastPathComponent)
        if type == ContentType.html {
            return Self.html(LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: generation))
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: data)
    }

    private static func html(_ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: [.contentType: ContentType.html, .cacheControl: "no-store"], body: Data(text.utf8))
    }

    private static func json(_ snapshot: BuildStatus.Snapshot) -> HTTPResponse {
        let body = (try? JSONEncoder().encode(snapshot)) ?? Data("{}".utf8)
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"], body: body)
    }
}
