/// Regions of a source file marked with `// ANCHOR: name` … `// ANCHOR_END: name`, the
/// mdBook convention, so a chapter can include exactly the lines of the library it explains.
enum AnchoredRegion {
    /// Why a region could not be extracted.
    enum Failure: Error, Equatable {
        /// No `ANCHOR: name` line; carries the anchors the file does have.
        case missing(available: [String])
        /// `ANCHOR: name` without a matching `ANCHOR_END: name`.
        case unclosed
    }

    /// The lines between the markers of `name`, dedented, with the marker lines of other
    /// (nested or overlapping) anchors removed.
    static func extract(_ name: String, from text: String) -> Result<String, Failure> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var inside = false
        var region: [Substring] = []
        for line in lines {
            if let marker = marker(in: line) {
                if marker.name == name {
                    if marker.isEnd, inside { return .success(dedent(region)) }
                    if !marker.isEnd { inside = true }
                }
                continue
            }
            if inside { region.append(line) }
        }
        if inside { return .failure(.unclosed) }
        var available: [String] = []
        for line in lines {
            if let marker = marker(in: line), !marker.isEnd, !available.contains(marker.name) {
                available.append(marker.name)
            }
        }
        return .failure(.missing(available: available))
    }

    /// The whole file without its anchor marker lines, which mean nothing to a reader.
    static func wholeFile(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { marker(in: $0) == nil }
        while let last = lines.last, last.trimmingWhitespace().isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The anchor marker on a line, if it is one.
    static func marker(in line: Substring) -> (name: String, isEnd: Bool)? {
        for (keyword, isEnd) in [("ANCHOR_END:", true), ("ANCHOR:", false)] {
            guard let range = line.range(of: keyword) else { continue }
            let name = line[range.upperBound...]
                .drop(while: { $0 == " " || $0 == "\t" })
                .prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
            if !name.isEmpty { return (String(name), isEnd) }
        }
        return nil
    }

    /// Removes the indentation common to all non-blank lines, so a method body included
    /// from inside a type reads flush left in the page.
    static func dedent(_ lines: [Substring]) -> String {
        var lines = lines
        while let first = lines.first, first.trimmingWhitespace().isEmpty { lines.removeFirst() }
        while let last = lines.last, last.trimmingWhitespace().isEmpty { lines.removeLast() }
        let indents = lines.filter { !$0.trimmingWhitespace().isEmpty }
            .map { $0.prefix(while: { $0 == " " || $0 == "\t" }).count }
        let common = indents.min() ?? 0
        return lines.map { line in
            line.trimmingWhitespace().isEmpty ? "" : String(line.dropFirst(common))
        }.joined(separator: "\n")
    }
}
