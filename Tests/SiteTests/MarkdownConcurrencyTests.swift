import Dispatch
import Synchronization
import Testing
@testable import Site

/// Pages are drafted on several threads at once (`concurrentMap`); cmark-gfm keeps the
/// characters that start inline syntax in process-wide tables that each parse changes, so
/// parses run one at a time (``MarkdownDialect/parsing(_:)``). Parsed together, every text
/// gives the HTML it gives alone.
@Suite struct MarkdownConcurrencyTests {
    static let texts = [
        "Step ~~back~~ forward, see www.example.org and https://swift.org: | a | b |\n|---|---|\n| 1 | 2 |\n",
        "A ~~struck~~ word, a link www.descent.test, and - [x] a task\n\n- [ ] another ~one~\n",
        "Plain *emphasis* and `code`, then ~~gone~~ and <https://example.com>.\n",
    ]

    @Test func concurrentParsesGiveTheHTMLOfSerialOnes() {
        let alone = Self.texts.map { MarkdownDocument($0).html() }
        let rounds = 400
        let together = Mutex([String?](repeating: nil, count: rounds))
        DispatchQueue.concurrentPerform(iterations: rounds) { index in
            let html = MarkdownDocument(Self.texts[index % Self.texts.count]).html()
            together.withLock { $0[index] = html }
        }
        let results = together.withLock { $0 }
        let differing = results.indices.filter { results[$0] != alone[$0 % Self.texts.count] }
        #expect(differing.isEmpty, "\(differing.count) of \(rounds) concurrent parses differ, e.g. \(differing.first.map { results[$0] ?? "" } ?? "")")
    }
}
