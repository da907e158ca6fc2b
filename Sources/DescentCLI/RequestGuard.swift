#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// The front door of `descent serve`: it accepts connections on the public address, reads
/// each request's head under limits, and hands only well-formed, bounded requests to the
/// FlyingFox server behind it (listening on a Unix socket in a private folder, out of other
/// clients' reach).
///
/// FlyingFox 0.27.1 has no limit on the request line or headers and no time limit on
/// reading them (its `timeout` bounds handlers only), and it parses a request line in time
/// quadratic in its length: two clients sending 2 MiB URLs kept it busy for good. Here:
/// - a request line over ``maxRequestLine`` bytes is answered `414 URI Too Long`, a head
///   over ``maxHead`` bytes `431 Request Header Fields Too Large`, both as soon as the
///   limit is crossed, without reading further;
/// - a head not complete within ``headTimeout`` seconds is answered `408 Request Timeout`;
/// - at most ``maxConnections`` connections are served at once; more are closed at once;
/// - one request per connection (`Connection: close` is set on the forwarded request), so
///   no later request on a kept-alive connection escapes the checks.
/// Each connection has its own thread, so a slow or hostile client never delays another.
final class RequestGuard: Sendable {
    /// The longest request line accepted, in bytes.
    static let maxRequestLine = 8 * 1024
    /// The longest request head (request line and headers) accepted, in bytes.
    static let maxHead = 32 * 1024
    /// Seconds a client has to send a whole request head.
    static let headTimeout = 10.0
    /// Seconds a forwarded exchange may stay silent both ways before it is closed.
    static let idleTimeout = 120.0
    /// Connections served at once.
    static let maxConnections = 128

    /// Why listening failed.
    struct ListenFailure: Error {
        var code: Int32
        var message: String
    }

    private let listener: Int32
    /// The port listened on.
    let port: UInt16
    private let backend = Mutex<String?>(nil)
    private let active = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)

    /// Listens on `host:port` (an IPv4 or IPv6 address; port 0: any free one).
    init(host: String, port: UInt16) throws(ListenFailure) {
        let isSix = host.contains(":")
        let descriptor = socket(isSix ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ListenFailure(code: errno, message: String(cString: strerror(errno))) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var bound: Int32
        if isSix {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = port.bigEndian
            guard inet_pton(AF_INET6, host, &address.sin6_addr) == 1 else {
                close(descriptor)
                throw ListenFailure(code: EINVAL, message: "\(host) is not an IP address")
            }
            bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
                close(descriptor)
                throw ListenFailure(code: EINVAL, message: "\(host) is not an IP address")
            }
            bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        guard bound == 0, listen(descriptor, 128) == 0 else {
            let code = errno
            close(descriptor)
            throw ListenFailure(code: code, message: String(cString: strerror(code)))
        }
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        let chosen: UInt16 = withUnsafePointer(to: &storage) { pointer in
            isSix
                ? pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
                : pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
        self.listener = descriptor
        self.port = chosen
    }

    /// Starts accepting, forwarding good requests to the Unix socket at `backendPath`.
    func start(backendPath: String) {
        backend.withLock { $0 = backendPath }
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "descent-serve-accept"
        thread.start()
    }

    /// Stops accepting (connections being served finish on their own).
    func stop() {
        guard !stopped.exchange(true, ordering: .sequentiallyConsistent) else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while !stopped.load(ordering: .sequentiallyConsistent) {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                if stopped.load(ordering: .sequentiallyConsistent) { return }
                // Out of descriptors or similar: wait a little rather than spin.
                usleep(10_000)
                continue
            }
            var noSignal: Int32 = 1
            #if os(macOS)
            setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &noSignal, socklen_t(MemoryLayout<Int32>.size))
            #endif
            _ = noSignal
            guard active.add(1, ordering: .sequentiallyConsistent).newValue <= Self.maxConnections else {
                active.subtract(1, ordering: .sequentiallyConsistent)
                close(client)
                continue
            }
            let thread = Thread { [self] in
                serve(client)
                close(client)
                active.subtract(1, ordering: .sequentiallyConsistent)
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
    }

    /// What reading a request head gave.
    enum Head: Equatable {
        /// The head (up to and including the blank line) and any bytes read after it.
        case complete(head: [UInt8], rest: [UInt8])
        /// Refused with this status line.
        case refused(String)
        /// The client went away.
        case closed
    }

    /// Reads a request head from `client` under the limits.
    static func readHead(from client: Int32, timeout: Double = headTimeout) -> Head {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var lineEnd: Int?
        var searchFrom = 0
        while true {
            let remaining = deadline - ContinuousClock.now
            let milliseconds = Int(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)
            guard milliseconds > 0 else { return .refused("408 Request Timeout") }
            var descriptor = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(milliseconds, 1000)))
            if ready < 0, errno != EINTR { return .closed }
            if ready <= 0 { continue }
            let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            guard count > 0 else { return .closed }
            bytes += buffer[0..<count]
            if lineEnd == nil {
                lineEnd = find([13, 10], in: bytes, from: max(0, searchFrom - 1))
                if lineEnd == nil, bytes.count > maxRequestLine { return .refused("414 URI Too Long") }
                if let end = lineEnd, end > maxRequestLine { return .refused("414 URI Too Long") }
            }
            if let end = find([13, 10, 13, 10], in: bytes, from: max(0, searchFrom - 3)) {
                guard end + 4 <= maxHead else { return .refused("431 Request Header Fields Too Large") }
                return .complete(head: Array(bytes[..<(end + 4)]), rest: Array(bytes[(end + 4)...]))
            }
            if bytes.count > maxHead { return .refused("431 Request Header Fields Too Large") }
            searchFrom = bytes.count
        }
    }

    /// The head with its connection-management headers replaced by `Connection: close`.
    static func closingHead(_ head: [UInt8]) -> [UInt8] {
        let text = String(decoding: head, as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let dropped = ["connection", "keep-alive", "proxy-connection"]
        lines = [lines[0]] + lines.dropFirst().filter { line in
            let name = line.prefix(while: { $0 != ":" }).lowercased().trimmingCharacters(in: .whitespaces)
            return !dropped.contains(name)
        }
        return Array((lines + ["Connection: close", "", ""]).joined(separator: "\r\n").utf8)
    }

    private func serve(_ client: Int32) {
        switch Self.readHead(from: client) {
        case .closed:
            return
        case .refused(let status):
            let response = "HTTP/1.1 \(status)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: \(status.utf8.count + 1)\r\nConnection: close\r\n\r\n\(status)\n"
            Self.sendAll(Array(response.utf8), to: client)
            shutdown(client, Int32(SHUT_WR))
            Self.drain(client)
        case .complete(let head, let rest):
            guard let path = backend.withLock({ $0 }), let upstream = Self.connectUnix(path) else {
                Self.sendAll(Array("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8), to: client)
                return
            }
            defer { close(upstream) }
            guard Self.sendAll(Self.closingHead(head) + rest, to: upstream) else { return }
            Self.splice(client, upstream)
        }
    }

    /// Copies bytes both ways until the server closes its side (the response is complete)
    /// or nothing moves for ``idleTimeout`` seconds.
    private static func splice(_ client: Int32, _ upstream: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        var clientOpen = true
        while true {
            var descriptors = [pollfd(fd: upstream, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: clientOpen ? client : -1, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 2, Int32(idleTimeout * 1000))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { return }
            if descriptors[0].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { recv(upstream, $0.baseAddress, $0.count, 0) }
                if count <= 0 {
                    shutdown(client, Int32(SHUT_WR))
                    return
                }
                guard sendAll(Array(buffer[0..<count]), to: client) else { return }
            }
            if clientOpen, descriptors[1].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
                if count <= 0 {
                    // The client is done sending (or gone): let the server finish its answer.
                    clientOpen = false
                    shutdown(upstream, Int32(SHUT_WR))
                } else if !sendAll(Array(buffer[0..<count]), to: upstream) {
                    return
                }
            }
        }
    }

    /// Reads and drops what the client still sends, for up to a second: closing a socket
    /// with unread bytes resets the connection, and the client would lose the answer.
    private static func drain(_ client: Int32) {
        let deadline = ContinuousClock.now + .seconds(1)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while ContinuousClock.now < deadline {
            var descriptor = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return }
        }
    }

    @discardableResult
    private static func sendAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var done = 0
        while done < bytes.count {
            #if os(Linux)
            let flags = Int32(MSG_NOSIGNAL)
            #else
            let flags: Int32 = 0
            #endif
            let count = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress! + done, $0.count - done, flags) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            done += count
        }
        return true
    }

    private static func connectUnix(_ path: String) -> Int32? {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard path.utf8.count < capacity else {
            close(descriptor)
            return nil
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.enumerated() { raw[index] = byte }
            raw[path.utf8.count] = 0
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// The first index of `needle` in `bytes` at or after `start`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], Array(bytes[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
