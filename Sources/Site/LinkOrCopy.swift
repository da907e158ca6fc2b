import Foundation

extension FileManager {
    /// Puts `source` at `destination`: a hard link where the file system allows (figures and
    /// fonts are written once and never changed in place, so sharing them costs nothing),
    /// a copy otherwise. Creates the folder and replaces whatever was there.
    func linkOrCopy(_ source: URL, to destination: URL) throws {
        try createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? removeItem(at: destination)
        do {
            try linkItem(at: source, to: destination)
        } catch {
            try copyItem(at: source, to: destination)
        }
    }
}
