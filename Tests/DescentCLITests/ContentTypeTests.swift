import Testing
@testable import DescentCLI

@Suite struct ContentTypeTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("descent.css", "text/css; charset=utf-8"),
        ("descent.js", "text/javascript; charset=utf-8"), ("figure-1-light.PNG", "image/png"),
        ("plot.svg", "image/svg+xml"), ("data.json", "application/json"), ("font.woff2", "font/woff2"),
        ("font.otf", "font/otf"), ("README", "application/octet-stream"), ("x.unknown", "application/octet-stream"),
    ])
    func byExtension(name: String, type: String) {
        #expect(ContentType.forFile(name) == type)
    }
}
