import Foundation
import Notebook

/// Puts a chapter's figure files into `figures/<slug>/` of the site: a hard link when the run's
/// figure folder is on the same file system (no bytes copied), a copy otherwise (see
/// ``SiteFile/link(_:_:)``).
struct FigureCopier {
    /// Adds the figure files of `draft` to `contents`; returns the problems (a file missing
    /// from the run's folder, a name that is not a plain file name).
    func copy(_ draft: ChapterDraft, into contents: inout SiteContents) -> [Diagnostic] {
        let folder = "figures/" + draft.slug + "/"
        var problems: [Diagnostic] = []
        var done: Set<String> = []
        for (name, line) in draft.figureFiles where done.insert(name).inserted {
            let source = draft.run.figureDirectory.appendingPathComponent(name)
            // The name came from the experiment: act only on a plain file of its folder.
            guard ExperimentCache.isSafeFigureName(name) else {
                problems.append(Diagnostic(
                    file: draft.run.chapter.path, line: line,
                    message: "the run reported a figure file '\(name)' that is not a plain file name",
                    hint: "figures are written by show(…); do not write into $DESCENT_EXPERIMENT_OUTPUT"))
                continue
            }
            var info = stat()
            guard lstat(source.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                problems.append(Diagnostic(
                    file: draft.run.chapter.path, line: line,
                    message: "figure file '\(name)' is missing from \(draft.run.figureDirectory.path)",
                    hint: "run the chapter's experiments again"))
                continue
            }
            contents.add(folder + name, .link(source, FileStamp(info)))
        }
        return problems
    }
}
