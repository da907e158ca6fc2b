/// A stand-in for a library file with anchored regions.
public struct Momentum {
    public var beta = 0.9

    // ANCHOR: update
    public func update(velocity: Double, gradient: Double) -> Double {
        // ANCHOR: formula
        let next = beta * velocity + gradient
        // ANCHOR_END: formula
        return next
    }
    // ANCHOR_END: update

    // ANCHOR: unclosed
    public func broken() {}
}
