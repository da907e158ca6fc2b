/// The `Content-Type` the preview server sends for a file, by extension.
enum ContentType {
    static let html = "text/html; charset=utf-8"

    private static let byExtension: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json", "map": "application/json",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "svg": "image/svg+xml", "ico": "image/x-icon", "webp": "image/webp",
        "woff2": "font/woff2", "woff": "font/woff", "otf": "font/otf", "ttf": "font/ttf",
        "txt": "text/plain; charset=utf-8", "xml": "application/xml",
    ]

    /// The type for a file name; `application/octet-stream` when unknown.
    static func forFile(_ name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}
