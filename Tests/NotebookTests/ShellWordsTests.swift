import Testing
@testable import Notebook

@Suite struct ShellWordsTests {
    @Test(arguments: [
        ("a b  c", ["a", "b", "c"]),
        ("  leading and trailing  ", ["leading", "and", "trailing"]),
        ("-primary-file '/tmp/sp ace/main.swift'", ["-primary-file", "/tmp/sp ace/main.swift"]),
        (#"-o '/tmp/o"ut'"#, ["-o", #"/tmp/o"ut"#]),
        (#"'it'\''s'"#, ["it's"]),
        (#""/opt/bin/ld.lld" "-o" "a \"b\" c\\d""#, ["/opt/bin/ld.lld", "-o", #"a "b" c\d"#]),
        (#""keeps \n as written""#, [#"keeps \n as written"#]),
        (#"back\ slash"#, ["back slash"]),
        ("''", [""]),
        (#"x"y"'z'"#, ["xyz"]),
    ])
    func splitsAsAShellWould(line: String, words: [String]) {
        #expect(ShellWords.split(line) == words)
    }

    @Test(arguments: ["'open", #""open"#, #""ends in escape\"#])
    func anOpenQuoteIsNotAGuess(line: String) {
        #expect(ShellWords.split(line) == nil)
    }
}
