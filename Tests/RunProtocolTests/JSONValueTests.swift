import Testing
import RunProtocol

@Suite struct JSONValueTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"\\", #""say \"hi\"\\""#),
        ("line\nbreak\ttab\r", #""line\nbreak\ttab\r""#),
        ("\u{1}\u{1F}", #""\u0001\u001f""#),
        ("η = 0.4 · $x^2$ 🙂", #""η = 0.4 · $x^2$ 🙂""#),
    ])
    func stringsAreEscapedAndReadBack(text: String, json: String) throws {
        #expect(JSONValue.quoted(text) == json)
        #expect(try JSONValue.parse(json) == .string(text))
    }

    @Test func escapesWrittenByOtherWritersAreRead() throws {
        #expect(try JSONValue.parse(#""\u00e9\/\b\f\ud83d\ude42""#) == .string("é/\u{8}\u{C}🙂"))
    }

    @Test func nestedValuesRoundTrip() throws {
        let value = JSONValue.object([
            ("a", .array([.int(1), .number("-2.5e-3"), .null, .bool(true), .bool(false)])),
            ("b", .object([("c", .string("d"))])), ("e", .array([])), ("f", .object([])),
        ])
        #expect(try JSONValue.parse(value.text) == value)
        #expect(try JSONValue.parse(" {\"a\" : [ 1 , -2.5e-3,null,true,false],\n\"b\":{\"c\":\"d\"},\"e\":[],\"f\":{}} ") == value)
    }

    @Test func numbersKeepTheirText() throws {
        let big = try JSONValue.parse("9007199254740993")
        #expect(big.intValue == 9_007_199_254_740_993)
        #expect(try JSONValue.parse("0.1").doubleValue == 0.1)
        #expect(JSONValue.double(0.1).text == "0.1")
        #expect(JSONValue.double(.nan) == .null)
        #expect(try JSONValue.parse("1.5").intValue == nil)
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\"}", "{\"a\":1,}", "01", "1.", "-", "1e", "tru", "\"unterminated",
        "\"bad \\x escape\"", "\"\\ud83d alone\"", "\"\\u12G4\"", "\"raw \n newline\"", "1 2", "{'a':1}",
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
    func malformedTextIsRefused(text: String) {
        #expect(throws: RunProtocolError.self) { try JSONValue.parse(text) }
    }

    @Test func invalidUTF8IsRefused() {
        #expect(throws: RunProtocolError.self) { try JSONValue.parse([0x22, 0xFF, 0x22]) }
    }
}
