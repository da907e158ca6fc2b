/// Why a chapter's experiments were compiled and run rather than reused from the cache,
/// as `descent build --explain` prints it.
public enum RunReason: Sendable, Equatable, CustomStringConvertible {
    /// Asked for with `--rerun`.
    case forced
    /// The chapter never ran with this cache (no entry, no record of an earlier run).
    case noEntry
    /// The experiment code changed.
    case codeChanged
    /// The library sources changed.
    case libraryChanged
    /// The compiler, the built library or the compiler flags changed.
    case compilerChanged
    /// A setting of the chapter's front matter that runs depend on (memory limit) changed.
    case settingsChanged
    /// A file the last run read changed (the path as the program named it).
    case dataFileChanged(String)
    /// The key is the same as last time, but its entry is gone or was damaged.
    case entryLost

    /// The reason, given what the last run of the chapter was keyed on.
    static func compare(_ now: ExperimentCache.KeyParts, with last: ExperimentCache.KeyParts?) -> RunReason {
        guard let last else { return .noEntry }
        if last.code != now.code { return .codeChanged }
        if last.library != now.library { return .libraryChanged }
        if last.toolchain != now.toolchain { return .compilerChanged }
        if last.settings != now.settings { return .settingsChanged }
        return .entryLost
    }

    public var description: String {
        switch self {
        case .forced: "asked for with --rerun"
        case .noEntry: "no cached run"
        case .codeChanged: "experiment code changed"
        case .libraryChanged: "library sources changed"
        case .compilerChanged: "compiler or built library changed"
        case .settingsChanged: "memory or output limit changed"
        case .dataFileChanged(let path): "data file \(path) changed"
        case .entryLost: "cached run missing or damaged"
        }
    }
}
