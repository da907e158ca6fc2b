import Foundation
import Notebook
import Site

/// Where a build reads and writes, with the defaults of `descent build`.
public struct BuildConfiguration: Sendable {
    /// The chapters folder.
    public var chapters: URL
    /// The site folder.
    public var output: URL
    /// How many chapters compile and run at once.
    public var jobs: Int
    /// The repository root: `{{#include}}` paths and the library sources are found here.
    public var root: URL
    /// The folder holding the built Experiments library.
    public var libraryDirectory: URL
    /// The run cache.
    public var cacheDirectory: URL
    /// The folders whose content every cached run depends on.
    public var librarySources: [URL]
    /// Chapters to run even when cached (`--rerun`): a number (`05`), a slug or a file name.
    public var rerun: [String] = []
    /// Drafts kept between the renders of one process (`descent serve`): a render drafts
    /// again only the chapters whose inputs changed (``RenderMemo``). nil: draft them all.
    public var renderMemo: RenderMemo?
    /// The published site of a serve session, which a build updates in place, writing only
    /// the files that changed (``LiveSite``); nil: every build renders the whole site into a
    /// staging folder and swaps it in.
    public var liveSite: LiveSite?
    /// Chapters parsed by the earlier builds of a serve session, reused where their file and
    /// the files they include are unchanged (``ChapterLoadMemo``); nil: every chapter is parsed.
    public var chapterMemo: ChapterLoadMemo?
    /// The book root experiments run in: the folder holding the chapters folder.
    public var bookRoot: URL { chapters.deletingLastPathComponent() }

    /// A configuration; every nil falls back to its default: the repository root above
    /// `chapters`, the folder of the running executable (or `$DESCENT_LIBRARY_DIR`),
    /// `<root>/.descent-cache`, and `Sources/{Descent,Plotting,Experiments}` of the root.
    public init(
        chapters: URL, output: URL, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        root: URL? = nil, libraryDirectory: URL? = nil, cacheDirectory: URL? = nil, librarySources: [URL]? = nil
    ) {
        let absolute = { (url: URL) in url.standardizedFileURL.absoluteURL }
        self.chapters = absolute(chapters)
        self.output = absolute(output)
        self.jobs = max(1, jobs)
        let root = root.map(absolute) ?? BookLoader.repositoryRoot(above: absolute(chapters))
        self.root = root
        self.libraryDirectory = libraryDirectory ?? ExperimentToolchain.defaultLibraryDirectory()
        self.cacheDirectory = cacheDirectory.map(absolute) ?? root.appending(path: ".descent-cache")
        self.librarySources = librarySources ?? ExperimentRunner.librarySources(root: root)
    }
}
