import RunProtocol

/// The builder's side of the protocol with a running chapter program: reads the event log
/// the runtime wrote (``RunEvent`` in the RunProtocol module defines the events) together
/// with the program's standard output, and splits them into per-block outputs.
public enum RunEvents {
    /// Environment variable naming the output folder.
    public static let outputDirectoryKey = RunEvent.outputDirectoryKey
    /// File name of the event log inside the output folder.
    public static let eventsFileName = RunEvent.eventsFileName

    /// What a run produced, read back from its event log and its standard output.
    public struct Transcript: Sendable, Equatable {
        /// One output per block the program reached, in order.
        public var outputs: [BlockOutput]
        /// The index of the last block that started, if any.
        public var lastBlock: Int?
        /// Whether the program got past the last block.
        public var finished: Bool
        /// The protocol version of lines written by a runtime speaking another version
        /// (nil when every line spoke ours): the library and the builder come from
        /// different sources and one of them must be rebuilt.
        public var foreignVersion: Int??
        /// Complete lines that could not be read (a line cut short by a crash is not one).
        public var unreadableLines: [String]
        /// The files the program read, as it named them, in first-use order.
        public var inputs: [String] = []
    }

    /// Reads an event log and standard output into per-block outputs; `blockCount`
    /// blocks are always returned (blocks never reached have empty outputs).
    public static func transcript(events: [UInt8], standardOutput: [UInt8], blockCount: Int) -> Transcript {
        transcript(
            events: events, standardOutputSize: standardOutput.count, blockCount: blockCount, outputLimit: .max
        ) { range in Array(standardOutput[range]) }
    }

    /// Reads an event log and standard output, reading at most `outputLimit` bytes of each
    /// block's text through `read` (a byte range of standard output, `standardOutputSize`
    /// bytes long): a block that printed more keeps its first `outputLimit` bytes (cut at a
    /// line end when there is one) and records how many were left out, so a program
    /// printing without end never has its output held in the builder's memory.
    public static func transcript(
        events: [UInt8], standardOutputSize: Int, blockCount: Int, outputLimit: Int,
        read: (Range<Int>) -> [UInt8]
    ) -> Transcript {
        let standardOutputCount = standardOutputSize
        var starts: [Int: Int] = [:]
        var figures: [Int: [RenderedFigure]] = [:]
        var notes: [Int: [Note]] = [:]
        var failures: [Int: [FailedExpectation]] = [:]
        var lastBlock: Int?
        var endOffset: Int?
        var foreignVersion: Int??
        var unreadable: [String] = []
        var inputs: [String] = []
        let lines = events.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() where !line.isEmpty {
            let event: RunEvent
            do {
                event = try RunEvent.decode(line: line)
            } catch {
                if case .unsupportedVersion(let version) = error {
                    foreignVersion = .some(version)
                } else if number < lines.count - 1 {
                    // The last line may be cut short by a crash; any other is a real problem.
                    unreadable.append("\(error)")
                }
                continue
            }
            if let block = event.block, !(0..<blockCount).contains(block) {
                unreadable.append("block \(block) of a \(event.kind.rawValue) event does not exist")
                continue
            }
            switch event {
            case .blockStart(let block, let offset):
                starts[block] = offset
                lastBlock = block
            case .figure(let block, let figure):
                figures[block, default: []].append(RenderedFigure(figure))
            case .sweepFigure(let block, let figure, let sweep):
                var rendered = RenderedFigure(figure)
                rendered.sweep = sweep
                figures[block, default: []].append(rendered)
            case .note(let note):
                notes[note.block, default: []].append(Note(name: note.name, value: note.value, line: note.line, column: note.column))
            case .expectationFailed(let failure):
                failures[failure.block, default: []].append(
                    FailedExpectation(message: failure.message, line: failure.line, column: failure.column))
            case .input(let path):
                if !path.isEmpty, !inputs.contains(path) { inputs.append(path) }
            case .end(let offset):
                endOffset = offset
            }
        }
        var outputs: [BlockOutput] = []
        for block in 0..<blockCount {
            var text = ""
            var omitted = 0
            if let start = starts[block] {
                let end = (block + 1..<blockCount).lazy.compactMap { starts[$0] }.first
                    ?? endOffset ?? standardOutputCount
                let lower = min(max(start, 0), standardOutputCount)
                let upper = min(max(end, lower), standardOutputCount)
                if upper - lower > outputLimit {
                    var bytes = read(lower..<(lower + outputLimit))
                    // Cut after the last whole line when it is not too far back.
                    if let newline = bytes.lastIndex(of: UInt8(ascii: "\n")), newline >= bytes.count / 2 {
                        bytes.removeSubrange((newline + 1)...)
                    }
                    omitted = upper - lower - bytes.count
                    text = String(decoding: bytes, as: UTF8.self)
                } else {
                    text = String(decoding: read(lower..<upper), as: UTF8.self)
                }
            }
            var output = BlockOutput(
                blockIndex: block, text: text, figures: figures[block] ?? [],
                notes: notes[block] ?? [], failedExpectations: failures[block] ?? [])
            if omitted > 0 { output.omittedBytes = omitted }
            outputs.append(output)
        }
        return Transcript(
            outputs: outputs, lastBlock: lastBlock, finished: endOffset != nil,
            foreignVersion: foreignVersion, unreadableLines: unreadable, inputs: inputs)
    }
}

extension RenderedFigure {
    /// The builder's record of a figure the runtime reported.
    init(_ record: FigureRecord) {
        self.init(
            id: record.id, caption: record.caption, alt: record.alt, lightFile: record.lightFile,
            darkFile: record.darkFile, width: record.width, height: record.height)
    }
}
