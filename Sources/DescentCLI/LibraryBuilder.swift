import Foundation
import Notebook

/// Rebuilds the Experiments library that chapters link against, when its sources changed
/// under `descent serve`: `swift build -c CONFIGURATION --product Experiments` from the
/// repository root, in the same build folder and configuration as the library in use
/// (found from its folder, e.g. `.build/x86_64-unknown-linux-gnu/release` → `-c release`,
/// `--scratch-path .build`).
struct LibraryBuilder: Sendable {
    /// The repository root.
    var root: URL
    /// `debug` or `release`.
    var configuration: String
    /// The SwiftPM build folder.
    var scratchPath: URL

    /// The builder for the library in `libraryDirectory`, or nil when that folder is not a
    /// SwiftPM `debug` or `release` build folder (then there is nothing sensible to run).
    init?(libraryDirectory: URL, root: URL) {
        let real = libraryDirectory.resolvingSymlinksInPath().standardizedFileURL
        let name = real.lastPathComponent
        guard name == "debug" || name == "release" else { return nil }
        let parent = real.deletingLastPathComponent()
        // `.build/<triple>/release` (the real folder) or `.build/release` (a plain layout).
        let scratch = parent.lastPathComponent.contains("-") && !parent.lastPathComponent.hasPrefix(".")
            ? parent.deletingLastPathComponent() : parent
        self.root = root
        self.configuration = name
        self.scratchPath = scratch
    }

    /// The command line, for messages.
    var arguments: [String] {
        ["swift", "build", "-c", configuration, "--scratch-path", scratchPath.path, "--product", "Experiments"]
    }

    /// Runs the build; on failure returns its errors as diagnostics (`file:line:col: error:`
    /// lines of the output), or the end of its output when it has none.
    func build() async -> [Diagnostic] {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return [Diagnostic(file: "Package.swift", message: "could not run `\(arguments.joined(separator: " "))`: \(error)")]
        }
        let output: Data = await withTaskCancellationHandler {
            await Task.detached { pipe.fileHandleForReading.readDataToEndOfFile() }.value
        } onCancel: {
            process.terminate()
        }
        process.waitUntilExit()
        guard process.terminationStatus != 0 else { return [] }
        return Self.diagnostics(in: String(decoding: output, as: UTF8.self), root: root, command: arguments)
    }

    /// The `path:line:column: error: message` lines of compiler output, paths made relative
    /// to `root`; one diagnostic with the output's last lines when there are none.
    static func diagnostics(in output: String, root: URL, command: [String]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let prefix = root.standardizedFileURL.path + "/"
        for line in output.split(separator: "\n") {
            guard let marker = line.range(of: ": error: ") else { continue }
            let location = line[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard location.count >= 3, let lineNumber = Int(location[location.count - 2]),
                  let column = Int(location[location.count - 1]) else { continue }
            var file = location.dropLast(2).joined(separator: ":")
            if file.hasPrefix(prefix) { file.removeFirst(prefix.count) }
            let diagnostic = Diagnostic(file: file, line: lineNumber, column: column, message: String(line[marker.upperBound...]))
            if !found.contains(diagnostic) { found.append(diagnostic) }
        }
        if found.isEmpty {
            let tail = output.split(separator: "\n").suffix(15).joined(separator: "\n")
            found.append(Diagnostic(
                file: "Sources/Experiments", message: "the library did not build (`\(command.joined(separator: " "))`)",
                hint: tail.isEmpty ? nil : tail))
        }
        return found
    }
}
