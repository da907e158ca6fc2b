import Synchronization

/// The tapes of reverse-mode evaluations, reused and never freed.
///
/// A number may outlive its evaluation (a closure that stores one in a global, by mistake);
/// it still points at its tape. Because no tape is ever freed, that pointer stays valid, and
/// the generation check of ``Reverse`` can say what went wrong instead of reading freed
/// memory. The pool holds as many tapes as evaluations ever ran at once — one per thread in
/// practice — and a returned tape keeps its buffer only up to 64 k entries.
@usableFromInline
enum TapePool {
    /// Idle tapes by value type, and the last generation handed out.
    private static let state = Mutex<(idle: [ObjectIdentifier: [any AnyObject & Sendable]], generation: UInt32)>(([:], 0))

    /// An idle tape (or a new one), empty, with a generation no evaluation has had.
    @usableFromInline
    static func take<Value>(_: Tape<Value>.Type) -> Tape<Value> {
        let (reused, generation) = state.withLock { state -> ((any AnyObject & Sendable)?, UInt32) in
            // 0 means "recording nothing"; after 2³² − 1 evaluations the count wraps past it.
            state.generation = state.generation == .max ? 1 : state.generation + 1
            return (state.idle[ObjectIdentifier(Value.self)]?.popLast(), state.generation)
        }
        let tape = (reused as? Tape<Value>) ?? Tape<Value>()
        tape.generation = generation
        return tape
    }

    /// Ends the tape's evaluation and keeps it for the next one.
    @usableFromInline
    static func giveBack<Value>(_ tape: Tape<Value>) {
        tape.generation = 0
        tape.entries.removeAll(keepingCapacity: tape.entries.capacity <= 1 << 16)
        state.withLock { state in state.idle[ObjectIdentifier(Value.self), default: []].append(tape) }
    }
}
