// The calls `descent build` generates between a chapter's experiment blocks. Authors never
// write them; the underscore keeps them out of code completion.

/// Marks the start of experiment block `index` (0-based), so that what the block prints
/// and shows is attributed to it.
public func _beginExperimentBlock(_ index: Int) {
    OutputChannel.shared.beginBlock(index)
}

/// Marks that every block ran to its end, once every figure's files are written: the builder
/// takes a run as complete only after this event.
public func _finishExperiments() {
    BackgroundRenders.shared.waitForAll()
    OutputChannel.shared.finish()
}
