#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// How a chapter program is tied to the builder's life, with util-linux's `setpriv`,
/// `unshare` and `prlimit` (Debian's `util-linux`, always installed) when they work here:
///
/// ```
/// setpriv --pdeathsig KILL --                 the wrapper dies with the builder (even kill -9)
///   unshare --pid --fork --kill-child=KILL --mount-proc --net [--map-root-user] --
///                                             a PID namespace: when its first process dies,
///                                             the kernel kills every process in it — one
///                                             that called setsid() or double-forked too;
///                                             and a network namespace with only a loopback
///                                             that is down: no network
///     prlimit --fsize=N:N --                  no file written may grow past N bytes
///       experiments                           (standard output past the cap is refused)
/// ```
///
/// Where user namespaces are not allowed, the PID namespace is left out (then a child the
/// experiment `setsid()`s away can outlive a builder killed with SIGKILL; the builder's
/// own SIGINT/SIGTERM/SIGHUP/SIGQUIT handlers still kill its process group). On a system
/// without these tools the program runs bare. `DESCENT_CONTAINMENT=none` turns it off.
///
/// A parent-death signal fires when the *thread* that started the process ends, so
/// contained processes are started from one thread that lives as long as the builder
/// (``SpawnThread``), never from a worker thread of Swift's concurrency pool.
public struct Containment: Sendable {
    /// `setpriv --pdeathsig KILL --`, if it works here.
    public internal(set) var parentDeath: [String]
    /// `unshare --pid … --`, if it works here.
    public internal(set) var pidNamespace: [String]
    /// The `prlimit` executable, if present.
    public internal(set) var prlimit: String?

    /// What works on this machine, probed once per process.
    public static let current: Containment = probe()

    /// Nothing: programs run bare.
    static let none = Containment(parentDeath: [], pidNamespace: [], prlimit: nil)

    /// The command line running `command` contained, its files limited to `fileSizeLimit`
    /// bytes when given.
    func wrap(_ command: [String], fileSizeLimit: Int? = nil, namespace: Bool = true) -> [String] {
        var line = parentDeath
        if namespace { line += pidNamespace }
        if let fileSizeLimit, let prlimit { line += [prlimit, "--fsize=\(fileSizeLimit):\(fileSizeLimit)", "--"] }
        return line + command
    }

    /// A description for `--verbose` and the README's claims.
    public var summary: String {
        var parts: [String] = []
        parts.append(parentDeath.isEmpty ? "no parent-death signal" : "parent-death signal")
        parts.append(pidNamespace.isEmpty ? "no PID namespace" : "own PID namespace")
        parts.append(pidNamespace.contains("--net") ? "no network" : "network")
        parts.append(prlimit == nil ? "no file-size limit" : "file-size limit")
        return parts.joined(separator: ", ")
    }

    static func probe() -> Containment {
        #if os(Linux)
        if ProcessInfo.processInfo.environment["DESCENT_CONTAINMENT"] == "none" { return .none }
        guard let truePath = ChildProcess.which("true") else { return .none }
        var found = Containment.none
        if let setpriv = ChildProcess.which("setpriv") {
            let prefix = [setpriv, "--pdeathsig", "KILL", "--"]
            if succeeds(prefix + [truePath]) { found.parentDeath = prefix }
        }
        if let unshare = ChildProcess.which("unshare") {
            // With a network namespace of its own (no network at all) where allowed.
            let base = [unshare, "--pid", "--fork", "--kill-child=KILL", "--mount-proc"]
            let user = ["--map-root-user"]
            let candidates = geteuid() == 0
                ? [base + ["--net"], base + ["--net"] + user, base, base + user]
                : [base + ["--net"] + user, base + user]
            for candidate in candidates where succeeds(candidate + ["--", truePath]) {
                found.pidNamespace = candidate + ["--"]
                break
            }
        }
        if let prlimit = ChildProcess.which("prlimit"), succeeds([prlimit, "--fsize=1048576:1048576", "--", truePath]) {
            found.prlimit = prlimit
        }
        return found
        #else
        return .none
        #endif
    }

    /// Whether `command` runs and exits 0 (its output discarded).
    private static func succeeds(_ command: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(filePath: command[0])
        process.arguments = Array(command.dropFirst())
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus == 0
    }
}

/// One thread, alive as long as the process, that starts child processes: a child's
/// parent-death signal is tied to the thread that started it, and the threads of Swift's
/// concurrency pool may end while the child still runs.
final class SpawnThread: @unchecked Sendable {
    /// The thread of this process.
    static let shared = SpawnThread()

    private let condition = NSCondition()
    private var jobs: [() -> Void] = []

    private init() {
        let thread = Thread { [unowned self] in self.loop() }
        thread.name = "descent-spawn"
        thread.start()
    }

    /// Runs `body` on the spawn thread and returns its result.
    func run<T>(_ body: @escaping @Sendable () -> T) -> T {
        let done = DispatchSemaphore(value: 0)
        let result = ResultBox<T>()
        condition.lock()
        jobs.append {
            result.value = body()
            done.signal()
        }
        condition.signal()
        condition.unlock()
        done.wait()
        return result.value!
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }
}

/// The memory a process tree holds: the resident set of `root` and every descendant,
/// read from `/proc` (Linux; elsewhere nil).
enum ProcessTreeMemory {
    /// Resident bytes of `root` and its descendants, or nil when `/proc` cannot tell.
    static func residentBytes(of root: pid_t) -> Int? {
        #if os(Linux)
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        var total = 0
        var pending = [root]
        var seen: Set<pid_t> = []
        var found = false
        while let pid = pending.popLast() {
            guard seen.insert(pid).inserted else { continue }
            if let pages = residentPages(pid) {
                total += pages * pageSize
                found = true
            }
            pending += children(of: pid)
        }
        return found ? total : nil
        #else
        return nil
        #endif
    }

    /// The second field of `/proc/<pid>/statm`: resident pages.
    static func residentPages(_ pid: pid_t) -> Int? {
        guard let text = readSmall("/proc/\(pid)/statm") else { return nil }
        let fields = text.split(separator: " ")
        return fields.count > 1 ? Int(fields[1]) : nil
    }

    /// The children of every thread of `pid` (`/proc/<pid>/task/<tid>/children`).
    static func children(of pid: pid_t) -> [pid_t] {
        guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return [] }
        var result: [pid_t] = []
        for task in tasks {
            guard let text = readSmall("/proc/\(pid)/task/\(task)/children") else { continue }
            result += text.split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        return result
    }

    private static func readSmall(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var text: [UInt8] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            text += buffer[0..<count]
            if text.count > 1 << 20 { break }
        }
        return String(decoding: text, as: UTF8.self)
    }
}
