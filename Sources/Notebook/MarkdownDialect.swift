internal import CCmark
import Synchronization

/// The Markdown dialect of the course, in one place: cmark-gfm with the GitHub extensions
/// the course uses. The Notebook module finds experiment blocks with it and the Site
/// module renders pages with it, so both read a chapter's blocks the same way.
public enum MarkdownDialect {
    /// cmark-gfm extensions enabled when parsing.
    public static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// The options shared by parsing and rendering: raw HTML passes through (authors' HTML
    /// and the HTML blocks the site substitutes for nodes), footnotes are on.
    public static var options: Int32 { CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8 }

    /// Held around every cmark-gfm parse (registering the extensions, making the parser,
    /// feeding it, finishing it), in this module and in Site. cmark-gfm keeps the characters
    /// that start inline syntax in process-wide tables: finishing a parse adds the extensions'
    /// characters (`~`, `|`, `:`, `w`…) and then removes them, so a parse finishing on one
    /// thread made another thread's parse miss a strikethrough or an autolink — two renders of
    /// the same book on a busy machine gave pages a few bytes apart. Rendering a parsed
    /// document does not touch those tables and needs no lock.
    public static func parsing<T>(_ body: () -> T) -> T {
        parseLock.withLock { _ in body() }
    }

    private static let parseLock = Mutex(())
}

/// A fenced code block as cmark-gfm reads it.
struct FencedCodeBlock {
    /// 0-based line of the opening fence in the parsed text.
    var line: Int
    /// 1-based column of the opening fence (after any container prefix such as `> `).
    var column: Int
    /// 0-based line of the block's last line (the closing fence, when there is one).
    var endLine: Int
    /// The info string.
    var info: String
    /// The content, each line ending in a newline.
    var literal: String
    /// The fence character and length.
    var fence: (character: Character, length: Int)
    /// The kinds of the containers around the block, innermost first (`block_quote`,
    /// `item`, `list`, `footnote_definition`…), the document excluded.
    var containers: [String]
}

/// What cmark-gfm reads in a Markdown text, as far as finding experiment blocks goes.
struct MarkdownBlocks {
    /// Every fenced code block, in document order.
    var fenced: [FencedCodeBlock] = []
    /// 0-based line ranges of code blocks (fenced or indented): their text is code, even
    /// when it looks like a fence.
    var codeLines: [ClosedRange<Int>] = []
    /// 0-based first lines of indented (unfenced) code blocks.
    var indentedCodeStarts: Set<Int> = []
    /// 0-based line ranges of HTML blocks; comments (`<!-- … -->`) are flagged.
    var htmlBlocks: [(lines: ClosedRange<Int>, isComment: Bool)] = []

    /// Reads `text`.
    init(_ text: String) {
        guard let parser = MarkdownDialect.parsing({ () -> OpaquePointer? in
            cmark_gfm_core_extensions_ensure_registered()
            return cmark_parser_new(MarkdownDialect.options)
        }) else { return }
        defer { cmark_parser_free(parser) }
        let parsed = MarkdownDialect.parsing { () -> OpaquePointer? in
            for name in MarkdownDialect.extensionNames {
                if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
            }
            var source = text
            source.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
            return cmark_parser_finish(parser)
        }
        guard let root = parsed else { return }
        defer { cmark_node_free(root) }

        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let start = Int(cmark_node_get_start_line(node)) - 1
            let lines = start...max(start, Int(cmark_node_get_end_line(node)) - 1)
            if type == CMARK_NODE_HTML_BLOCK {
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                htmlBlocks.append((lines, literal.drop(while: { $0 == " " }).hasPrefix("<!--")))
                continue
            }
            guard type == CMARK_NODE_CODE_BLOCK else { continue }
            codeLines.append(lines)
            var length: Int32 = 0, offset: Int32 = 0
            var character: CChar = 0
            guard cmark_node_get_fenced(node, &length, &offset, &character) != 0 else {
                indentedCodeStarts.insert(start)
                continue
            }
            var containers: [String] = []
            var parent = cmark_node_parent(node)
            while let current = parent, cmark_node_get_type(current) != CMARK_NODE_DOCUMENT {
                containers.append(String(cString: cmark_node_get_type_string(current)))
                parent = cmark_node_parent(current)
            }
            fenced.append(FencedCodeBlock(
                line: Int(cmark_node_get_start_line(node)) - 1,
                column: Int(cmark_node_get_start_column(node)),
                endLine: Int(cmark_node_get_end_line(node)) - 1,
                info: cmark_node_get_fence_info(node).map { String(cString: $0) } ?? "",
                literal: cmark_node_get_literal(node).map { String(cString: $0) } ?? "",
                fence: (Character(Unicode.Scalar(UInt8(bitPattern: character))), Int(length)),
                containers: containers))
        }
    }
}
