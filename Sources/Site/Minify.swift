/// Just enough minification for the site's own CSS and JS (written in this module, so the
/// inputs are known: no comment markers inside strings) to keep pages within their budget.
enum Minify {
    /// Removes comments and collapses whitespace around CSS punctuation: braces, semicolons,
    /// commas, child combinators, and after colons (a colon in a selector is never followed by
    /// a space; `+` is left alone, since `calc()` needs the spaces around it).
    static func css(_ source: String) -> String {
        var text = stripBlockComments(source)
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for mark in ["{", "}", ";", ",", ">"] {
            text = text.replacingOccurrences(of: " \(mark)", with: mark).replacingOccurrences(of: "\(mark) ", with: mark)
        }
        text = text.replacingOccurrences(of: ": ", with: ":")
        return text.replacingOccurrences(of: ";}", with: "}") + "\n"
    }

    /// Removes block comments, indentation and blank lines; line breaks stay, so automatic
    /// semicolon insertion sees the same program.
    static func js(_ source: String) -> String {
        stripBlockComments(source)
            .split(separator: "\n")
            .map { $0.drop(while: \.isWhitespace) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n") + "\n"
    }

    private static func stripBlockComments(_ source: String) -> String {
        var out = ""
        var rest = source[...]
        while let open = rest.range(of: "/*") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "*/") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}

import Foundation
