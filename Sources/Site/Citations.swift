/// Author–year citations and the References section of a chapter.
///
/// `@cite:kingma2015` reads "(Kingma & Ba, 2015)", `@cite:polyak1964,nesterov1983` reads
/// "(Polyak, 1964; Nesterov, 1983)" and `@citet:kingma2015` reads "Kingma & Ba (2015)"; each
/// name–year is a link to the work's entry in the References section at the end of the chapter,
/// which lists every work the chapter cites, sorted by author and year. Three or more authors
/// are "First et al."; two works with the same label get "2017a", "2017b" (by key order).
struct Citations {
    var bibliography: Bibliography
    /// The year shown for each key, with a/b suffixes where labels collide.
    private var years: [String: String] = [:]

    init(bibliography: Bibliography) {
        self.bibliography = bibliography
        var byLabel: [String: [String]] = [:]
        for (key, entry) in bibliography.entries {
            byLabel[Self.names(entry) + "|" + entry.year, default: []].append(key)
        }
        for keys in byLabel.values {
            let sorted = keys.sorted()
            for (offset, key) in sorted.enumerated() {
                let year = bibliography.entries[key]!.year
                years[key] = sorted.count > 1 ? year + String(UnicodeScalar(UInt8(97 + min(offset, 25)))) : year
            }
        }
    }

    /// The element id of a work's entry in the References section.
    static func anchor(_ key: String) -> String { "ref-" + key }

    /// The keys of a citation target (`a,b`), or the keys missing from the bibliography.
    func resolve(_ target: String) -> Result<[Bibliography.Entry], ReferenceFailure> {
        let keys = target.split(separator: ",").map(String.init)
        let missing = keys.filter { bibliography.entries[$0] == nil }
        guard missing.isEmpty else {
            let known = bibliography.entries.keys.sorted()
            let near = missing.compactMap { key in
                known.min { editDistance(key, $0) < editDistance(key, $1) }.flatMap { editDistance(key, $0) <= 3 ? $0 : nil }
            }
            let hint = known.isEmpty
                ? "add the work to chapters/references.bib (the book has no bibliography yet)"
                : "add it to chapters/references.bib" + (near.isEmpty ? "" : "; the closest key is \(near[0])")
            return .failure(ReferenceFailure(
                message: "dangling citation: no work '\(missing.joined(separator: "', '"))' in the bibliography", hint: hint))
        }
        return .success(keys.map { bibliography.entries[$0]! })
    }

    /// The citation's HTML.
    func html(_ entries: [Bibliography.Entry], textual: Bool) -> String {
        let parts = entries.map { entry -> String in
            let names = HTML.text(Self.names(entry)), year = HTML.text(years[entry.key] ?? entry.year)
            let text = textual ? "\(names) (\(year))" : "\(names), \(year)"
            return "<a class=\"cite\" href=\"#\(Self.anchor(entry.key))\" title=\"\(HTML.attribute(plainReference(entry)))\">\(text)</a>"
        }
        return textual ? parts.joined(separator: "; ") : "(" + parts.joined(separator: "; ") + ")"
    }

    /// The citation as plain text (for the search index).
    func plain(_ entries: [Bibliography.Entry], textual: Bool) -> String {
        let parts = entries.map { Self.names($0) + (textual ? " (\(years[$0.key] ?? $0.year))" : ", \(years[$0.key] ?? $0.year)") }
        return textual ? parts.joined(separator: "; ") : "(" + parts.joined(separator: "; ") + ")"
    }

    /// "Polyak", "Kingma & Ba", "Duchi et al.".
    static func names(_ entry: Bibliography.Entry) -> String {
        let families = entry.authors.map(\.family)
        switch families.count {
        case 1: return families[0]
        case 2 where families[1].lowercased() != "others": return "\(families[0]) & \(families[1])"
        default: return "\(families[0]) et al."
        }
    }

    /// The References section for the works cited, or "" when none are.
    func section(citing keys: [String]) -> String {
        let entries = Set(keys).compactMap { bibliography.entries[$0] }.sorted { a, b in
            let x = (Self.sortName(a), years[a.key] ?? a.year, a.key), y = (Self.sortName(b), years[b.key] ?? b.year, b.key)
            return x < y
        }
        guard !entries.isEmpty else { return "" }
        var html = "<section class=\"references\" aria-labelledby=\"references\">\n"
        html += "<h2 id=\"references\">References<a class=\"anchor\" href=\"#references\" aria-label=\"Link to this section\">#</a></h2>\n"
        html += "<ul class=\"references\">\n"
        for entry in entries { html += "<li id=\"\(Self.anchor(entry.key))\">\(referenceHTML(entry))</li>\n" }
        return html + "</ul>\n</section>\n"
    }

    private static func sortName(_ entry: Bibliography.Entry) -> String {
        entry.authors.map { $0.family.lowercased() }.joined(separator: " ")
    }

    /// "Kingma, D. P., & Ba, J."
    static func authorList(_ entry: Bibliography.Entry) -> String {
        let names = entry.authors.map { author -> String in
            if author.family.lowercased() == "others" { return "et al." }
            let initials = author.given.split(whereSeparator: { $0 == " " || $0 == "-" })
                .compactMap { part -> String? in part.first.map { "\($0)." } }.joined(separator: " ")
            return initials.isEmpty ? author.family : "\(author.family), \(initials)"
        }
        if names.count == 1 { return names[0] }
        if names.last == "et al." { return names.dropLast().joined(separator: ", ") + ", et al." }
        return names.dropLast().joined(separator: ", ") + ", & " + names[names.count - 1]
    }

    /// The parts of a reference: (text, italic, link).
    private func parts(_ entry: Bibliography.Entry) -> [(text: String, italic: Bool, link: String?)] {
        let field = { (name: String) in entry.fields[name].flatMap { $0.isEmpty ? nil : $0 } }
        var parts: [(String, Bool, String?)] = []
        parts.append(("\(Self.authorList(entry)) (\(years[entry.key] ?? entry.year)). ", false, nil))
        let title = entry.title.hasSuffix("?") || entry.title.hasSuffix(".") ? entry.title : entry.title + "."
        let isBook = entry.type == "book"
        parts.append((title + " ", isBook, nil))
        if let journal = field("journal") {
            parts.append((journal, true, nil))
            var detail = ""
            if let volume = field("volume") { detail += ", \(volume)" }
            if let number = field("number") { detail += "(\(number))" }
            if let pages = field("pages") { detail += ", \(pages)" }
            parts.append((detail + ". ", false, nil))
        } else if let booktitle = field("booktitle") {
            parts.append(("In ", false, nil))
            parts.append((booktitle, true, nil))
            parts.append(((field("pages").map { ", pp. \($0)" } ?? "") + ". ", false, nil))
        } else if let howpublished = field("howpublished") {
            parts.append((howpublished + ". ", false, nil))
        }
        if let publisher = field("publisher") { parts.append((publisher + ". ", false, nil)) }
        if let note = field("note") { parts.append((note.hasSuffix(".") ? note + " " : note + ". ", false, nil)) }
        if let doi = field("doi") { parts.append(("doi:\(doi)", false, "https://doi.org/\(doi)")); parts.append((" ", false, nil)) }
        if let eprint = field("eprint") {
            parts.append(("arXiv:\(eprint)", false, "https://arxiv.org/abs/\(eprint)"))
            parts.append((" ", false, nil))
        }
        if let url = field("url"), field("doi") == nil {
            parts.append((url.replacingOccurrences(of: "https://", with: ""), false, url))
        }
        return parts
    }

    func referenceHTML(_ entry: Bibliography.Entry) -> String {
        parts(entry).map { part in
            var html = HTML.text(part.text)
            if part.italic { html = "<i>\(html)</i>" }
            if let link = part.link { html = "<a href=\"\(HTML.attribute(link))\">\(html)</a>" }
            return html
        }.joined().trimmingTrailingSpaces
    }

    func plainReference(_ entry: Bibliography.Entry) -> String {
        parts(entry).map(\.text).joined().trimmingTrailingSpaces
    }

    private func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = saved
            }
        }
        return row[b.count]
    }
}
