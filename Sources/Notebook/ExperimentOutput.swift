/// What running one experiment block produced: its printed text and its figures.
public struct BlockOutput: Sendable, Hashable, Codable {
    /// Index of the experiment block (see ``ExperimentBlock/index``).
    public var blockIndex: Int
    /// Everything the block printed to standard output, in order.
    public var text: String
    /// The figures the block showed, in order.
    public var figures: [RenderedFigure]

    /// Creates a block output.
    public init(blockIndex: Int, text: String, figures: [RenderedFigure]) {
        self.blockIndex = blockIndex
        self.text = text
        self.figures = figures
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
