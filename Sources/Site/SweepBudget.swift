import Foundation
import Notebook

/// The weight budget of a sweep figure (issue 12): what a reader in one theme downloads
/// for it — the default frame, the shared background and the frames file — stays under
/// 300 KB. Checked with the page budget; going over is a warning located at the block.
struct SweepBudget {
    /// The limit in bytes (1 KB = 1000 bytes).
    static let limit = 300_000

    /// The size of a file of the site by its path relative to the root; nil when it is missing.
    var fileSize: (String) -> Int?

    /// Measures the site written in `root`.
    init(root: URL) { fileSize = { SiteFileSize.onDisk($0, root: root) } }

    /// Measures a site before it is written.
    init(contents: SiteContents) { fileSize = contents.size }

    /// Bytes a reader downloads for `sweep` in the heavier theme, once it has scrolled to it.
    func size(of figure: RenderedFigure, sweep: SweepFigure, slug: String) -> Int? {
        func bytes(_ name: String) -> Int? { fileSize("figures/\(slug)/\(name)") }
        guard let light = bytes(figure.lightFile), let dark = bytes(figure.darkFile),
              let baseLight = bytes(sweep.backgroundLightFile), let baseDark = bytes(sweep.backgroundDarkFile),
              let frames = bytes(sweep.framesFile) else { return nil }
        return max(light + baseLight, dark + baseDark) + frames
    }

    /// A warning for each sweep figure over the limit.
    func check(_ drafts: [ChapterDraft]) -> [Diagnostic] {
        drafts.flatMap { draft in
            draft.sweeps.compactMap { figure, line -> Diagnostic? in
                guard let sweep = figure.sweep, let size = size(of: figure, sweep: sweep, slug: draft.slug),
                      size > Self.limit else { return nil }
                let frames = sweep.parameters.reduce(1) { $0 * $1.labels.count }
                return Diagnostic(
                    file: draft.run.chapter.path, line: line,
                    message: "sweep figure \(figure.id.map { "'\($0)' " } ?? "")is \(PageBudget.kilobytes(size)) for \(frames) frames, over the sweep budget of \(PageBudget.kilobytes(Self.limit))",
                    hint: "use fewer slider values, fewer steps per run, or no step markers (Trajectory(…, showsSteps: false))")
            }
        }
    }
}
