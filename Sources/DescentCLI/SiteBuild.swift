import Foundation
import Notebook
import Site

/// One `descent build`, as named steps: load the chapters, run their experiments (or
/// reuse cached runs), render the site into a staging folder, publish it atomically.
/// The first step that finds problems stops the build, with all of its problems, and the
/// published site stays as it was.
public struct SiteBuild: Sendable {
    /// Where to read and write.
    public var configuration: BuildConfiguration
    /// In a serve session that updates its site in place (``BuildConfiguration/liveSite``):
    /// called once the changed pages are written, before the print page and the search bundle
    /// are made, with the site paths still to be written (open pages reload now; a request for
    /// a pending path waits for the build to finish).
    public var pagesWritten: (@Sendable (Set<String>) async -> Void)?

    /// Creates a build.
    public init(configuration: BuildConfiguration, pagesWritten: (@Sendable (Set<String>) async -> Void)? = nil) {
        self.configuration = configuration
        self.pagesWritten = pagesWritten
    }

    /// What happened to one chapter's experiments.
    public struct ChapterReport: Sendable {
        /// The chapter.
        public var chapter: Chapter
        /// Its run, when it succeeded.
        public var run: ChapterRun?
        /// Its problems, when it failed.
        public var diagnostics: [Diagnostic]
    }

    /// Seconds spent in each step.
    public struct Timings: Sendable {
        /// Reading and parsing the chapters.
        public var load: Double = 0
        /// Compiling and running (or reusing) experiments.
        public var run: Double = 0
        /// Rendering HTML into the staging folder.
        public var render: Double = 0
        /// Swapping the staging folder into place.
        public var publish: Double = 0
        /// The steps of rendering (draft, references, pages, figures, links, …) and their seconds.
        public var renderSteps: [(step: String, seconds: Double)] = []
        /// In a serve session updating its site in place: seconds from the start of the build
        /// until the changed pages were written and open pages told to reload (the rest of the
        /// render — print page, search bundle, budgets — comes after). nil when the build
        /// published a whole site (or nothing).
        public var pagesWritten: Double?
        /// The whole build.
        public var total: Double { load + run + render + publish }
    }

    /// The outcome of a build.
    public struct Result: Sendable {
        /// Every problem found; empty on success.
        public var diagnostics: [Diagnostic] = []
        /// The step that failed, if one did (`load`, `run`, `render`, `publish`).
        public var failedStep: String?
        /// One report per chapter that got to the run step, in chapter order.
        public var chapters: [ChapterReport] = []
        /// Seconds per step.
        public var timings = Timings()
        /// True when every input of the render was what made the published site, so nothing
        /// was rendered or published (see ``SiteStamp``).
        public var siteUnchanged = false
        /// Whether the site was published.
        public var succeeded: Bool { failedStep == nil }
    }

    /// What a build reports while it goes, in this order.
    public enum Event: Sendable {
        /// The chapters are loaded; this many will run.
        case loaded(chapters: Int)
        /// One chapter's experiments finished (in completion order).
        case chapterFinished(ChapterReport)
        /// The experiments are done; the site is being rendered and published.
        case rendering
    }

    /// Runs the build; `chapterFinished` is called as each chapter's experiments finish.
    public func run(chapterFinished: @Sendable (ChapterReport) -> Void = { _ in }) async -> Result {
        await run(events: { event in
            if case .chapterFinished(let report) = event { chapterFinished(report) }
        })
    }

    /// Runs the build, reporting its progress to `events`.
    public func run(events: @Sendable (Event) -> Void) async -> Result {
        var result = Result()
        let clock = ContinuousClock()

        var start = clock.now
        let buildStart = start
        let book: Book
        do {
            var loader = BookLoader(directory: configuration.chapters, root: configuration.root)
            loader.memo = configuration.chapterMemo
            book = try loader.load()
        } catch {
            result.timings.load = Self.seconds(clock.now - start)
            return failed(result, step: "load", error.items)
        }
        let forced: Set<String>
        switch Self.chapters(matching: configuration.rerun, in: book.chapters) {
        case .success(let slugs): forced = slugs
        case .failure(let problems):
            result.timings.load = Self.seconds(clock.now - start)
            return failed(result, step: "load", problems.items)
        }
        let resources: BookResources
        do {
            let loader = BookLoader(directory: configuration.chapters, root: configuration.root)
            resources = try BookResources.load(from: loader.directory, displayPath: loader.displayPath)
        } catch {
            result.timings.load = Self.seconds(clock.now - start)
            return failed(result, step: "load", error.items)
        }
        result.timings.load = Self.seconds(clock.now - start)
        events(.loaded(chapters: book.chapters.count))

        start = clock.now
        let toolchain = ExperimentToolchain(libraryDirectory: configuration.libraryDirectory, root: configuration.root)
        let runner = ExperimentRunner(
            toolchain: toolchain, cacheDirectory: configuration.cacheDirectory,
            librarySources: configuration.librarySources, jobs: configuration.jobs,
            workingDirectory: configuration.bookRoot, forced: forced)
        let outcomes = await runner.run(book.chapters) { chapter, outcome in
            events(.chapterFinished(Self.report(chapter, outcome)))
        }
        result.chapters = zip(book.chapters, outcomes).map { Self.report($0, $1) }
        result.timings.run = Self.seconds(clock.now - start)
        let runProblems = result.chapters.flatMap(\.diagnostics)
        guard runProblems.isEmpty else { return failed(result, step: "run", runProblems) }
        events(.rendering)

        start = clock.now
        var renderer = SiteRenderer(title: book.introduction.title, introduction: book.introduction.body)
        renderer.sourceDirectory = configuration.chapters
        renderer.resources = resources
        renderer.memo = configuration.renderMemo
        renderer.printsWarnings = false
        let stepTimes = RenderStepTimes()
        renderer.stepTimes = stepTimes
        renderer.provenance = Provenance(
            libraryDigest: runner.libraryDigest,   // the same SourceDigest of the same folders, computed once
            swiftVersion: Provenance.swiftVersion(inBuildFolder: configuration.libraryDirectory) ?? "Swift",
            date: Provenance.inputDate([configuration.chapters] + configuration.librarySources))
        let runs = result.chapters.compactMap(\.run)
        let footerSeconds = Self.seconds(clock.now - start)
        if let live = configuration.liveSite, live.isCurrent {
            var result = await update(live, renderer: renderer, book: book, runs: runs, result: result, started: clock.now,
                                      buildStarted: buildStart, stepTimes: stepTimes)
            result.timings.render += footerSeconds
            result.timings.renderSteps.insert(("footer", footerSeconds), at: 0)
            return result
        }
        let digestStart = clock.now
        let digest = SiteStamp.digest(SiteStamp.inputs(
            book: book, runs: runs, chaptersFolder: configuration.chapters,
            footer: String(reflecting: renderer.provenance), mathFont: renderer.mathFont, output: configuration.output))
        let digestSeconds = Self.seconds(clock.now - digestStart)
        // (A serve session's first build renders even so, to fill its memo of drafts.)
        if configuration.renderMemo?.isEmpty != true,
           let stamp = SiteStamp.read(from: configuration.cacheDirectory), stamp.output == configuration.output.path,
           stamp.digest == digest, stamp.outputIdentity == SiteStamp.identity(of: configuration.output) {
            // Every input of the render is what made the published site: it would be written again byte for byte.
            Self.printWarnings(stamp.warnings)
            result.siteUnchanged = true
            result.timings.render = Self.seconds(clock.now - start)
            return result
        }
        Self.removeStaleStaging(in: configuration.cacheDirectory.appending(path: "staging"))
        let staging = configuration.cacheDirectory.appending(path: "staging")
            .appending(path: "\(getpid())-\(UUID().uuidString)")
        // In a serve session the previous site is deleted on another thread: the page reloads sooner.
        let dispose: ((URL) -> Void)? = configuration.renderMemo == nil && configuration.liveSite == nil ? nil : { folder in
            Thread.detachNewThread { try? FileManager.default.removeItem(at: folder) }
        }
        // After a publish the staging folder is gone or handed to `dispose`; after a failure it is removed here.
        var published = false
        defer { if !published { try? FileManager.default.removeItem(at: staging) } }
        let warnings: [String]
        do {
            warnings = try renderer.render(runs, into: staging, recordingIn: configuration.liveSite).map(SiteRenderer.warningText)
        } catch {
            result.timings.render = Self.seconds(clock.now - start)
            return failed(result, step: "render", Self.diagnostics(error, file: configuration.output.path))
        }
        Self.printWarnings(warnings)
        result.timings.render = Self.seconds(clock.now - start)
        result.timings.renderSteps = [("inputs digest", digestSeconds)] + stepTimes.steps

        start = clock.now
        do {
            SiteStamp.remove(from: configuration.cacheDirectory)
            try SitePublisher.publish(staging: staging, to: configuration.output, disposeOfPrevious: dispose)
            published = true
            configuration.liveSite?.published(true)
        } catch {
            configuration.liveSite?.published(false)
            result.timings.publish = Self.seconds(clock.now - start)
            return failed(result, step: "publish", Self.diagnostics(error, file: configuration.output.path))
        }
        if let identity = SiteStamp.identity(of: configuration.output) {
            SiteStamp(output: configuration.output.path, digest: digest, outputIdentity: identity, warnings: warnings)
                .write(to: configuration.cacheDirectory)
        }
        result.timings.publish = Self.seconds(clock.now - start)
        return result
    }

    /// The render step of a serve session whose published site is current: only the files that
    /// changed are written in place, the open pages told to reload once the pages are written,
    /// then the print page, the search bundle, deletions, budgets and the site stamp.
    private func update(
        _ live: LiveSite, renderer: SiteRenderer, book: Book, runs: [ChapterRun], result: Result,
        started start: ContinuousClock.Instant, buildStarted: ContinuousClock.Instant, stepTimes: RenderStepTimes
    ) async -> Result {
        var result = result
        let clock = ContinuousClock()
        // The inputs as they are before the render reads them (a file changed meanwhile makes
        // the recorded digest older than the site, never newer); hashed after the reload.
        let inputs = SiteStamp.inputs(
            book: book, runs: runs, chaptersFolder: configuration.chapters,
            footer: String(reflecting: renderer.provenance), mathFont: renderer.mathFont, output: configuration.output)
        let listed = clock.now
        let update: SiteUpdate
        do {
            update = try renderer.update(runs, in: live)
        } catch {
            result.timings.render = Self.seconds(clock.now - start)
            return failed(result, step: "render", Self.diagnostics(error, file: configuration.output.path))
        }
        SiteStamp.remove(from: configuration.cacheDirectory)
        do {
            try update.writePages()
        } catch {
            live.invalidate()
            result.timings.render = Self.seconds(clock.now - start)
            return failed(result, step: "publish", Self.diagnostics(error, file: configuration.output.path))
        }
        result.timings.pagesWritten = Self.seconds(clock.now - buildStarted)
        await pagesWritten?(update.pending)
        let warnings: [String]
        do {
            warnings = try update.finish().map(SiteRenderer.warningText)
        } catch {
            live.invalidate()
            result.timings.render = Self.seconds(clock.now - start)
            return failed(result, step: "render", Self.diagnostics(error, file: configuration.output.path))
        }
        Self.printWarnings(warnings)
        let digestStart = clock.now
        let digest = SiteStamp.digest(inputs)
        if let identity = SiteStamp.identity(of: configuration.output) {
            SiteStamp(output: configuration.output.path, digest: digest, outputIdentity: identity, warnings: warnings)
                .write(to: configuration.cacheDirectory)
        }
        result.timings.render = Self.seconds(clock.now - start)
        result.timings.renderSteps = [("inputs listing", Self.seconds(listed - start))] + stepTimes.steps
            + [("inputs digest and stamp", Self.seconds(clock.now - digestStart))]
        return result
    }

    /// The slugs of the chapters `patterns` name (`05`, `05-momentum`, `05-momentum.md`, or
    /// the chapter's path), or a diagnostic for each pattern naming none.
    static func chapters(matching patterns: [String], in chapters: [Chapter]) -> Swift.Result<Set<String>, Diagnostics> {
        var slugs: Set<String> = []
        var problems: [Diagnostic] = []
        for pattern in patterns {
            let matches = chapters.filter { chapter in
                let file = chapter.slug + ".md"
                return chapter.slug == pattern || file == pattern || chapter.path == pattern
                    || chapter.slug.hasPrefix(pattern + "-")
            }
            if matches.isEmpty {
                problems.append(Diagnostic(
                    file: "--rerun \(pattern)", message: "no chapter is named `\(pattern)`",
                    hint: "give a chapter number (`05`), slug or file name: "
                        + chapters.map(\.slug).joined(separator: ", ")))
            }
            slugs.formUnion(matches.map(\.slug))
        }
        return problems.isEmpty ? .success(slugs) : .failure(Diagnostics(problems))
    }

    /// Removes staging folders of builds that were killed: those whose process is gone
    /// (named `<pid>-<UUID>`), and any of an older naming.
    static func removeStaleStaging(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            let owner = name.split(separator: "-").first.flatMap { pid_t($0) }
            if let owner, owner == getpid() || kill(owner, 0) == 0 || errno != ESRCH { continue }
            try? FileManager.default.removeItem(at: folder.appending(path: name))
        }
    }

    private func failed(_ result: Result, step: String, _ diagnostics: [Diagnostic]) -> Result {
        var result = result
        result.failedStep = step
        result.diagnostics = diagnostics
        return result
    }

    private static func report(_ chapter: Chapter, _ outcome: ExperimentRunner.Outcome) -> ChapterReport {
        switch outcome {
        case .success(let run): ChapterReport(chapter: chapter, run: run, diagnostics: [])
        case .failure(let problems): ChapterReport(chapter: chapter, run: nil, diagnostics: problems.items)
        }
    }

    static func diagnostics(_ error: any Error, file: String) -> [Diagnostic] {
        if let site = error as? SiteBuildError { return site.diagnostics }
        return error.diagnostics(defaultFile: file)
    }

    private static func printWarnings(_ warnings: [String]) {
        for warning in warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
