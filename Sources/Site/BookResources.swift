import Foundation
import MathML
import Notebook

/// The book-wide files beside the chapters that the site needs: the author's math macros
/// (`macros.tex`, see ``MathMacros``) and the bibliography (`references.bib`, see
/// ``Bibliography``). Both are optional.
public struct BookResources: Sendable {
    /// The macros every formula of the book may use.
    public var macros = MathMacros()
    /// The works that `@cite:` may name.
    public var bibliography = Bibliography()

    /// The macros file's name in the chapters folder.
    public static let macrosFileName = "macros.tex"
    /// The bibliography's name in the chapters folder.
    public static let bibliographyFileName = "references.bib"

    /// No macros, no bibliography.
    public init() {}

    /// Reads the files from the chapters folder.
    /// - Parameters:
    ///   - directory: the chapters folder.
    ///   - displayPath: how messages name the folder (e.g. `chapters`).
    /// - Throws: ``Diagnostics`` at file:line:column for every malformed file.
    public static func load(from directory: URL, displayPath: String) throws(Diagnostics) -> BookResources {
        var resources = BookResources()
        var problems: [Diagnostic] = []
        func path(_ name: String) -> String { displayPath.isEmpty || displayPath == "." ? name : displayPath + "/" + name }
        if let text = read(directory.appending(path: macrosFileName), path: path(macrosFileName), problems: &problems) {
            do {
                resources.macros = try MathMacros.parse(text)
            } catch {
                problems.append(Diagnostic(file: path(macrosFileName), line: error.line, column: error.column,
                                           message: error.message, hint: error.hint))
            }
        }
        if let text = read(directory.appending(path: bibliographyFileName), path: path(bibliographyFileName), problems: &problems) {
            do {
                resources.bibliography = try Bibliography.parse(text, file: path(bibliographyFileName))
            } catch {
                problems += error.items
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return resources
    }

    private static func read(_ url: URL, path: String, problems: inout [Diagnostic]) -> String? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            problems.append(Diagnostic(file: path, message: "cannot read the file as UTF-8 text"))
            return nil
        }
        return text
    }
}
