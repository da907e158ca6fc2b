import Foundation

/// How chapter programs are compiled: `swiftc`, the already-built `Experiments` library
/// they link against, and the exact flags.
///
/// The library folder is a SwiftPM build folder (`.build/release`, or `.build/debug`
/// for tests) holding `libExperiments.so` and `Modules/*.swiftmodule`. The C modules the
/// library's Swift modules were built with (swift-numerics' `_NumericsShims`, the
/// package's system-library targets) must be visible to the compiler too, so their
/// module maps are passed explicitly.
public struct ExperimentToolchain: Sendable {
    /// The folder holding `libExperiments.so` and `Modules/`.
    public var libraryDirectory: URL
    /// The repository root (for the package's own C module maps).
    public var root: URL
    /// The `swiftc` executable.
    public var swiftc: String
    /// Flags chosen for speed of the whole edit-compile-run loop (see ``defaultFlags``).
    public var flags: [String]

    /// `-Onone` because a chapter program is compiled on every edit and runs briefly,
    /// its heavy lifting done inside the optimized library; `-gline-tables-only` so crash
    /// backtraces name chapter lines (full `-g` debug info costs 0.2 s more per compile and
    /// nothing reads it); Swift 5 mode so top-level notebook code may share globals
    /// with the functions it declares without concurrency annotations. Warnings stay on
    /// (nothing shows them but the compile log) so that an expression slower than
    /// ``slowTypeCheckMilliseconds`` to type-check is reported at its chapter line.
    public static let defaultFlags = ["-Onone", "-gline-tables-only", "-swift-version", "5",
                                      "-Xfrontend", "-warn-long-expression-type-checking=\(slowTypeCheckMilliseconds)"]

    /// An expression that takes longer than this to type-check gets a build warning: it costs
    /// that much on every build of its chapter, and writing a type or two usually removes it
    /// (measured: one `expect` in chapter 10 took 2.4 s; with its sums bound to `let`s, 0.01 s).
    public static let slowTypeCheckMilliseconds = 300

    /// `-use-ld=lld` when the toolchain ships LLVM's linker beside `swiftc` (Swift's Linux
    /// toolchains do): it links a chapter program in about half the time of the system's
    /// default linker. Empty otherwise.
    public var linkerFlags: [String]

    /// Whether chapter programs are compiled by running the frontend and the linker
    /// directly (see ``CompilePlan``) rather than through `swiftc`: true unless
    /// `$DESCENT_SWIFT_DRIVER` is set (to compare the two, or to rule the plan out).
    public var compilesDirectly: Bool

    /// The environment variable that makes chapter programs compile through `swiftc`.
    public static let driverEnvironmentKey = "DESCENT_SWIFT_DRIVER"

    /// The environment variable that overrides where the library is looked for.
    public static let libraryEnvironmentKey = "DESCENT_LIBRARY_DIR"

    /// Describes a library build folder found or given.
    public init(libraryDirectory: URL, root: URL, swiftc: String? = nil, flags: [String] = Self.defaultFlags) {
        self.libraryDirectory = libraryDirectory.standardizedFileURL
        self.root = root.standardizedFileURL
        let environment = ProcessInfo.processInfo.environment
        let compiler = swiftc ?? environment["SWIFTC"] ?? ChildProcess.which("swiftc") ?? "/usr/bin/swiftc"
        self.swiftc = compiler
        self.flags = flags
        compilesDirectly = environment[Self.driverEnvironmentKey] == nil
        let lld = URL(filePath: compiler).resolvingSymlinksInPath().deletingLastPathComponent().appending(path: "ld.lld")
        #if os(Linux)
        linkerFlags = FileManager.default.isExecutableFile(atPath: lld.path) ? ["-use-ld=lld"] : []
        #else
        linkerFlags = []
        #endif
    }

    /// The library folder to use: `explicit` if given, else `$DESCENT_LIBRARY_DIR`, else
    /// the folder of the running executable.
    public static func defaultLibraryDirectory(explicit: String? = nil) -> URL {
        if let explicit { return URL(filePath: explicit) }
        if let fromEnvironment = ProcessInfo.processInfo.environment[libraryEnvironmentKey] {
            return URL(filePath: fromEnvironment)
        }
        let executable = URL(filePath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        let running = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            .map { URL(filePath: $0) } ?? executable
        return running.deletingLastPathComponent()
    }

    /// The built library, `libExperiments.so` (or `.dylib`).
    public var libraryFile: URL {
        #if os(macOS)
        libraryDirectory.appending(path: "libExperiments.dylib")
        #else
        libraryDirectory.appending(path: "libExperiments.so")
        #endif
    }

    /// A diagnostic if the library is not built in ``libraryDirectory``, else nil.
    public func missingLibrary() -> Diagnostic? {
        let module = libraryDirectory.appending(path: "Modules/Experiments.swiftmodule")
        let manager = FileManager.default
        if manager.fileExists(atPath: libraryFile.path), manager.fileExists(atPath: module.path) { return nil }
        return Diagnostic(
            file: libraryDirectory.path,
            message: "the Experiments library is not built here (no libExperiments and Modules/Experiments.swiftmodule)",
            hint: "build it with `swift build -c release --product Experiments` (./descent does), "
                + "or point --library-dir / $\(Self.libraryEnvironmentKey) at the folder holding it")
    }

    /// The SwiftPM scratch folder the library folder belongs to (`.build`).
    var scratchDirectory: URL? {
        var candidate = libraryDirectory
        for _ in 0..<3 {
            if FileManager.default.fileExists(atPath: candidate.appending(path: "checkouts").path) { return candidate }
            candidate = candidate.deletingLastPathComponent()
        }
        return nil
    }

    /// Module maps of C modules the library's Swift modules may load: those of
    /// dependencies' C targets (under the scratch folder's `checkouts/`) and of the
    /// package's own C and system-library targets.
    func moduleMaps() -> [URL] {
        var maps: [URL] = []
        let manager = FileManager.default
        func scanTargets(in sources: URL) {
            guard let targets = try? manager.contentsOfDirectory(atPath: sources.path) else { return }
            for target in targets.sorted() {
                for candidate in ["module.modulemap", "include/module.modulemap"] {
                    let map = sources.appending(path: target).appending(path: candidate)
                    if manager.fileExists(atPath: map.path) { maps.append(map) }
                }
            }
        }
        if let checkouts = scratchDirectory?.appending(path: "checkouts"),
           let packages = try? manager.contentsOfDirectory(atPath: checkouts.path) {
            for package in packages.sorted() { scanTargets(in: checkouts.appending(path: package).appending(path: "Sources")) }
        }
        // The package that built the library sits above its scratch folder; the chapters'
        // repository root usually is that folder, but not for a book kept elsewhere.
        let package = scratchDirectory?.deletingLastPathComponent() ?? root
        scanTargets(in: package.appending(path: "Sources"))
        return maps
    }

    /// The `swiftc` arguments compiling `source` into the executable `output`.
    ///
    /// - Parameter moduleCache: where clang keeps its compiled module cache.
    public func arguments(source: URL, output: URL, moduleCache: URL) -> [String] {
        var arguments = [source.path, "-o", output.path, "-module-name", "ChapterExperiments"] + flags + linkerFlags
        arguments += ["-diagnostic-style", "llvm", "-no-color-diagnostics"]
        arguments += ["-I", libraryDirectory.appending(path: "Modules").path]
        for map in moduleMaps() {
            arguments += ["-Xcc", "-fmodule-map-file=\(map.path)"]
            if map.deletingLastPathComponent().lastPathComponent == "include" {
                arguments += ["-Xcc", "-I", "-Xcc", map.deletingLastPathComponent().path]
            }
        }
        for directory in SystemHeaders.includeDirectories { arguments += ["-Xcc", "-I\(directory)"] }
        arguments += ["-module-cache-path", moduleCache.path]
        arguments += ["-L", libraryDirectory.path, "-lExperiments"]
        arguments += ["-Xlinker", "-rpath", "-Xlinker", libraryDirectory.path]
        return arguments
    }

    /// Identifies the compiler, the library build and the flags without running anything:
    /// the size and modification time of the compiler and of the built library
    /// (`libExperiments` and the modules chapters import), SwiftPM's recorded compiler
    /// version in the library folder, and the flags.
    public var fingerprint: String { fingerprint(includingLibrary: true) }

    /// The fingerprint without the built library's files: the compiler, SwiftPM's recorded
    /// compiler version, the library folder and the flags (see ``LibraryCode`` for the library).
    var compilerFingerprint: String { fingerprint(includingLibrary: false) }

    private func fingerprint(includingLibrary: Bool) -> String {
        var parts = ["flags=" + (flags + linkerFlags).joined(separator: " ")]
        let manager = FileManager.default
        let resolved = URL(filePath: swiftc).resolvingSymlinksInPath()
        // The compiler, and the built library the chapter links: any rebuild of either
        // changes its size or date, even when the book lives outside the library's package
        // (where the source digest cannot see the library's sources).
        let library = ["libExperiments.so", "libExperiments.dylib"].map { libraryDirectory.appending(path: $0) }
            + ["Experiments", "Descent", "Plotting", "RunProtocol"].map { libraryDirectory.appending(path: "Modules/\($0).swiftmodule") }
        for file in [resolved, resolved.deletingLastPathComponent().appending(path: "swift-frontend")] + (includingLibrary ? library : []) {
            if let attributes = try? manager.attributesOfItem(atPath: file.path) {
                let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                parts.append("\(file.path) \(size) \(modified)")
            }
        }
        if let names = try? manager.contentsOfDirectory(atPath: libraryDirectory.path) {
            for name in names.sorted() where name.hasPrefix("swift-version") {
                let text = (try? String(contentsOf: libraryDirectory.appending(path: name), encoding: .utf8)) ?? ""
                parts.append(text)
            }
        }
        parts.append("library=" + libraryDirectory.path)
        return parts.joined(separator: "\n")
    }
}

/// Include directories of the system libraries the package's C module maps wrap (cairo's
/// headers include glib, pixman…), asked of pkg-config once per process and only when
/// something is compiled.
enum SystemHeaders {
    static let includeDirectories: [String] = {
        guard let pkgConfig = ChildProcess.which("pkg-config") else { return [] }
        let process = Process()
        process.executableURL = URL(filePath: pkgConfig)
        process.arguments = ["--cflags-only-I", "cairo"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return [] }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return [] }
        return String(decoding: data, as: UTF8.self)
            .split(whereSeparator: { $0 == " " || $0 == "\n" })
            .filter { $0.hasPrefix("-I") }
            .map { String($0.dropFirst(2)) }
    }()
}
