#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells `descent build` which files a chapter's experiments read, so that editing one of
/// them re-runs the chapter (the file's digest becomes part of the chapter's cache entry).
///
/// Every loader of the library calls ``record(_:)`` with the path it is about to open —
/// whether or not the file exists, since creating a missing file must re-run the chapter
/// too. Under `descent build` (when `DESCENT_EXPERIMENT_OUTPUT` names the run's output
/// folder) this appends one line `{"event":"input","path":"…"}` to `events.jsonl` there,
/// with a single `write(2)` on a descriptor opened with `O_APPEND`, so it interleaves
/// safely with the runtime's own events. Outside a build it does nothing.
///
/// Files a chapter opens by other means (Foundation, `fopen` in chapter code) are not
/// seen; chapters should load data through the library, or call ``record(_:)`` themselves.
public enum InputFiles {
    /// Records that the running experiment reads `path` (relative paths are relative to the
    /// book's root, the experiment's working directory).
    public static func record(_ path: String) {
        guard let directory = getenv("DESCENT_EXPERIMENT_OUTPUT") else { return }
        let events = String(cString: directory) + "/events.jsonl"
        let descriptor = open(events, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let line = Array(("{\"event\":\"input\",\"path\":" + jsonString(path) + "}\n").utf8)
        _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// `text` as a JSON string literal.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
