import Foundation
import Testing
@testable import DescentCLI

/// Request paths map to files inside the site folder and nowhere else.
@Suite struct SitePathResolverTests {
    private func site() throws -> (URL, SitePathResolver) {
        let folder = FileManager.default.temporaryDirectory.appending(path: "descent-resolver-\(UUID().uuidString.prefix(8))")
        let site = folder.appending(path: "site")
        try FileManager.default.createDirectory(at: site.appending(path: "figures/01 one"), withIntermediateDirectories: true)
        try Data("home".utf8).write(to: site.appending(path: "index.html"))
        try Data("png".utf8).write(to: site.appending(path: "figures/01 one/a.png"))
        try Data("secret".utf8).write(to: folder.appending(path: "secret.txt"))
        try FileManager.default.createSymbolicLink(at: site.appending(path: "escape.txt"), withDestinationURL: folder.appending(path: "secret.txt"))
        try FileManager.default.createSymbolicLink(at: site.appending(path: "inside.html"), withDestinationURL: site.appending(path: "index.html"))
        return (folder, SitePathResolver(root: site))
    }

    @Test func servesFilesAndFolderIndexes() throws {
        let (folder, resolver) = try site()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(resolver.resolve("/")?.lastPathComponent == "index.html")
        #expect(resolver.resolve("/index.html?x=1")?.lastPathComponent == "index.html")
        #expect(resolver.resolve("/figures/01%20one/a.png")?.lastPathComponent == "a.png")
        #expect(resolver.resolve("/./index.html")?.lastPathComponent == "index.html")
        #expect(resolver.resolve("/inside.html")?.lastPathComponent == "index.html", "a link within the site is fine")
    }

    @Test(arguments: [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt", "/figures/../../secret.txt",
        "/figures/%2e%2e%2f%2e%2e%2fsecret.txt", "/index.html%00.png", "/%00", "/..%5csecret.txt", "/figures\\..\\..\\secret.txt",
        "/escape.txt", "/missing.html", "/figures/01%20one/", "index.html", "/%zz", "//etc/passwd", "/%2fetc%2fpasswd",
    ])
    func refusesEverythingElse(path: String) throws {
        let (folder, resolver) = try site()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(resolver.resolve(path) == nil)
    }
}
