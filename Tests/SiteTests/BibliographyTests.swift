import Notebook
import Testing
@testable import Site

@Suite struct BibliographyTests {
    static let sample = """
        % comment
        @InProceedings{kingma2015,
          author    = {Kingma, Diederik P. and Ba, Jimmy},
          title     = {{Adam}: A Method for Stochastic Optimization},
          booktitle = "International Conference on Learning Representations",
          year      = 2015,
          eprint    = {1412.6980},
        }
        @article{bottou2018, author = {L{\\'e}on Bottou and Curtis, Frank E. and Nocedal, Jorge},
          title = {Optimization Methods}, journal = {SIAM Review}, pages = {223--311}, year = {2018}}
        """

    @Test func parsesTheSubset() throws {
        let bibliography = try Bibliography.parse(Self.sample, file: "chapters/references.bib")
        let adam = try #require(bibliography.entries["kingma2015"])
        #expect(adam.type == "inproceedings")
        #expect(adam.title == "Adam: A Method for Stochastic Optimization")
        #expect(adam.fields["booktitle"] == "International Conference on Learning Representations")
        #expect(adam.year == "2015")
        #expect(adam.authors.map(\.family) == ["Kingma", "Ba"])
        #expect(adam.authors[0].given == "Diederik P.")
        #expect(adam.line == 2)
        let bottou = try #require(bibliography.entries["bottou2018"])
        #expect(bottou.authors.map(\.family) == ["Bottou", "Curtis", "Nocedal"])
        #expect(bottou.authors[0].given == "Léon")
        #expect(bottou.fields["pages"] == "223–311")
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var source: String
        var message: String
        var line: Int
        var testDescription: String { message }
    }

    static let bad: [Bad] = [
        Bad(source: "@article{a, title = {T}, year = {2000}}", message: "the entry 'a' has no author", line: 1),
        Bad(source: "\n@artcle{a, author = {A}, title = {T}, year = 1}", message: "unknown entry type '@artcle'", line: 2),
        Bad(source: "@misc{a, author = {A}, title = {T, year = 1", message: "the value of 'title' is not closed", line: 1),
        Bad(source: "@misc{a, author = {A}, title = {T}, year = 1}\n@misc{a, author = {B}, title = {U}, year = 2}",
            message: "the key 'a' is used twice", line: 2),
        Bad(source: "@misc{a author = {A}}", message: "expected , or } in entry 'a'", line: 1),
        Bad(source: "@misc{, author = {A}}", message: "missing key after @misc{", line: 1),
        Bad(source: "text", message: "expected an entry starting with @, found 't'", line: 1),
        Bad(source: "@misc{a, author = {A and }, title = {T}, year = 1}", message: "an author name of 'a' is empty", line: 1),
        Bad(source: "@misc{a, author = {A}, title = {T}, title = {U}, year = 1}", message: "the field 'title' appears twice in 'a'", line: 1),
    ]

    @Test(arguments: bad) func malformedEntriesAreLocated(_ bad: Bad) {
        do {
            _ = try Bibliography.parse(bad.source, file: "chapters/references.bib")
            Issue.record("no error")
        } catch {
            let first = error.items[0]
            #expect(first.message == bad.message)
            #expect(first.line == bad.line)
            #expect(first.file == "chapters/references.bib")
            #expect(first.column != nil)
        }
    }

    @Test func everyBadEntryIsReportedNotOnlyTheFirst() {
        let source = "@misc{a, title = {T}, year = 1}\n@misc{b, author = {B}, title = {U}, year = 2}\n@misc{c, year = 3}"
        do {
            _ = try Bibliography.parse(source, file: "x.bib")
            Issue.record("no error")
        } catch {
            #expect(error.items.map(\.line) == [1, 3])
        }
    }

    @Test func accentsAndDashes() {
        #expect(BibText.clean("Doll{\\'a}r -- G{\\\"o}del~and \\c{C}ay, 1--17") == "Dollár – Gödel\u{A0}and Çay, 1–17")
        #expect(BibText.clean("{A}  {\\&}\n B") == "A & B")
    }

    /// The course's own bibliography parses and holds the works the review asked for.
    @Test func theCourseBibliographyIsComplete() throws {
        let file = #filePath.components(separatedBy: "/Tests/")[0] + "/chapters/references.bib"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let bibliography = try Bibliography.parse(text, file: "chapters/references.bib")
        let expected = [
            ("polyak1964", "Polyak", "1964"), ("nesterov1983", "Nesterov", "1983"), ("duchi2011", "Duchi et al.", "2011"),
            ("tieleman2012", "Tieleman & Hinton", "2012"), ("zeiler2012", "Zeiler", "2012"), ("kingma2015", "Kingma & Ba", "2015"),
            ("reddi2018", "Reddi et al.", "2018"), ("zaheer2018", "Zaheer et al.", "2018"),
            ("loshchilov2017", "Loshchilov & Hutter", "2017"), ("goyal2017", "Goyal et al.", "2017"),
            ("dauphin2014", "Dauphin et al.", "2014"), ("lee2016", "Lee et al.", "2016"), ("sutskever2013", "Sutskever et al.", "2013"),
            ("goh2017", "Goh", "2017"), ("keskar2017", "Keskar et al.", "2017"), ("wilson2017", "Wilson et al.", "2017"),
            ("robbins1951", "Robbins & Monro", "1951"), ("bottou2018", "Bottou et al.", "2018"),
            ("zhang2023d2l", "Zhang et al.", "2023"),
        ]
        for (key, names, year) in expected {
            let entry = try #require(bibliography.entries[key], "\(key)")
            #expect(Citations.names(entry) == names)
            #expect(entry.year == year)
        }
    }
}
