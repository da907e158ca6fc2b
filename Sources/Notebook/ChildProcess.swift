#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// A child process in its own process group, with its output sent to files, an optional
/// wall-clock limit and an optional memory limit; on time-out, memory limit or
/// cancellation the whole group is killed, so nothing the child started (the compiler's
/// frontend and linker, an experiment's own children) outlives it. A contained child
/// (``Containment``) also dies with the builder, however the builder ends.
struct ChildProcess: Sendable {
    /// How the process ended.
    enum Termination: Equatable, Sendable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal killed it (a trap is SIGILL or SIGTRAP; a crash SIGSEGV, SIGBUS…).
        case signaled(Int32)
        /// It was still running at the time limit and was killed.
        case timedOut
        /// Its process tree held more than the memory limit (this many bytes) and was killed.
        case memoryExceeded(Int)
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
    /// Bytes of memory (resident, the whole process tree) after which the group is killed.
    var memoryLimit: Int?
    /// How the process is tied to the builder (``Containment/none``: not at all).
    var containment: Containment = .none
    /// Whether the child gets its own PID namespace, when ``containment`` has one.
    var ownNamespace = false
    /// The largest file the child may write, in bytes (standard output included), if any.
    var fileSizeLimit: Int?

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
        var delay: UInt64 = 250_000
        var memoryCheckedAt = start
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped == -1, errno != EINTR { throw SpawnError(executable: executable, code: errno) }
            let now = ContinuousClock.now
            let elapsed = Self.seconds(now - start)
            if let timeLimit, elapsed >= timeLimit {
                killGroup(pid)
                return (.timedOut, elapsed)
            }
            // Reading the process tree's memory walks /proc: every 10 ms, not every poll.
            if let memoryLimit, now - memoryCheckedAt >= .milliseconds(10) {
                memoryCheckedAt = now
                if let resident = ProcessTreeMemory.residentBytes(of: pid), resident > memoryLimit {
                    killGroup(pid)
                    return (.memoryExceeded(resident), Self.seconds(ContinuousClock.now - start))
                }
            }
            if Task.isCancelled {
                killGroup(pid)
                throw CancellationError()
            }
            try? await Task.sleep(nanoseconds: delay)
            // Polled often: the time between a child's exit and its noticing is paid on
            // every compile, link and run of an edit (was up to 20 ms each); a `waitpid`
            // every 2 ms costs nothing measurable.
            delay = min(delay * 2, 2_000_000)
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
        // From the spawn thread: a parent-death signal follows the thread that spawned.
        let result: Result<pid_t, SpawnError> = SpawnThread.shared.run { [self] in
            do { return .success(try self.spawnHere()) } catch let error as SpawnError { return .failure(error) }
            catch { return .failure(SpawnError(executable: executable, code: EINVAL)) }
        }
        return try result.get()
    }

    private func spawnHere() throws -> pid_t {
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
            _ = addChdir(&actions, workingDirectory)
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
        // SIGQUIT too: a builder started in the background by a shell ignores it, and an
        // ignored signal stays ignored across exec. SIGXFSZ is left ignored (see
        // ``ignoreFileSizeSignal``): a write past the file-size limit then fails instead
        // of killing the experiment.
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        Self.ignoreFileSizeSignal
        let command = containment.wrap([executable] + arguments, fileSizeLimit: fileSizeLimit, namespace: ownNamespace)
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
        guard code == 0 else { throw SpawnError(executable: command[0], code: code) }
        return pid
    }

    /// Ignores SIGXFSZ in the builder (once), so children inherit it ignored.
    private static let ignoreFileSizeSignal: Void = {
        signal(SIGXFSZ, SIG_IGN)
    }()

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
