import ArgumentParser
import Foundation

/// `descent new "Title" [--chapters DIR]`: scaffolds the next chapter file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create the next chapter file, with front matter and a working experiment.",
        discussion: """
            The file is chapters/NN-slug.md: NN one past the highest chapter number (appendices \
            do not count), the slug made of the title's ASCII letters and digits. An existing \
            file is never overwritten.
            Exit status: 0 when created, 1 when a chapter of that name exists, 2 on a usage \
            error (such as an empty title).
            """)

    @Argument(help: "The chapter's title, e.g. \"Adaptive learning rates\".")
    var title: String

    @Option(help: "The folder holding the chapter files.")
    var chapters = "chapters"

    func validate() throws {
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("the title is empty: descent new \"Title of the chapter\"")
        }
        if ChapterScaffold.slug(title).isEmpty {
            throw ValidationError("the title has no ASCII letters or digits to name the file after")
        }
    }

    func run() throws {
        let terminal = Terminal.current
        let directory = URL(filePath: chapters)
        do {
            let scaffold = try ChapterScaffold(title: title, in: directory)
            _ = try scaffold.write(into: directory)
            let path = (chapters.hasSuffix("/") ? chapters : chapters + "/") + scaffold.fileName
            terminal.line("Created \(terminal.styled(path, .bold))")
            terminal.line("Preview it with ./descent serve, then edit: the page reloads on every save.")
        } catch {
            terminal.errorLine("error: \(error)")
            throw ExitCode(ExitStatus.contentError)
        }
    }
}
