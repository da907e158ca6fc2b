#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// A child process in its own process group, with its output sent to files and an
/// optional wall-clock limit; on time-out or cancellation the whole group is killed, so
/// nothing the child started (the compiler's frontend and linker, an experiment's own
/// children) outlives it.
struct ChildProcess {
    /// How the process ended.
    enum Termination: Equatable, Sendable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal killed it (a trap is SIGILL or SIGTRAP; a crash SIGSEGV, SIGBUS…).
        case signaled(Int32)
        /// It was still running at the time limit and was killed.
        case timedOut
    }

    /// The program to run (an absolute path).
    var executable: String
    /// Its arguments, without the program name.
    var arguments: [String]
    /// Its environment.
    var environment: [String: String] = ProcessInfo.processInfo.environment
    /// The file receiving standard output (created or truncated).
    var standardOutput: String
    /// The file receiving standard error (created or truncated).
    var standardError: String
    /// Seconds after which the process group is killed, if any.
    var timeLimit: Double?
    /// The folder the process starts in (nil: the builder's current directory).
    var workingDirectory: String?

    /// A spawn failure: the program could not be started.
    struct SpawnError: Error, CustomStringConvertible {
        var executable: String
        var code: Int32
        var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
    }

    /// Runs the process to completion and reports how it ended and how long it took.
    func run() async throws -> (termination: Termination, seconds: Double) {
        let start = ContinuousClock.now
        let pid = try spawn()
        RunningGroups.shared.insert(pid)
        defer { RunningGroups.shared.remove(pid) }
        var status: Int32 = 0
        var delay: UInt64 = 1_000_000
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped == -1, errno != EINTR { throw SpawnError(executable: executable, code: errno) }
            let elapsed = Self.seconds(ContinuousClock.now - start)
            if let timeLimit, elapsed >= timeLimit {
                killGroup(pid)
                return (.timedOut, elapsed)
            }
            if Task.isCancelled {
                killGroup(pid)
                throw CancellationError()
            }
            try? await Task.sleep(nanoseconds: delay)
            delay = min(delay * 2, 20_000_000)
        }
        // Anything the child left running in its group goes with it.
        kill(-pid, SIGKILL)
        let seconds = Self.seconds(ContinuousClock.now - start)
        // WIFEXITED/WTERMSIG are macros Swift does not import.
        let signal = status & 0x7f
        if signal == 0 { return (.exited((status >> 8) & 0xff), seconds) }
        return (.signaled(signal), seconds)
    }

    private func killGroup(_ pid: pid_t) {
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }

    private func spawn() throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if let workingDirectory {
            guard let addChdir = SpawnExtensions.addChdir else {
                throw SpawnError(executable: executable, code: ENOSYS)
            }
            addChdir(&actions, workingDirectory)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw SpawnError(executable: executable, code: code) }
        return pid
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    /// The absolute path of `name` found on `PATH`, or nil.
    static func which(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for directory in (path ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = directory + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// The process groups of children still running, so that an interrupted build (Ctrl-C)
/// can take them down too: each child has its own group, so the terminal's SIGINT does
/// not reach it, and an experiment stuck in a loop would otherwise outlive the build.
public final class RunningGroups: Sendable {
    /// The groups of this process's children.
    public static let shared = RunningGroups()
    private let groups = Mutex<Set<pid_t>>([])

    func insert(_ pid: pid_t) { groups.withLock { _ = $0.insert(pid) } }
    func remove(_ pid: pid_t) { groups.withLock { _ = $0.remove(pid) } }

    /// Kills every running child's process group.
    public func killAll() {
        for pid in groups.withLock({ $0 }) { kill(-pid, SIGKILL) }
    }
}

/// `posix_spawn` extensions Swift's C import does not expose, looked up at run time.
enum SpawnExtensions {
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?) -> Int32

    /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29, macOS 10.15), or nil.
    static let addChdir: AddChdir? = {
        #if os(macOS)
        let everywhere = UnsafeMutableRawPointer(bitPattern: -2)
        #else
        let everywhere = UnsafeMutableRawPointer(bitPattern: 0)
        #endif
        guard let symbol = dlsym(everywhere, "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()
}
