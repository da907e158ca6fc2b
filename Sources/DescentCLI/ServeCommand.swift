import ArgumentParser
import Foundation
import Notebook
import Site

/// `descent serve [--chapters DIR] [--output DIR] [--port N] [--host ADDR]`.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site locally, and rebuild and reload pages on every save.",
        discussion: """
            Watches the chapters and the library sources (Sources/Descent, Sources/Plotting, \
            Sources/Experiments). After a library change the Experiments library is rebuilt \
            (swift build, same configuration as this binary) before chapters re-run. Open pages \
            reload by themselves; a failed build shows its errors over the page (and here) while \
            the last good site keeps being served. Only this machine can connect unless --host \
            names another interface. Ctrl-C stops.
            Exit status: 0 when stopped with Ctrl-C, 2 on a usage error — including a port \
            already in use or an address that cannot be listened on.
            """)

    @OptionGroup var book: BookOptions

    @Option(help: "The folder the site is written to and served from.")
    var output = "site"

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on: 127.0.0.1 (this machine only), or e.g. 0.0.0.0 for every interface.")
    var host = "127.0.0.1"

    @OptionGroup var printing: OutputOptions

    func run() async throws {
        let terminal = Terminal.current
        var configuration = book.configuration(output: URL(filePath: output))
        // Every rebuild drafts again only the chapters whose inputs changed.
        configuration.renderMemo = RenderMemo()
        // …and writes into the served folder only the files that changed, the pages first.
        configuration.liveSite = LiveSite(folder: configuration.output)
        // …and parses again only the chapters whose file (or an included file) changed.
        configuration.chapterMemo = ChapterLoadMemo()
        let status = BuildStatus()
        let address = host == "localhost" ? "127.0.0.1" : host
        let server: PreviewServer
        let listening: UInt16
        do {
            server = try PreviewServer(host: address, port: port, site: configuration.output, status: status)
            listening = try await server.start()
        } catch {
            if error.portInUse {
                terminal.errorLine("error: port \(port) is already in use (another descent serve?); choose another with --port \(port == UInt16.max ? 8001 : port + 1), or --port 0 for any free port")
            } else {
                terminal.errorLine("error: cannot listen on \(address):\(port): \(error.description)")
            }
            throw ExitCode(ExitStatus.usage)
        }
        let shownHost = address.contains(":") ? "[\(address)]" : address
        terminal.line(terminal.styled("Serving http://\(shownHost):\(listening)/", .bold)
            + " — watching \(book.chapters)/ and the library sources; Ctrl-C stops")
        if !Self.isLoopback(address) {
            terminal.line(terminal.styled("warning: listening on \(address): other machines on the network can read the site", .yellow))
        }
        let session = PreviewSession(
            configuration: configuration, status: status, verbosity: printing.verbosity, outputName: output,
            libraryBuilder: LibraryBuilder(libraryDirectory: configuration.libraryDirectory, root: configuration.root))
        let stop = StopSignal()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await session.run() }
            group.addTask { await stop.wait() }
            await group.next()
            group.cancelAll()
        }
        stop.cancel()
        RunningGroups.shared.killAll()
        await server.stop()
        terminal.line("\nStopped.")
    }

    static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address == "::1"
    }
}
