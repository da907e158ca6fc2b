import Foundation
import Notebook

/// Puts a chapter's figure files into `figures/<slug>/`: a hard link when the run's figure
/// folder is on the same file system (no bytes copied), a copy otherwise.
struct FigureCopier {
    var root: URL

    func copy(_ draft: ChapterDraft) -> [Diagnostic] {
        let fileManager = FileManager.default
        let folder = root.appendingPathComponent("figures").appendingPathComponent(draft.slug)
        var problems: [Diagnostic] = []
        var done: Set<String> = []
        for (name, line) in draft.figureFiles where done.insert(name).inserted {
            let source = draft.run.figureDirectory.appendingPathComponent(name)
            let destination = folder.appendingPathComponent(name)
            guard fileManager.fileExists(atPath: source.path) else {
                problems.append(Diagnostic(
                    file: draft.run.chapter.path, line: line,
                    message: "figure file '\(name)' is missing from \(draft.run.figureDirectory.path)",
                    hint: "run the chapter's experiments again"))
                continue
            }
            do {
                try fileManager.linkOrCopy(source, to: destination)
            } catch {
                problems.append(Diagnostic(
                    file: draft.run.chapter.path, line: line,
                    message: "could not copy figure '\(name)': \(error.localizedDescription)"))
            }
        }
        return problems
    }
}
