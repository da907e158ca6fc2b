import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 client over a plain socket to 127.0.0.1, so that request paths reach the
/// server exactly as written (URL types would resolve `..` and re-encode before sending).
enum RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// `GET path` on 127.0.0.1:port; nil when the connection fails. Each request blocks a
    /// thread of its own, not one of Dispatch's: requests the server holds (a file the build
    /// has still to write) would otherwise take the threads the server needs to answer.
    static func get(port: UInt16, _ path: String, timeout: Int = 30) async -> Response? {
        await withCheckedContinuation { continuation in
            Thread {
                continuation.resume(returning: blockingGet(port: port, path, timeout: timeout))
            }.start()
        }
    }

    private static func blockingGet(port: UInt16, _ path: String, timeout: Int) -> Response? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == request.count else { return nil }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            bytes += buffer[0..<count]
            if let response = parse(bytes), response.complete { return response.value }
        }
        return parse(bytes)?.value
    }

    /// The response in `bytes`, and whether its whole body (per Content-Length) is there.
    private static func parse(_ bytes: [UInt8]) -> (value: Response, complete: Bool)? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return nil }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        guard let statusLine = head.first, statusLine.split(separator: " ").count >= 2,
              let status = Int(statusLine.split(separator: " ")[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let headLength = text[..<split.upperBound].utf8.count
        let bodyBytes = bytes.count - headLength
        let body = String(decoding: bytes[headLength...], as: UTF8.self)
        let complete = headers["content-length"].flatMap(Int.init).map { bodyBytes >= $0 } ?? false
        return (Response(status: status, headers: headers, body: body), complete)
    }
}
