import Notebook

/// Everything that stopped a site build, each located in the chapter (or output page) at fault.
///
/// `render` collects the problems of a step before giving up, so an author sees all the
/// dangling references or bad formulas of a chapter at once rather than one per build.
public struct SiteBuildError: Error, Sendable, CustomStringConvertible {
    /// The problems, in chapter order.
    public var diagnostics: [Diagnostic]

    /// Creates an error from one or more diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic per line (hints indented below), then a count.
    public var description: String {
        let count = diagnostics.count == 1 ? "1 error" : "\(diagnostics.count) errors"
        return (diagnostics.map(\.description) + ["site build failed: \(count)"]).joined(separator: "\n")
    }
}
