import Foundation

/// The protocol between a running chapter program (the runtime in the `Experiments`
/// module) and the builder.
///
/// The builder sets `DESCENT_EXPERIMENT_OUTPUT` to a folder. The runtime writes the
/// figures' PNG files there and appends one JSON object per line to `events.jsonl`,
/// each with a single `write`, so a crash leaves only whole lines:
///
/// - `{"event":"block","block":2,"offset":1234}`: block 2 starts; standard output,
///   flushed, is at byte 1234 (the builder sends it to a file).
/// - `{"event":"figure","block":2,"figure":{…}}`: a ``RenderedFigure`` whose files are
///   already written.
/// - `{"event":"input","path":"data/diabetes.csv"}`: the program reads this file (written
///   by the library's loaders through `InputFiles.record`; relative to the book root).
/// - `{"event":"end","offset":5678}`: all blocks ran.
///
/// The Experiments module cannot import Notebook (nor the reverse), so it writes the
/// same keys by hand; tests on both sides pin the format.
public enum RunEvents {
    /// Environment variable naming the output folder.
    public static let outputDirectoryKey = "DESCENT_EXPERIMENT_OUTPUT"
    /// File name of the event log inside the output folder.
    public static let eventsFileName = "events.jsonl"

    struct Event: Decodable {
        var event: String
        var block: Int?
        var offset: Int?
        var figure: RenderedFigure?
        var path: String?
    }

    /// What a run produced, read back from its event log and its standard output.
    public struct Transcript: Sendable, Equatable {
        /// One output per block the program reached, in order.
        public var outputs: [BlockOutput]
        /// The index of the last block that started, if any.
        public var lastBlock: Int?
        /// Whether the program got past the last block.
        public var finished: Bool
        /// The files the program read, as it named them, in first-use order.
        public var inputs: [String] = []
    }

    /// Reads an event log and standard output into per-block outputs; `blockCount`
    /// blocks are always returned (blocks never reached have empty outputs).
    public static func transcript(events: [UInt8], standardOutput: [UInt8], blockCount: Int) -> Transcript {
        var starts: [Int: Int] = [:]
        var figures: [Int: [RenderedFigure]] = [:]
        var lastBlock: Int?
        var endOffset: Int?
        var inputs: [String] = []
        let decoder = JSONDecoder()
        for line in events.split(separator: UInt8(ascii: "\n")) {
            guard let event = try? decoder.decode(Event.self, from: Data(line)) else { continue }
            switch event.event {
            case "block":
                guard let block = event.block, (0..<blockCount).contains(block) else { continue }
                starts[block] = event.offset ?? 0
                lastBlock = block
            case "figure":
                guard let block = event.block, let figure = event.figure else { continue }
                figures[block, default: []].append(figure)
            case "input":
                guard let path = event.path, !path.isEmpty, !inputs.contains(path) else { continue }
                inputs.append(path)
            case "end":
                endOffset = event.offset ?? standardOutput.count
            default:
                continue
            }
        }
        var outputs: [BlockOutput] = []
        for block in 0..<blockCount {
            var text = ""
            if let start = starts[block] {
                let end = (block + 1..<blockCount).lazy.compactMap { starts[$0] }.first
                    ?? endOffset ?? standardOutput.count
                let lower = min(max(start, 0), standardOutput.count)
                let upper = min(max(end, lower), standardOutput.count)
                text = String(decoding: standardOutput[lower..<upper], as: UTF8.self)
            }
            outputs.append(BlockOutput(blockIndex: block, text: text, figures: figures[block] ?? []))
        }
        return Transcript(outputs: outputs, lastBlock: lastBlock, finished: endOffset != nil, inputs: inputs)
    }
}
