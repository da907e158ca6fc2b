/// The course's title and home-page introduction, from `chapters/index.md`.
///
/// `index.md` is not a chapter: it has no number, runs no experiments and becomes the
/// home page rather than a page of its own.
public struct BookIntroduction: Sendable, Hashable {
    /// The course title from the front matter.
    public var title: String
    /// The Markdown after the front matter, with includes expanded.
    public var body: String
    /// The path used in messages (`chapters/index.md`), or nil when there is no such file.
    public var path: String?

    /// Creates an introduction.
    public init(title: String, body: String, path: String? = nil) {
        self.title = title
        self.body = body
        self.path = path
    }
}

/// A whole course: its introduction and its chapters in reading order.
public struct Book: Sendable {
    /// The title and home-page introduction.
    public var introduction: BookIntroduction
    /// The chapters, ordered by file name.
    public var chapters: [Chapter]

    /// Creates a book.
    public init(introduction: BookIntroduction, chapters: [Chapter]) {
        self.introduction = introduction
        self.chapters = chapters
    }
}
