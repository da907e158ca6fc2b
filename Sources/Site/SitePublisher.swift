import Foundation
import Notebook

/// Replaces the published site with a freshly built one in a way that never leaves a
/// half-written site behind.
///
/// The new site is built in a staging folder; publishing renames the old output folder to a
/// backup beside it, renames the staging folder into place, and only then deletes the backup.
/// Renames within one file system are atomic, so at every moment `output` is either the whole
/// old site or the whole new one. If any step fails the old site is put back as it was.
public enum SitePublisher {
    /// Moves `staging` to `output`, replacing what was there.
    ///
    /// - Throws: a ``Diagnostic`` naming the folder and the failed step; `output` is then unchanged.
    public static func publish(staging: URL, to output: URL) throws {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: staging.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(file: staging.path, message: "the staging folder does not exist", hint: "render the site into it first")
        }
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let token = UUID().uuidString.prefix(8)
        try? fileManager.createDirectory(at: parent, withIntermediateDirectories: true)

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
            return
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
        try? fileManager.removeItem(at: backup)
        if copied { try? fileManager.removeItem(at: staging) }
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
