#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Which code produced a site's figures and outputs, shown in a small footer on every page:
/// the digest of the library sources the experiments were compiled against, the Swift
/// compiler, and the build date.
///
/// The date is the date of the inputs, not of the build, so that rebuilding unchanged inputs
/// writes identical pages: `SOURCE_DATE_EPOCH` (the reproducible-builds convention) when set,
/// otherwise the newest modification time among the chapters and library sources, as a UTC day.
public struct Provenance: Sendable, Equatable {
    /// SHA-256 of the library sources (see Notebook's `SourceDigest`); the footer shows its first 12 digits.
    public var libraryDigest: String
    /// "Swift 6.3.1", say.
    public var swiftVersion: String
    /// "2026-11-30".
    public var date: String

    /// Creates a record.
    public init(libraryDigest: String, swiftVersion: String, date: String) {
        self.libraryDigest = libraryDigest
        self.swiftVersion = swiftVersion
        self.date = date
    }

    /// The footer's HTML.
    var footerHTML: String {
        let short = String(libraryDigest.prefix(12))
        return "<footer class=\"site-footer\">Built \(HTML.text(date)) with \(HTML.text(swiftVersion)) against library sources "
            + "<code title=\"SHA-256 \(HTML.attribute(libraryDigest))\">\(HTML.text(short))</code>.</footer>"
    }

    /// The compiler's version from the first line of `swiftc --version` (or SwiftPM's
    /// `swift-version-*.txt` in a build folder): "Swift version 6.3.1 (swift-6.3.1-RELEASE)" → "Swift 6.3.1".
    public static func swiftVersion(fromVersionText text: String) -> String? {
        guard let range = text.range(of: "Swift version ") else { return nil }
        let version = text[range.upperBound...].prefix { !$0.isWhitespace }
        return version.isEmpty ? nil : "Swift \(version)"
    }

    /// The version recorded in a SwiftPM build folder (`swift-version-*.txt`), if any.
    public static func swiftVersion(inBuildFolder folder: URL) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where name.hasPrefix("swift-version") {
            if let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
               let version = swiftVersion(fromVersionText: text) { return version }
        }
        return nil
    }

    /// The inputs' date: `SOURCE_DATE_EPOCH` if set and valid, else the newest modification
    /// time of the regular files under `inputs`, as `yyyy-mm-dd` in UTC.
    public static func inputDate(_ inputs: [URL], environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            return day(Date(timeIntervalSince1970: epoch))
        }
        var newest = 0
        for input in inputs { newest = max(newest, newestModification(under: input.path)) }
        let newestDate = Date(timeIntervalSince1970: TimeInterval(newest))
        return day(newestDate)
    }

    /// The newest modification time (seconds) of the regular files under the folder `path`,
    /// hidden files and folders (`.name`) left out and symbolic links not followed; 0 for none.
    /// `readdir` and `lstat` directly: Foundation's enumerator with resource values took 6 ms
    /// of every serve build for the chapters and library sources.
    static func newestModification(under path: String) -> Int {
        guard let folder = opendir(path) else { return 0 }
        defer { closedir(folder) }
        var newest = 0
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            let child = path + "/" + name
            var info = stat()
            guard lstat(child, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                #if canImport(Darwin)
                newest = max(newest, Int(info.st_mtimespec.tv_sec))
                #else
                newest = max(newest, Int(info.st_mtim.tv_sec))
                #endif
            case S_IFDIR: newest = max(newest, newestModification(under: child))
            default: continue
            }
        }
        return newest
    }

    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
