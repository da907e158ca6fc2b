#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Synchronization

internal import RunProtocol

/// The runtime's side of the protocol with `descent build` (``RunEvent`` in the
/// RunProtocol module documents it): figures go to the folder named by
/// `DESCENT_EXPERIMENT_OUTPUT`, and one event per line is appended to `events.jsonl`
/// there — block starts with the byte offset of standard output, figures, notes, failed
/// expectations, and the end of the program.
///
/// Each line is written with a single `write(2)` as soon as it happens, so a program
/// that traps later still leaves a readable log naming the block it died in.
final class OutputChannel: Sendable {
    /// The channel of this process.
    static let shared = OutputChannel()

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
        directory = getenv(RunEvent.outputDirectoryKey).map { String(cString: $0) }
    }

    /// The block running now (0 before the first marker).
    var currentBlock: Int { state.withLock { $0.block } }

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
            append(.blockStart(block: index, standardOutputOffset: offset), to: &state)
        }
    }

    /// Marks the end of the last block.
    func finish() {
        let offset = flushedOffset()
        state.withLock { state in
            append(.end(standardOutputOffset: offset), to: &state)
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
                      lightFile: String, darkFile: String, width: Int, height: Int) {
        let figure = FigureRecord(
            id: id, caption: caption, alt: alt, lightFile: lightFile, darkFile: darkFile, width: width, height: height)
        state.withLock { state in
            append(.figure(block: block, figure), to: &state)
        }
    }

    /// Records a sweep figure (`showSweep`) whose files are written.
    func recordSweepFigure(block: Int, figure: FigureRecord, sweep: SweepRecord) {
        state.withLock { state in
            append(.sweepFigure(block: block, figure, sweep), to: &state)
        }
    }

    /// Records a value noted for the prose, attributed to the current block.
    func recordNote(name: String, value: String, line: Int, column: Int) {
        state.withLock { state in
            append(.note(NoteRecord(block: state.block, name: name, value: value, line: line, column: column)), to: &state)
        }
    }

    /// Records an expectation that failed, attributed to the current block.
    func recordFailedExpectation(message: String, line: Int, column: Int) {
        state.withLock { state in
            append(.expectationFailed(ExpectationRecord(block: state.block, message: message, line: line, column: column)),
                   to: &state)
        }
    }

    private func flushedOffset() -> Int {
        fflush(stdout)
        let offset = lseek(STDOUT_FILENO, 0, SEEK_CUR)
        return offset < 0 ? 0 : Int(offset)
    }

    private func append(_ event: RunEvent, to state: inout State) {
        guard let directory else { return }
        if state.eventsDescriptor < 0 {
            state.eventsDescriptor = open(directory + "/" + RunEvent.eventsFileName, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        }
        guard state.eventsDescriptor >= 0 else { return }
        _ = Self.writeAll(Array(event.line.utf8), to: state.eventsDescriptor)
    }

    /// Writes all of `bytes` to `descriptor`, retrying short and interrupted writes.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
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
