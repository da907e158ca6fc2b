/// Warnings a chapter program printed to standard error while it ran, as
/// `<chapter path>:<line>: warning: <message>` (the `Experiments` runtime writes them with
/// `#file`/`#line`, which `#sourceLocation` maps to the chapter): for example a figure whose
/// grid is NaN or whose log axis gets values ≤ 0. They do not stop the build; they are
/// reported at their chapter line. Other standard-error text is left alone.
public enum RuntimeWarnings {
    /// The warnings in `standardError` that name `chapter`'s file.
    public static func parse(_ standardError: String, chapter path: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for line in standardError.split(separator: "\n") where line.hasPrefix(path + ":") {
            let rest = line.dropFirst(path.count + 1)
            guard let colon = rest.firstIndex(of: ":"), let number = Int(rest[..<colon]) else { continue }
            let after = rest[rest.index(after: colon)...]
            guard after.hasPrefix(" warning: ") else { continue }
            var diagnostic = Diagnostic(file: path, line: number, message: String(after.dropFirst(" warning: ".count)))
            diagnostic.isWarning = true
            warnings.append(diagnostic)
        }
        return warnings
    }
}
