#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Headless Chromium driven through the DevTools protocol over `--remote-debugging-pipe`
/// (file descriptors 3 and 4, messages separated by NUL): no driver, no WebSocket, and
/// trusted input events — a key press sent here moves a range input as a real one does,
/// which a script-dispatched `KeyboardEvent` cannot.
final class DevTools {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let pid: pid_t
    private let input: Int32, output: Int32
    private var buffer: [UInt8] = []
    private var nextID = 0
    private var session: String?
    private let profile: URL

    /// Starts the browser with a `width`×`height` window and attaches to its page.
    init(chromium: String, width: Int = 1280, height: Int = 900) throws {
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("descent-devtools-\(UUID().uuidString.prefix(8))")
        var toBrowser: [Int32] = [0, 0], fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure(description: "pipe failed") }
        // Out of the way of 3 and 4, and closed in the child unless duplicated there.
        let (childIn, childOut) = (fcntl(toBrowser[0], F_DUPFD_CLOEXEC, 10), fcntl(fromBrowser[1], F_DUPFD_CLOEXEC, 10))
        for fd in [toBrowser[0], fromBrowser[1]] { close(fd) }
        input = fcntl(fromBrowser[0], F_DUPFD_CLOEXEC, 10)
        output = fcntl(toBrowser[1], F_DUPFD_CLOEXEC, 10)
        close(fromBrowser[0]); close(toBrowser[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, childIn, 3)
        posix_spawn_file_actions_adddup2(&actions, childOut, 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                         "--remote-debugging-pipe", "--user-data-dir=\(profile.path)", "--window-size=\(width),\(height)",
                         "about:blank"]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, chromium, &actions, nil, &argv, environ)
        close(childIn); close(childOut)
        guard status == 0 else { throw Failure(description: "could not start \(chromium): \(String(cString: strerror(status)))") }
        pid = child
        let targets = try send("Target.getTargets")
        guard let infos = targets["targetInfos"] as? [[String: Any]],
              let page = infos.first(where: { $0["type"] as? String == "page" })?["targetId"] as? String else {
            throw Failure(description: "no page target: \(targets)")
        }
        session = try send("Target.attachToTarget", ["targetId": page, "flatten": true])["sessionId"] as? String
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(input); close(output)
        try? FileManager.default.removeItem(at: profile)
    }

    /// Sends a command to the page (or, before attaching, the browser) and returns its result.
    @discardableResult
    func send(_ method: String, _ parameters: [String: Any] = [:], timeout: Double = 20) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure(description: "the browser closed its pipe") }
            written += n
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            while let end = buffer.firstIndex(of: 0) {
                let line = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                guard let reply = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                      reply["id"] as? Int == nextID else { continue }
                if let error = reply["error"] { throw Failure(description: "\(method): \(error)") }
                return reply["result"] as? [String: Any] ?? [:]
            }
            var poller = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let left = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
            guard left > 0, poll(&poller, 1, left) > 0 else { throw Failure(description: "\(method): no answer in \(timeout) s") }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = read(input, &chunk, chunk.count)
            guard n > 0 else { throw Failure(description: "the browser closed its pipe") }
            buffer += chunk[..<n]
        }
    }

    /// The value of a JavaScript expression in the page (promises awaited).
    func evaluate(_ expression: String) throws -> Any? {
        let result = try send("Runtime.evaluate", ["expression": expression, "awaitPromise": true, "returnByValue": true])
        if let exception = result["exceptionDetails"] { throw Failure(description: "\(expression): \(exception)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Polls `expression` until it is true, for at most `seconds`.
    func wait(until expression: String, seconds: Double = 10) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try evaluate(expression) as? Bool == true { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Presses and releases a key (`"ArrowRight"`, with its Windows virtual key code).
    func press(_ key: String, code: Int) throws {
        for type in ["keyDown", "keyUp"] {
            try send("Input.dispatchKeyEvent", ["type": type, "key": key, "code": key, "windowsVirtualKeyCode": code])
        }
    }
}
