internal import CCmark
import Notebook

/// A parsed cmark-gfm document with the GitHub extensions the course uses enabled:
/// tables, strikethrough, autolinks, task lists and footnotes.
///
/// A class because it owns the C tree and frees it when released.
final class MarkdownDocument {
    /// The document node.
    let root: OpaquePointer
    private let parser: OpaquePointer

    /// The options shared by parsing and rendering: raw HTML passes through (authors'
    /// HTML and the HTML blocks this module substitutes for nodes), footnotes are on — the
    /// dialect the Notebook module finds experiment blocks with — and, for the site only, prose
    /// gets typographic punctuation (`"…"` → “…”, `'` → ’, `--` → –, `---` → —, `...` → …).
    /// Smart punctuation never reaches code (cmark leaves code spans and blocks alone) nor math
    /// (protected as placeholders before cmark sees it; see ``SourceScanner``), and does not
    /// change where fences are, so both modules still see the same blocks.
    static let options = MarkdownDialect.options | CMARK_OPT_SMART

    private static let extensionNames = MarkdownDialect.extensionNames

    /// Parses Markdown.
    init(_ markdown: String) {
        // One parse at a time in the process: see ``MarkdownDialect/parsing(_:)``.
        (parser, root) = MarkdownDialect.parsing { () -> (OpaquePointer, OpaquePointer) in
            cmark_gfm_core_extensions_ensure_registered()
            let parser = cmark_parser_new(Self.options)!
            for name in Self.extensionNames {
                if let ext = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, ext)
                }
            }
            var text = markdown
            text.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                }
            }
            return (parser, cmark_parser_finish(parser)!)
        }
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// Renders a node (by default the whole document) to HTML.
    func html(_ node: OpaquePointer? = nil) -> String {
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let raw = cmark_render_html(node ?? root, Self.options, extensions) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }
}

/// Thin, Swift-shaped access to cmark nodes.
enum Node {
    static func type(_ node: OpaquePointer) -> cmark_node_type { cmark_node_get_type(node) }
    static func typeName(_ node: OpaquePointer) -> String { String(cString: cmark_node_get_type_string(node)) }
    static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }
    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
    static func setLiteral(_ node: OpaquePointer, _ text: String) { cmark_node_set_literal(node, text) }
    static func fenceInfo(_ node: OpaquePointer) -> String {
        cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    }
    static func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }
    static func headingLevel(_ node: OpaquePointer) -> Int { Int(cmark_node_get_heading_level(node)) }
    static func startLine(_ node: OpaquePointer) -> Int { Int(cmark_node_get_start_line(node)) }
    static func startColumn(_ node: OpaquePointer) -> Int { Int(cmark_node_get_start_column(node)) }

    /// Replaces `node` with a raw HTML block (block context) or inline HTML (inline context).
    static func replace(_ node: OpaquePointer, withHTML html: String, inline: Bool = false) {
        let replacement = cmark_node_new(inline ? CMARK_NODE_HTML_INLINE : CMARK_NODE_HTML_BLOCK)!
        cmark_node_set_literal(replacement, html)
        cmark_node_replace(node, replacement)
        cmark_node_free(node)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
