import Testing
@testable import Notebook

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func millionAs() {
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func streamingInAnyChunksEqualsOneShot() {
        var generator = SplitMix(seed: 7)
        let bytes = (0..<1000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let expected = SHA256.hex(bytes)
        for chunk in [1, 3, 63, 64, 65, 200] {
            var hash = SHA256()
            var start = 0
            while start < bytes.count {
                hash.update(bytes[start..<min(start + chunk, bytes.count)])
                start += chunk
            }
            #expect(SHA256.hexString(hash.finalize()) == expected)
        }
    }

    @Test func fieldsAreLengthPrefixed() {
        var first = SHA256(), second = SHA256()
        first.update(field: "ab"); first.update(field: "c")
        second.update(field: "a"); second.update(field: "bc")
        #expect(first.finalize() != second.finalize())
    }
}
