import Foundation
import Notebook

/// The kinds of cross-reference an author can write in a chapter.
///
/// Syntax: `@kind:id`, written in prose like a citation. It becomes a link whose text is
/// the target's number:
///
/// | Written                | Refers to                                            | Reads as        |
/// |------------------------|------------------------------------------------------|-----------------|
/// | `@fig:ravine-gd`       | a figure shown with `show(…, id: "ravine-gd")`       | Figure 5.2      |
/// | `@eq:newton`           | a display equation containing `\label{newton}`       | (5.2)           |
/// | `@sec:heavy-ball`      | a heading, by its id (`## Heavy ball {#heavy-ball}`, or the slug of its text) | Section 5.3 |
/// | `@ch:05-momentum`      | a chapter, by slug (the `NN-` prefix may be left out) | Chapter 5      |
/// | `@cite:kingma2015`     | a work in `chapters/references.bib` (``Bibliography``) | (Kingma & Ba, 2015) |
/// | `@cite:polyak1964,nesterov1983` | several works                          | (Polyak, 1964; Nesterov, 1983) |
/// | `@citet:kingma2015`    | a work, named in the sentence                        | Kingma & Ba (2015) |
///
/// An id is looked up in the current chapter first, then in the other chapters, where it must
/// be unique; `@fig:05-momentum/ravine-gd` names the chapter explicitly. An id ends at the
/// first character that is not a letter, digit, `-`, `_` or `/`, and trailing `-_/` are not part
/// of it, so `see @fig:ravine-gd.` works. `\@` writes a literal at sign; an `@` preceded by a
/// letter or digit (an e-mail address) is never a reference; references inside code are left
/// alone. A reference to an id that does not exist fails the build at chapter:line:column.
enum ReferenceKind: String, Sendable, CaseIterable {
    case figure = "fig"
    case equation = "eq"
    case section = "sec"
    case chapter = "ch"
    /// A parenthetical citation of one or more works (keys separated by commas).
    case citation = "cite"
    /// A textual citation: the authors are part of the sentence.
    case textCitation = "citet"

    /// Whether this kind names works of the bibliography rather than targets of the book.
    var isCitation: Bool { self == .citation || self == .textCitation }
}

/// Something a reference can point at.
struct ReferenceTarget: Sendable, Equatable {
    /// The page holding it, e.g. `05-momentum.html`.
    var page: String
    /// The element id on that page (nil: the page itself).
    var anchor: String?
    /// The link text: "Figure 5.2", "(5.2)", "Section 5.3", "Chapter 5".
    var label: String
    /// A tooltip: the caption, heading or chapter title.
    var title: String

    /// A figure's tooltip: the first sentence of its caption (math as typeset text), cut at a
    /// word boundary with "…" past `limit` characters — the whole caption is one click away,
    /// and a long one repeated on every reference would weigh on the page.
    static func tooltip(caption: String, limit: Int = 120) -> String {
        let text = caption.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var end = text.endIndex
        var index = text.startIndex
        while let stop = text[index...].firstIndex(where: { ".!?".contains($0) }) {
            let next = text.index(after: stop)
            if next == text.endIndex { break }
            let after = text.index(after: next)
            if text[next] == " ", after < text.endIndex, text[after].isUppercase {
                end = next
                break
            }
            index = next
        }
        let sentence = text[..<end]
        guard sentence.count > limit else { return String(sentence) }
        let cut = sentence.prefix(limit)
        let word = cut.lastIndex(of: " ") ?? cut.endIndex
        return cut[..<word].trimmingCharacters(in: CharacterSet(charactersIn: " ,;:")) + "…"
    }

    func href(from page: String) -> String {
        guard let anchor else { return self.page }
        return page == self.page ? "#\(anchor)" : "\(self.page)#\(anchor)"
    }
}

/// Every referenceable target of the book, by kind, chapter slug and id.
struct ReferenceTable: Sendable, Equatable {
    private var targets: [ReferenceKind: [String: [String: ReferenceTarget]]] = [:]
    private var chapterOrder: [String] = []

    mutating func add(_ kind: ReferenceKind, chapter slug: String, id: String, _ target: ReferenceTarget) {
        if !chapterOrder.contains(slug) { chapterOrder.append(slug) }
        targets[kind, default: [:]][slug, default: [:]][id] = target
    }

    func contains(_ kind: ReferenceKind, chapter slug: String, id: String) -> Bool {
        targets[kind]?[slug]?[id] != nil
    }

    /// Resolves `@kind:target` written in chapter `slug`, or explains why it cannot.
    func resolve(_ kind: ReferenceKind, _ target: String, from slug: String) -> Result<ReferenceTarget, ReferenceFailure> {
        let byChapter = targets[kind] ?? [:]
        if kind == .chapter {
            let matches = chapterOrder.filter { $0 == target || Self.dropNumber($0) == target }
            if let match = matches.first, let found = byChapter[match]?[match] { return .success(found) }
            return .failure(.init(message: "no chapter '\(target)'", hint: "chapters: \(chapterOrder.joined(separator: ", "))"))
        }
        if let slash = target.lastIndex(of: "/") {
            let chapter = String(target[..<slash]), id = String(target[target.index(after: slash)...])
            let slugs = chapterOrder.filter { $0 == chapter || Self.dropNumber($0) == chapter }
            if let found = slugs.lazy.compactMap({ byChapter[$0]?[id] }).first { return .success(found) }
            return .failure(.init(message: "no \(kind.noun) '\(id)' in chapter '\(chapter)'", hint: nil))
        }
        if let found = byChapter[slug]?[target] { return .success(found) }
        let elsewhere = chapterOrder.filter { byChapter[$0]?[target] != nil }
        if elsewhere.count == 1, let found = byChapter[elsewhere[0]]?[target] { return .success(found) }
        if elsewhere.count > 1 {
            return .failure(.init(
                message: "\(kind.noun) '\(target)' is ambiguous: it exists in \(elsewhere.joined(separator: ", "))",
                hint: "name the chapter: @\(kind.rawValue):\(elsewhere[0])/\(target)"))
        }
        let known = (byChapter[slug] ?? [:]).keys.sorted()
        return .failure(.init(
            message: "dangling reference: no \(kind.noun) '\(target)'",
            hint: known.isEmpty ? kind.howToDefine : "\(kind.noun)s in this chapter: \(known.prefix(12).joined(separator: ", "))"))
    }

    private static func dropNumber(_ slug: String) -> String {
        let digits = slug.prefix(while: \.isNumber)
        guard !digits.isEmpty, slug.dropFirst(digits.count).first == "-" else { return slug }
        return String(slug.dropFirst(digits.count + 1))
    }
}

/// Why a reference did not resolve.
struct ReferenceFailure: Error {
    var message: String
    var hint: String?
}

extension ReferenceKind {
    var noun: String {
        switch self {
        case .figure: "figure"
        case .equation: "equation"
        case .section: "section"
        case .chapter: "chapter"
        case .citation, .textCitation: "citation"
        }
    }

    var howToDefine: String {
        switch self {
        case .figure: "give the figure an id: show(…, id: \"name\")"
        case .equation: "label a display equation: $$ … \\label{name} $$"
        case .section: "give a heading an id: ## Title {#name}"
        case .chapter: "use a chapter's file name without .md"
        case .citation, .textCitation: "add the work to chapters/references.bib"
        }
    }
}
