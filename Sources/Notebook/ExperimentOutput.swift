/// What running one experiment block produced: its printed text and its figures.
public struct BlockOutput: Sendable, Hashable, Codable {
    /// Index of the experiment block (see ``ExperimentBlock/index``).
    public var blockIndex: Int
    /// Everything the block printed to standard output, in order.
    public var text: String
    /// The figures the block showed, in order.
    public var figures: [RenderedFigure]
    /// The values the block noted for the prose (`note("eta", η, decimals: 3)`), in order.
    public var notes: [Note]
    /// The block's `expect(…)` calls whose condition was false, in order.
    public var failedExpectations: [FailedExpectation]
    /// Bytes the block printed beyond the chapter's output limit, cut from ``text``
    /// (nil or 0: nothing was cut).
    public var omittedBytes: Int?

    /// Creates a block output.
    public init(
        blockIndex: Int, text: String, figures: [RenderedFigure], notes: [Note] = [],
        failedExpectations: [FailedExpectation] = []
    ) {
        self.blockIndex = blockIndex
        self.text = text
        self.figures = figures
        self.notes = notes
        self.failedExpectations = failedExpectations
    }
}

/// A value an experiment noted for the chapter's prose: `{{name}}` becomes `value`.
public struct Note: Sendable, Hashable, Codable {
    /// The name prose refers to.
    public var name: String
    /// The value as the block formatted it.
    public var value: String
    /// The chapter line of the `note(…)` call.
    public var line: Int
    /// Its column.
    public var column: Int

    /// Creates a note.
    public init(name: String, value: String, line: Int, column: Int) {
        self.name = name
        self.value = value
        self.line = line
        self.column = column
    }
}

/// An `expect(condition, message)` whose condition was false when the block ran.
public struct FailedExpectation: Sendable, Hashable, Codable {
    /// The author's message.
    public var message: String
    /// The chapter line of the `expect(…)` call.
    public var line: Int
    /// Its column.
    public var column: Int

    /// Creates a failed expectation.
    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }
}

/// A figure an experiment showed, rendered to PNG in a light and a dark variant.
public struct RenderedFigure: Sendable, Hashable, Codable {
    /// The author's id for cross-references (`show(…, id: "ravine-gd")`), if any.
    public var id: String?
    /// The caption, Markdown with inline math allowed.
    public var caption: String
    /// Alternative text stating what the figure shows.
    public var alt: String
    /// File name of the light PNG (rendered at 2×), relative to the chapter's figure folder.
    public var lightFile: String
    /// File name of the dark PNG (rendered at 2×), relative to the chapter's figure folder.
    public var darkFile: String
    /// Width at 1×, in CSS pixels.
    public var width: Int
    /// Height at 1×, in CSS pixels.
    public var height: Int
    /// For a sweep figure (sliders), its frames; nil for a plain figure.
    public var sweep: SweepFigure?

    /// Creates a rendered figure record.
    public init(id: String?, caption: String, alt: String, lightFile: String, darkFile: String, width: Int, height: Int,
                sweep: SweepFigure? = nil) {
        self.sweep = sweep
        self.id = id
        self.caption = caption
        self.alt = alt
        self.lightFile = lightFile
        self.darkFile = darkFile
        self.width = width
        self.height = height
    }
}
