/// The order in which a build starts its chapters: the longest first.
///
/// Chapters run on a fixed number of workers (one per core). Started in file order, the
/// course's heaviest chapters (10–12, which train networks) came last and the build ended
/// with one core idle while the other finished them; started longest first, the short ones
/// fill the gaps at the end (measured on 2 cores: 14.3 → 13.0 s, a simulation with the
/// chapters' real times, and see `BuildBenchmark`). A chapter's cost is its last recorded
/// compile + run time; a chapter never run is estimated from its amount of experiment code
/// (about 0.1 s per kilobyte on this course). Ties keep file order.
enum RunOrder {
    /// Seconds per byte of experiment code, for chapters with no recorded time.
    static let secondsPerCodeByte = 1e-4

    /// The indices of `chapters`, longest expected first.
    static func longestFirst(_ chapters: [Chapter], lastSeconds: (Chapter) -> Double?) -> [Int] {
        let cost = chapters.map { chapter in
            lastSeconds(chapter) ?? Double(chapter.experiments.reduce(0) { $0 + $1.code.utf8.count }) * secondsPerCodeByte
        }
        return chapters.indices.sorted { cost[$0] > cost[$1] || (cost[$0] == cost[$1] && $0 < $1) }
    }
}
