#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Notebook

/// Replaces the published site with a freshly built one in a way that never leaves a
/// half-written site behind.
///
/// The new site is built in a staging folder. Where the system has it (Linux 3.15+ on ext4,
/// btrfs, xfs, tmpfs…), publishing is one `renameat2(…, RENAME_EXCHANGE)`: the staging
/// folder and the output folder trade places in a single atomic step, so at every moment
/// `output` names either the whole old site or the whole new one, and never nothing; the
/// old site, now at the staging path, is then deleted. Elsewhere (macOS, or a file system
/// without the exchange) it falls back to two renames — output to a backup, staging into
/// place — with a window of a few microseconds in which `output` does not exist; a web
/// server reading it then answers one request with 404. If any step fails the old site is
/// put back as it was.
///
/// Folders a killed build left beside the output (`.site.previous-…`, `.site.incoming-…`)
/// are removed by the next publish, unless the build that made them is still running.
public enum SitePublisher {
    /// How the last ``publish(staging:to:)`` of this process swapped the folders (for tests).
    public enum Swap: Sendable, Equatable {
        /// No site existed: one rename.
        case firstRename
        /// `renameat2(RENAME_EXCHANGE)`: no moment without a site.
        case exchange
        /// Two renames, with a short moment without a site.
        case twoRenames
    }

    /// Moves `staging` to `output`, replacing what was there; returns how it swapped.
    ///
    /// - Parameter disposeOfPrevious: called with the folder that now holds the previous site,
    ///   after the swap, to delete it; by default it is deleted before `publish` returns.
    ///   `descent serve` deletes it on another thread, so the page reloads sooner.
    /// - Throws: a ``Diagnostic`` naming the folder and the failed step; `output` is then unchanged.
    @discardableResult
    public static func publish(staging: URL, to output: URL, disposeOfPrevious: ((URL) -> Void)? = nil) throws -> Swap {
        let dispose = disposeOfPrevious ?? { try? FileManager.default.removeItem(at: $0) }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: staging.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(file: staging.path, message: "the staging folder does not exist", hint: "render the site into it first")
        }
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let token = "\(getpid())-" + UUID().uuidString.prefix(8)
        try? fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers(beside: output)

        // A staging folder on another file system cannot be renamed into place: copy it next
        // to the output first, so that the swap itself is still a rename.
        var incoming = staging
        var copied = false
        if !sameVolume(staging, parent) {
            incoming = parent.appendingPathComponent(".\(name).incoming-\(token)")
            do {
                try fileManager.copyItem(at: staging, to: incoming)
                copied = true
            } catch {
                try? fileManager.removeItem(at: incoming)
                throw Diagnostic(file: output.path, message: "could not copy the new site next to the output: \(error.localizedDescription)")
            }
        }

        guard fileManager.fileExists(atPath: output.path) else {
            try rename(incoming, to: output, step: "move the new site into place")
            if copied { try? fileManager.removeItem(at: staging) }
            return .firstRename
        }

        // One atomic exchange where the system can: the old site lands at `incoming`.
        if exchange(incoming, output) {
            dispose(incoming)
            if copied { try? fileManager.removeItem(at: staging) }
            return .exchange
        }

        let backup = parent.appendingPathComponent(".\(name).previous-\(token)")
        do {
            try rename(output, to: backup, step: "set the previous site aside")
        } catch {
            if copied { try? fileManager.removeItem(at: incoming) }
            throw error
        }
        do {
            try rename(incoming, to: output, step: "move the new site into place")
        } catch {
            _ = Foundation.rename(backup.path, output.path)
            if copied { try? fileManager.removeItem(at: incoming) }
            throw error
        }
        dispose(backup)
        if copied { try? fileManager.removeItem(at: staging) }
        return .twoRenames
    }

    /// Removes `.<name>.previous-<pid>-…` and `.<name>.incoming-<pid>-…` folders beside
    /// `output` whose build process is gone (older names without a process id too).
    static func removeLeftovers(beside output: URL) {
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries {
            for kind in ["previous", "incoming"] {
                let prefix = ".\(name).\(kind)-"
                guard entry.hasPrefix(prefix) else { continue }
                let owner = entry.dropFirst(prefix.count).split(separator: "-").first.flatMap { pid_t($0) }
                if let owner, owner == getpid() || kill(owner, 0) == 0 || errno != ESRCH { continue }
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
            }
        }
    }

    /// Exchanges two paths atomically with `renameat2(RENAME_EXCHANGE)`; false where the
    /// system or the file system does not offer it (nothing is changed then).
    static func exchange(_ first: URL, _ second: URL) -> Bool {
        #if os(Linux)
        guard let renameat2 = Renameat2.function else { return false }
        return renameat2(AT_FDCWD, first.path, AT_FDCWD, second.path, 2 /* RENAME_EXCHANGE */) == 0
        #else
        return false
        #endif
    }

    private static func rename(_ source: URL, to destination: URL, step: String) throws {
        guard Foundation.rename(source.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw Diagnostic(
                file: destination.path, message: "could not \(step): \(reason)",
                hint: "the previous site, if any, is unchanged")
        }
    }

    private static func sameVolume(_ a: URL, _ b: URL) -> Bool {
        var first = stat(), second = stat()
        guard stat(a.path, &first) == 0, stat(b.path, &second) == 0 else { return false }
        return first.st_dev == second.st_dev
    }
}

#if os(Linux)
/// glibc's `renameat2` (2.28+), which Swift's Glibc module does not import, found at run time.
private enum Renameat2 {
    typealias Function = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
    static let function: Function? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()
}
#endif
