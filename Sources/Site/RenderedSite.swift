import Notebook

/// A site rendered in memory and checked, before anything is written: every page, figure and
/// asset in ``contents``, and the files that need every chapter's final text — the print
/// page and the search bundle (``later``) — made by ``finish()`` with the budgets.
///
/// `descent build` finishes it and writes it whole into a staging folder; `descent serve`
/// writes ``contents``' changed files into the published site first, so the open page can
/// reload, and finishes after (see ``SiteUpdate``).
struct RenderedSite {
    /// Every file but ``later``'s.
    var contents: SiteContents
    /// The paths ``finish()`` adds.
    let later: Set<String>
    /// Adds the `later` files to the contents; returns the budget warnings.
    private let makeLater: (inout SiteContents) throws -> [Diagnostic]
    private var finished: [Diagnostic]?

    init(contents: SiteContents, later: Set<String>, makeLater: @escaping (inout SiteContents) throws -> [Diagnostic]) {
        self.contents = contents
        self.later = later
        self.makeLater = makeLater
    }

    /// Adds the print page and the search bundle, checks the links into them, measures the
    /// pages against their budgets; returns the warnings (once made, the same again).
    /// - Throws: ``SiteBuildError`` for a link into the print page that finds no target.
    mutating func finish() throws -> [Diagnostic] {
        if let finished { return finished }
        let warnings = try makeLater(&contents)
        finished = warnings
        return warnings
    }
}
