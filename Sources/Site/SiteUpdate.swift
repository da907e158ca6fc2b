import Foundation
import Notebook

/// One render of `descent serve` into its published site (``LiveSite``), in two steps so the
/// open page can reload between them:
///
/// 1. ``writePages()`` writes every page, figure and asset whose contents differ from what
///    the folder holds — after the edit of one chapter, that chapter's page (and, when a
///    title or a reference target changed, the pages that show it). Everything was rendered
///    and checked (references, links, figures) before the first byte is written: a render
///    with an error writes nothing.
/// 2. ``finish()`` makes the files that need every chapter — the print page and the search
///    bundle — writes them when they changed, deletes the files the render no longer makes
///    and measures the budgets.
///
/// Between the two, ``pending`` names the files still to be written: the server holds a
/// request for one of them until ``finish()`` is done, so no reader is ever given one that
/// is older than the pages.
///
/// After both, the folder holds byte for byte what ``SiteRenderer/render(_:into:recordingIn:)``
/// would write for the same chapters (`SiteUpdateTests` compares the trees).
public final class SiteUpdate {
    private let site: LiveSite
    private var rendered: RenderedSite
    private let stepTimes: RenderStepTimes?
    private var folders: Set<String> = []
    /// The site paths ``finish()`` may still change (relative to the site folder).
    public private(set) var pending: Set<String> = []
    /// The paths ``writePages()`` wrote, relative to the site folder.
    public private(set) var written: [String] = []

    init(site: LiveSite, rendered: RenderedSite, stepTimes: RenderStepTimes?) {
        self.site = site
        self.rendered = rendered
        self.stepTimes = stepTimes
    }

    /// Writes the changed pages, figures and assets; returns ``pending``.
    /// - Throws: ``SiteBuildError`` when a file cannot be written (the site then is rendered
    ///   whole by the next build).
    @discardableResult
    public func writePages() throws -> Set<String> {
        let contents = rendered.contents
        // Figures, images and assets before the pages that show them.
        let pages = contents.order.filter { $0.hasSuffix(".html") }
        let others = contents.order.filter { !$0.hasSuffix(".html") }
        for path in others + pages {
            let file = contents.files[path]!
            guard site.file(path) != file else { continue }
            try site.write(file, at: path, folders: &folders)
            written.append(path)
        }
        let removed = site.paths.subtracting(contents.files.keys).subtracting(rendered.later)
        pending = rendered.later.union(removed)
        stepTimes?.lap("write pages")
        return pending
    }

    /// Makes and writes the print page and the search bundle, deletes what the render no
    /// longer makes; returns the budget warnings.
    /// - Throws: ``SiteBuildError`` for a link into the print page without a target, or a
    ///   file that cannot be written.
    public func finish() throws -> [Diagnostic] {
        let warnings: [Diagnostic]
        do {
            warnings = try rendered.finish()
        } catch {
            site.invalidate()
            throw error
        }
        for path in rendered.contents.order where rendered.later.contains(path) {
            let file = rendered.contents.files[path]!
            guard site.file(path) != file else { continue }
            try site.write(file, at: path, folders: &folders)
        }
        for path in site.paths.subtracting(rendered.contents.files.keys).sorted() {
            site.remove(path)
        }
        site.recordIdentity()
        pending = []
        stepTimes?.lap("write the rest")
        return warnings
    }
}

extension SiteRenderer {
    /// Renders the site and checks it, ready to write into `site` only what changed (see
    /// ``SiteUpdate``); nothing is written yet.
    /// - Throws: ``SiteBuildError`` with every problem of the failing step, as
    ///   ``render(_:into:recordingIn:)`` does.
    public func update(_ runs: [ChapterRun], in site: LiveSite) throws -> SiteUpdate {
        SiteUpdate(site: site, rendered: try renderSite(runs), stepTimes: stepTimes)
    }
}
