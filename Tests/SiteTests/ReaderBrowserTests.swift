import Foundation
import Testing
@testable import Site

/// The site as a reader sees it, in real headless Chromium with the system in dark mode
/// (see ``ReaderHarness``): phone figures, output, equations, the measure, keys and print.
@Suite(.enabled(if: Chromium.path != nil, Comment(rawValue: Chromium.missing)), .serialized)
struct ReaderBrowserTests {
    struct Findings: Decodable {
        struct Figure: Decodable { var file: String; var minLabel: Double }
        struct Equation: Decodable { var overflows: Bool; var overflowX: String; var shadow: Int }
        struct Printed: Decodable { var label: String; var color: String; var background: String; var files: [String]; var foldDisplay: String }
        var phoneFigures: [Figure]
        var phoneBackground: String?
        var pageOverflow: Int?
        var outputOverflow: [Int]
        var equations: [Equation]
        var charsPerLine: Int
        var figureWidth: Double?
        var textWidth: Double?
        var keys: [String: String]
        var print: [Printed]
        var screenBackground: String?
        var error: String?
    }

    static let findings: Result<Findings, any Error> = Result {
        let site = try FixtureBook.build(try ReaderFixture.runs())
        defer { try? FileManager.default.removeItem(at: site) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-reader-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let harness = folder.appendingPathComponent("reader.html")
        try ReaderHarness.html(site: site).write(to: harness, atomically: true, encoding: .utf8)
        let run = try Chromium.run(harness, extraArguments: ["--force-dark-mode"])
        if ProcessInfo.processInfo.environment["DESCENT_HARNESS_DEBUG"] != nil { print(run.result) }
        return try JSONDecoder().decode(Findings.self, from: Data(run.result.utf8))
    }

    @Test func phoneFiguresKeepLabelsLegible() throws {
        let findings = try Self.findings.get()
        #expect(findings.error == nil, "\(findings.error ?? "")")
        #expect(findings.phoneBackground != "rgb(253, 252, 248)", "the system's dark mode is on")
        #expect(findings.phoneFigures.count == 1)
        for figure in findings.phoneFigures {
            #expect(figure.minLabel >= 9, "\(figure.file): labels shown at \(figure.minLabel) px")
            #expect(figure.file == "panels-narrow-dark.png", "the phone variant in the dark theme")
        }
    }

    @Test func phoneOutputWrapsAndEquationsScrollWithAShadow() throws {
        let findings = try Self.findings.get()
        #expect(!findings.outputOverflow.isEmpty && findings.outputOverflow.allSatisfy { $0 <= 1 },
                "output boxes overflow by \(findings.outputOverflow) px")
        #expect(findings.pageOverflow == 0, "a long inline code span or link widens the page by \(findings.pageOverflow ?? -1) px")
        let wide = findings.equations.filter(\.overflows)
        #expect(!wide.isEmpty, "the fixture's wide equation overflows a phone")
        for equation in wide {
            #expect(equation.overflowX == "auto")
            #expect(equation.shadow == 2, "a shadow on each side")
        }
    }

    @Test func bodyMeasureIsNearSixtySixCharacters() throws {
        let findings = try Self.findings.get()
        #expect((55...75).contains(findings.charsPerLine), "\(findings.charsPerLine) characters per line")
        if let figure = findings.figureWidth, let text = findings.textWidth {
            #expect(figure > text, "a wide figure may use more than the text's measure")
        }
    }

    @Test func arrowKeysTurnPagesButNotWhileTyping() throws {
        let findings = try Self.findings.get()
        #expect(findings.keys["whileTyping"] == "02-momentum.html")
        #expect(findings.keys["right"] == "03-phone.html")
        #expect(findings.keys["left"] == "02-momentum.html")
    }

    @Test func printIsAlwaysLight() throws {
        let findings = try Self.findings.get()
        #expect(findings.screenBackground != "rgb(255, 255, 255)", "dark on screen before printing")
        #expect(findings.print.count == 4)
        for printed in findings.print {
            #expect(printed.color == "rgb(0, 0, 0)", "\(printed.label): text \(printed.color)")
            #expect(printed.background == "rgb(255, 255, 255)", "\(printed.label): background \(printed.background)")
            #expect(!printed.files.isEmpty && printed.files.allSatisfy { $0.hasSuffix("-light.png") && !$0.contains("narrow") },
                    "\(printed.label): \(printed.files)")
            if printed.label.hasSuffix("02-momentum.html") {
                #expect(printed.foldDisplay == "none", "folded plotting code is not printed")
            }
        }
    }
}
