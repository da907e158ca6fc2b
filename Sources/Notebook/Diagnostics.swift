/// Several problems found in one pass, so an author fixes them all in one go instead of
/// one per build.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order they were found.
    public var items: [Diagnostic]

    /// Creates a list of problems.
    public init(_ items: [Diagnostic]) {
        self.items = items
    }

    /// Every diagnostic, separated by blank lines.
    public var description: String {
        items.map(\.description).joined(separator: "\n\n")
    }
}

extension Error {
    /// The diagnostics this error carries: itself if it is one, its items if it is a list,
    /// otherwise one diagnostic (located at `file`) describing it.
    public func diagnostics(defaultFile file: String) -> [Diagnostic] {
        if let single = self as? Diagnostic { return [single] }
        if let list = self as? Diagnostics { return list.items }
        return [Diagnostic(file: file, message: String(describing: self))]
    }
}
