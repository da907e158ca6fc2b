#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RunProtocol

/// Tells `descent build` which files a chapter's experiments read, so that editing one of
/// them re-runs the chapter (the file's digest becomes part of the chapter's cache entry).
///
/// Every loader of the library calls ``record(_:)`` with the path it is about to open —
/// whether or not the file exists, since creating a missing file must re-run the chapter
/// too. Under `descent build` (when `DESCENT_EXPERIMENT_OUTPUT` names the run's output
/// folder) this appends the event ``RunEvent/input(path:)`` to `events.jsonl` there,
/// with a single `write(2)` on a descriptor opened with `O_APPEND`, so it interleaves
/// safely with the runtime's own events. Outside a build it does nothing.
///
/// Files a chapter opens by other means (Foundation, `fopen` in chapter code) are not
/// seen; chapters should load data through the library, or call ``record(_:)`` themselves.
public enum InputFiles {
    /// Records that the running experiment reads `path` (relative paths are relative to the
    /// book's root, the experiment's working directory).
    public static func record(_ path: String) {
        guard let directory = getenv(RunEvent.outputDirectoryKey) else { return }
        let events = String(cString: directory) + "/" + RunEvent.eventsFileName
        let descriptor = open(events, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let line = Array(RunEvent.input(path: path).line.utf8)
        _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

}
