#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Synchronization

/// The runtime's side of the protocol with `descent build` (the Notebook module's
/// `RunEvents` documents it): figures go to the folder named by
/// `DESCENT_EXPERIMENT_OUTPUT`, and one JSON line per event is appended to
/// `events.jsonl` there — block starts with the byte offset of standard output, figures,
/// and the end of the program.
///
/// Each line is written with a single `write(2)` as soon as it happens, so a program
/// that traps later still leaves a readable log naming the block it died in.
final class OutputChannel: Sendable {
    /// The channel of this process.
    static let shared = OutputChannel()

    /// Environment variable naming the output folder; the same name as
    /// `RunEvents.outputDirectoryKey` in the Notebook module.
    static let directoryKey = "DESCENT_EXPERIMENT_OUTPUT"

    struct State {
        var block = 0
        var figureCount = 0
        var usedIDs: Set<String> = []
        var eventsDescriptor: Int32 = -1
        var lineBuffered = false
    }

    /// The output folder, or nil when the program runs outside `descent build`.
    let directory: String?
    private let state = Mutex(State())

    private init() {
        directory = getenv(Self.directoryKey).map { String(cString: $0) }
    }

    /// Marks the start of block `index`: flushes standard output and records its offset.
    func beginBlock(_ index: Int) {
        let offset = flushedOffset()
        state.withLock { state in
            if !state.lineBuffered {
                // Before any output: line buffering keeps what a block printed before a trap.
                setvbuf(stdout, nil, _IOLBF, 0)
                state.lineBuffered = true
            }
            state.block = index
            append(#"{"event":"block","block":\#(index),"offset":\#(offset)}"#, to: &state)
        }
    }

    /// Marks the end of the last block.
    func finish() {
        let offset = flushedOffset()
        state.withLock { state in
            append(#"{"event":"end","offset":\#(offset)}"#, to: &state)
        }
    }

    /// Reserves the next figure number and checks `id` is new; returns the figure
    /// number and the current block, or a message explaining why `id` is refused.
    func reserveFigure(id: String?) -> Result<(number: Int, block: Int), FigureRefusal> {
        state.withLock { state in
            if let id {
                guard state.usedIDs.insert(id).inserted else { return .failure(.duplicateID(id)) }
            }
            state.figureCount += 1
            return .success((state.figureCount, state.block))
        }
    }

    /// Writes `bytes` to `name` in the output folder.
    func write(_ bytes: [UInt8], to name: String) -> Bool {
        guard let directory else { return false }
        let descriptor = open(directory + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return Self.writeAll(bytes, to: descriptor)
    }

    /// Records a figure whose files are written.
    func recordFigure(block: Int, id: String?, caption: String, alt: String,
                      lightFile: String, darkFile: String, width: Int, height: Int, sweepJSON: String? = nil) {
        let idField = id.map { JSON.string($0) } ?? "null"
        let figure = #"{"id":\#(idField),"caption":\#(JSON.string(caption)),"alt":\#(JSON.string(alt)),"#
            + #""lightFile":\#(JSON.string(lightFile)),"darkFile":\#(JSON.string(darkFile)),"#
            + #""width":\#(width),"height":\#(height)"# + (sweepJSON.map { #","sweep":"# + $0 } ?? "") + "}"
        state.withLock { state in
            append(#"{"event":"figure","block":\#(block),"figure":\#(figure)}"#, to: &state)
        }
    }

    private func flushedOffset() -> Int {
        fflush(stdout)
        let offset = lseek(STDOUT_FILENO, 0, SEEK_CUR)
        return offset < 0 ? 0 : Int(offset)
    }

    private func append(_ line: String, to state: inout State) {
        guard let directory else { return }
        if state.eventsDescriptor < 0 {
            state.eventsDescriptor = open(directory + "/events.jsonl", O_WRONLY | O_CREAT | O_APPEND, 0o644)
        }
        guard state.eventsDescriptor >= 0 else { return }
        _ = Self.writeAll(Array((line + "\n").utf8), to: state.eventsDescriptor)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                done += written
            }
            return true
        }
    }
}

/// Why `show` refused a figure.
enum FigureRefusal: Error {
    case duplicateID(String)
}

/// Minimal JSON string encoding, so the runtime needs no Foundation.
enum JSON {
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
