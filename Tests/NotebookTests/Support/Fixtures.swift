import Foundation
import Testing
@testable import Notebook

/// Access to the fixture books and to scratch folders.
enum Fixtures {
    /// The folder of fixture books shipped with the tests.
    static var directory: URL {
        Bundle.module.resourceURL!.appending(path: "Fixtures")
    }

    /// The fixture book `name`.
    static func book(_ name: String) -> URL {
        directory.appending(path: name)
    }

    /// A fresh temporary folder, removed by the caller when done.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "notebook-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Parses chapter text written inline in a test, with includes resolved against `root`.
    static func chapter(_ text: String, root: URL = directory, path: String = "chapters/01-test.md") throws(Diagnostics) -> Chapter {
        try ChapterParser(root: root).chapter(from: Array(text.utf8), path: path, slug: "01-test")
    }

    /// The diagnostics parsing `text` produces (empty when it parses).
    static func problems(_ text: String, root: URL = directory) -> [Diagnostic] {
        do {
            _ = try chapter(text, root: root)
            return []
        } catch {
            return error.items
        }
    }
}
